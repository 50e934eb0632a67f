/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.properties;

import java.util.List;

import org.openqci.core.spi.ProtocolModel;
import org.openqci.protocol.bb84.FiniteKeyDecoyBb84;
import org.openqci.protocol.bb84.GllpBb84;
import org.openqci.protocol.bb84.InfiniteDecoyBb84;
import org.openqci.protocol.bb84.SinglePhotonBb84;
import org.openqci.protocol.bb84.ThreeIntensityDecoyBb84;
import org.openqci.protocol.bb84.VacuumWeakDecoyBb84;
import org.openqci.protocol.bbm92.Bbm92Protocol;
import org.openqci.protocol.cv.Gg02Protocol;
import org.openqci.protocol.mdi.InfiniteDecoyMdi;
import org.openqci.protocol.mdi.VacuumWeakDecoyMdi;
import org.openqci.protocol.tf.Cal19TwinField;
import org.openqci.protocol.tf.SnsDecoyTwinField;
import org.openqci.protocol.tf.SnsTwinField;

/** Every protocol model of the repository, as the product installs them. */
final class ProtocolLibrary {

	static final List<ProtocolModel> ALL = List.of(new SinglePhotonBb84(), new InfiniteDecoyBb84(),
			new VacuumWeakDecoyBb84(), new GllpBb84(), new ThreeIntensityDecoyBb84(), new FiniteKeyDecoyBb84(),
			new Bbm92Protocol(), new InfiniteDecoyMdi(), new VacuumWeakDecoyMdi(), new SnsTwinField(),
			new SnsDecoyTwinField(), new Cal19TwinField(), new Gg02Protocol());

	private ProtocolLibrary() {
	}
}
