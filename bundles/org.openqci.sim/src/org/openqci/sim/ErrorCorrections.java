/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.openqci.postprocessing.Cascade;
import org.openqci.postprocessing.ErrorCorrection;
import org.openqci.postprocessing.Ldpc;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The error-correction stages registered as OSGi services (the built-in ones and any a plugin
 * contributes), found by id. Outside OSGi (plain unit tests) the built-in ones.
 */
public final class ErrorCorrections {

	/** The stage a simulation uses unless told otherwise. */
	public static final String DEFAULT_ID = "cascade-optimised";

	private static final long WAIT_NANOS = 5_000_000_000L;

	private ErrorCorrections() {
	}

	/** The registered stages ordered by id, waiting a few seconds for the default one to appear. */
	public static List<ErrorCorrection> available() {
		Bundle bundle = FrameworkUtil.getBundle(ErrorCorrections.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			return List.of(ErrorCorrection.cascade(Cascade.Variant.OPTIMISED), ErrorCorrection.cascade(),
					Ldpc.errorCorrection());
		}
		long end = System.nanoTime() + WAIT_NANOS;
		List<ErrorCorrection> found = registered(context);
		while (found.stream().noneMatch(c -> c.id().equals(DEFAULT_ID)) && System.nanoTime() < end) {
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			found = registered(context);
		}
		return found;
	}

	/**
	 * The registered stage {@code id}.
	 *
	 * @throws IllegalArgumentException naming the stages there are if none has this id
	 */
	public static ErrorCorrection find(String id) {
		List<ErrorCorrection> available = available();
		return available.stream().filter(c -> c.id().equals(id)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no error correction '" + id + "' (available: "
						+ String.join(", ", available.stream().map(ErrorCorrection::id).toList()) + ")"));
	}

	private static List<ErrorCorrection> registered(BundleContext context) {
		List<ErrorCorrection> found = new ArrayList<>();
		try {
			for (ServiceReference<ErrorCorrection> reference : context.getServiceReferences(ErrorCorrection.class,
					null)) {
				ErrorCorrection correction = context.getService(reference);
				if (correction != null) {
					found.add(correction);
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		found.sort(Comparator.comparing(ErrorCorrection::id));
		return found;
	}
}
