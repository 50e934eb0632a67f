/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.catalogue;

import java.util.List;
import java.util.Optional;

import org.openqci.device.api.DeviceType;

/** The simulated device types, in the order the workbench lists them. */
final class Catalogue {

	static final List<CatalogueType> TYPES = List.of(new WcpLaserType(), new SpdcSourceType(), new SpadType(),
			new SnspdType(), new TimeTaggerType(), new HomodyneType());

	private Catalogue() {
	}

	/** Every type's device type. */
	static List<DeviceType> deviceTypes() {
		return TYPES.stream().map(CatalogueType::deviceType).toList();
	}

	/** The type of that id. */
	static Optional<CatalogueType> find(String id) {
		return TYPES.stream().filter(t -> t.id().equals(id)).findFirst();
	}

	/** The type of that id, or an exception naming the known ones. */
	static CatalogueType require(String id) {
		return find(id).orElseThrow(() -> new IllegalArgumentException("unknown simulated device type '" + id
				+ "' (known: " + String.join(", ", TYPES.stream().map(CatalogueType::id).toList()) + ")"));
	}
}
