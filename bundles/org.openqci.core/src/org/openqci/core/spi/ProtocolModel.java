/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.spi;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A contributed QKD protocol model (register as a DS service of this type). Implementations
 * are stateless and thread-safe: the engine may evaluate many points in parallel.
 */
public interface ProtocolModel extends ModelContribution {

	/** Source statistics the protocol's security proof covers. */
	Set<PhotonStatistics> supportedSources();

	/** Detection schemes the protocol works with; photon counting unless overridden. */
	default Set<DetectionScheme> supportedDetection() {
		return Set.of(DetectionScheme.PHOTON_COUNTING);
	}

	/**
	 * Whether the protocol is a point-to-point (repeaterless) scheme, so that its rate can never
	 * exceed the PLOB bound of the channel. Schemes with single-photon interference at a middle
	 * node (twin-field QKD) answer {@code false}.
	 */
	default boolean isRepeaterless() {
		return true;
	}

	/**
	 * Problems with a configuration that the single parameters' ranges cannot express: relations
	 * between parameters (intensities that must decrease, probabilities that must sum to at most
	 * 1), or with the source (a block too small for the security parameters). The validator shows
	 * them before a run, after the element's path. Each problem is one sentence naming the
	 * parameters concerned, in lower case like the validator's own messages, without a full stop
	 * (e.g. {@code the weak decoy intensity nu must be below the signal intensity mu}).
	 *
	 * @param source     the source at the experiment's values
	 * @param parameters the protocol's parameters at the experiment's values
	 * @return the problems, empty if the configuration is valid
	 */
	default List<String> configurationProblems(SourceCharacteristics source, ParameterValues parameters) {
		return List.of();
	}

	/**
	 * The key rate for one link budget. Configurations with {@linkplain #configurationProblems
	 * problems} (which the optimiser may visit) give a rate of 0, never NaN or an exception.
	 *
	 * @param budget     the link at this operating point
	 * @param parameters the protocol's own parameters (e.g. error-correction efficiency)
	 */
	KeyRate evaluate(LinkBudget budget, ParameterValues parameters);

	/**
	 * The secret key distilled from one block of pulses sent over a link that changes while the
	 * block is collected, such as a satellite pass: each time slot has its own link budget and
	 * number of pulses. Finite-key protocols override this to treat the whole block in one
	 * finite-key analysis (statistics summed over the slots); the default, right for asymptotic
	 * models, adds up the slots' keys. Like {@link #evaluate}, never NaN and never an exception.
	 *
	 * @param slots      the slots of the block, in time order
	 * @param parameters the protocol's own parameters
	 */
	default BlockKey evaluateBlock(List<TimeSlot> slots, ParameterValues parameters) {
		double bits = 0.0;
		double pulses = 0.0;
		double detections = 0.0;
		double errors = 0.0;
		for (TimeSlot slot : slots) {
			KeyRate r = evaluate(slot.budget(), parameters);
			bits += r.secretKeyPerPulse() * slot.pulses();
			pulses += slot.pulses();
			detections += r.gain() * slot.pulses();
			errors += r.qber() * r.gain() * slot.pulses();
		}
		return new BlockKey(bits, pulses, detections, detections > 0.0 ? errors / detections : 0.0, false, Map.of());
	}
}
