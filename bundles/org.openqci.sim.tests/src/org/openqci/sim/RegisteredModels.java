/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.sim;

import static org.junit.jupiter.api.Assertions.fail;

import org.openqci.core.spi.ProtocolModel;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The protocol models registered in the test runtime, found by id (waiting for DS a little). */
final class RegisteredModels {

	private RegisteredModels() {
	}

	static ProtocolModel protocol(String id) throws Exception {
		BundleContext context = FrameworkUtil.getBundle(RegisteredModels.class).getBundleContext();
		long end = System.nanoTime() + 10_000_000_000L;
		while (System.nanoTime() < end) {
			for (ServiceReference<ProtocolModel> reference : context.getServiceReferences(ProtocolModel.class, null)) {
				ProtocolModel model = context.getService(reference);
				if (model != null && model.id().equals(id)) {
					return model;
				}
			}
			Thread.sleep(50);
		}
		return fail("no protocol model service " + id);
	}
}
