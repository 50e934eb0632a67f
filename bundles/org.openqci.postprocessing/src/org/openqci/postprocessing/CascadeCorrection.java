/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.postprocessing;

import java.util.Locale;
import java.util.Objects;

import org.osgi.service.component.annotations.Component;

/**
 * {@link Cascade} as an error-correction stage; its two variants are registered as services by
 * the nested components.
 */
public class CascadeCorrection implements ErrorCorrection {

	private final Cascade.Variant variant;

	CascadeCorrection(Cascade.Variant variant) {
		this.variant = Objects.requireNonNull(variant, "variant");
	}

	@Override
	public String id() {
		return "cascade-" + variant.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public String name() {
		return variant.title();
	}

	@Override
	public Outcome correct(BitString alice, BitString bob, double qber, long seed) {
		return Cascade.reconcile(variant, alice, bob, qber, seed);
	}

	@Override
	public String toString() {
		return name();
	}

	/** The original variant as a service. */
	@Component(service = ErrorCorrection.class)
	public static final class Original extends CascadeCorrection {

		/** For Declarative Services. */
		public Original() {
			super(Cascade.Variant.ORIGINAL);
		}
	}

	/** The optimised variant as a service. */
	@Component(service = ErrorCorrection.class)
	public static final class Optimised extends CascadeCorrection {

		/** For Declarative Services. */
		public Optimised() {
			super(Cascade.Variant.OPTIMISED);
		}
	}
}
