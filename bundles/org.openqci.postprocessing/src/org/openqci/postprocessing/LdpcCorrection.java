/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.postprocessing;

import org.osgi.service.component.annotations.Component;

/** {@link Ldpc} reconciliation as an error-correction stage, registered as a service. */
@Component(service = ErrorCorrection.class)
public final class LdpcCorrection implements ErrorCorrection {

	@Override
	public String id() {
		return "ldpc";
	}

	@Override
	public String name() {
		return "LDPC (blind rate-adaptive, min-sum)";
	}

	@Override
	public Outcome correct(BitString alice, BitString bob, double qber, long seed) {
		return Ldpc.reconcile(alice, bob, qber, seed);
	}

	@Override
	public String toString() {
		return name();
	}
}
