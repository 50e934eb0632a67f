/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.api;

/**
 * What kind of device a type is, for grouping in the workbench and for taking parameters into an
 * experiment (a source's or a detector's).
 *
 * @since 1.0
 */
public enum DeviceCategory {
	/** A light source: laser, single-photon or pair source. */
	SOURCE,
	/** A single-photon or coherent detector. */
	DETECTOR,
	/** A time tagger or counter. */
	TIME_TAGGER,
	/** An optical power meter or other measuring instrument. */
	INSTRUMENT,
	/** A whole QKD system or key management entity. */
	QKD_SYSTEM,
	/** Anything else. */
	OTHER
}
