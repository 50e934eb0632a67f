/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.spi;

/** The four places in a link where a contributed model plugs in, with the SPI type of each. */
public enum ComponentRole {
	/** The light source at Alice. */
	SOURCE(SourceModel.class, "source"),
	/** A channel segment between Alice and Bob. */
	CHANNEL(ChannelModel.class, "channel"),
	/** Bob's detection system. */
	DETECTOR(DetectorModel.class, "detector"),
	/** The protocol and its post-processing assumptions. */
	PROTOCOL(ProtocolModel.class, "protocol");

	private final Class<? extends ModelContribution> type;
	private final String label;

	ComponentRole(Class<? extends ModelContribution> type, String label) {
		this.type = type;
		this.label = label;
	}

	/** The SPI interface contributions of this role implement. */
	public Class<? extends ModelContribution> type() {
		return type;
	}

	/** Lower-case name used in messages and parameter paths. */
	public String label() {
		return label;
	}
}
