/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.pools;

import java.util.Objects;

import org.openqci.network.Routing;

/**
 * The settings of a {@linkplain KeyPoolSimulation key pool simulation}.
 *
 * @param durationSeconds       the simulated time in s, above 0
 * @param capacityBits          what each link's pool holds at most, in bits, at least one request
 * @param initialFraction       how full every pool is at the start, in [0, 1]
 * @param requestBits           the key one relay request asks for, in bits, above 0
 * @param timeoutSeconds        how long a request waits at most before it is refused, in s, at
 *                              least 0; infinite for no timeout
 * @param hopLatencySeconds     the classical processing and communication time per hop, in s,
 *                              at least 0
 * @param sampleIntervalSeconds how often the pools' stock is sampled, in s, above 0
 * @param routing               how requests are routed
 * @param seed                  the seed of the request arrivals
 */
public record PoolSettings(double durationSeconds, double capacityBits, double initialFraction, double requestBits,
		double timeoutSeconds, double hopLatencySeconds, double sampleIntervalSeconds, Routing routing, long seed) {

	/** The most samples a simulation may take. */
	public static final int MAX_SAMPLES = 10_000_000;

	/** Checks every setting. */
	public PoolSettings {
		String element = "pool settings";
		Checks.positive(durationSeconds, element, "duration (s)");
		Checks.positive(capacityBits, element, "capacity (bits)");
		if (!(initialFraction >= 0 && initialFraction <= 1)) {
			throw new IllegalArgumentException(element + ": initial fraction " + initialFraction + " is outside [0, 1]");
		}
		Checks.positive(requestBits, element, "request size (bits)");
		if (requestBits > capacityBits) {
			throw new IllegalArgumentException(element + ": request size " + requestBits + " bits exceeds the capacity "
					+ capacityBits + " bits of a pool");
		}
		if (!(timeoutSeconds >= 0)) {
			throw new IllegalArgumentException(element + ": timeout (s) " + timeoutSeconds + " is not a number >= 0");
		}
		Checks.nonNegative(hopLatencySeconds, element, "hop latency (s)");
		Checks.positive(sampleIntervalSeconds, element, "sample interval (s)");
		if (durationSeconds / sampleIntervalSeconds > MAX_SAMPLES - 2) {
			throw new IllegalArgumentException(element + ": sample interval " + sampleIntervalSeconds + " s gives more than "
					+ MAX_SAMPLES + " samples in " + durationSeconds + " s");
		}
		Objects.requireNonNull(routing, () -> element + ": routing");
	}

	/**
	 * A week, pools of 1 Gbit starting empty, requests of 256 kbit (a thousand 256-bit keys)
	 * waiting an hour at most, 10 ms per hop, a sample every 10 minutes, maximum-flow routing,
	 * seed 1.
	 */
	public static PoolSettings defaults() {
		return new PoolSettings(7 * 86_400, 1e9, 0, 256_000, 3600, 0.01, 600, Routing.MAX_FLOW, 1);
	}

	/** These settings for another duration in s. */
	public PoolSettings withDuration(double seconds) {
		return new PoolSettings(seconds, capacityBits, initialFraction, requestBits, timeoutSeconds, hopLatencySeconds,
				sampleIntervalSeconds, routing, seed);
	}

	/** These settings for another pool capacity in bits. */
	public PoolSettings withCapacity(double bits) {
		return new PoolSettings(durationSeconds, bits, initialFraction, requestBits, timeoutSeconds, hopLatencySeconds,
				sampleIntervalSeconds, routing, seed);
	}

	/** These settings for pools another fraction full at the start. */
	public PoolSettings withInitialFraction(double fraction) {
		return new PoolSettings(durationSeconds, capacityBits, fraction, requestBits, timeoutSeconds, hopLatencySeconds,
				sampleIntervalSeconds, routing, seed);
	}

	/** These settings for requests of another size in bits. */
	public PoolSettings withRequestBits(double bits) {
		return new PoolSettings(durationSeconds, capacityBits, initialFraction, bits, timeoutSeconds, hopLatencySeconds,
				sampleIntervalSeconds, routing, seed);
	}

	/** These settings for another timeout in s. */
	public PoolSettings withTimeout(double seconds) {
		return new PoolSettings(durationSeconds, capacityBits, initialFraction, requestBits, seconds, hopLatencySeconds,
				sampleIntervalSeconds, routing, seed);
	}

	/** These settings for another latency per hop in s. */
	public PoolSettings withHopLatency(double seconds) {
		return new PoolSettings(durationSeconds, capacityBits, initialFraction, requestBits, timeoutSeconds, seconds,
				sampleIntervalSeconds, routing, seed);
	}

	/** These settings for another sample interval in s. */
	public PoolSettings withSampleInterval(double seconds) {
		return new PoolSettings(durationSeconds, capacityBits, initialFraction, requestBits, timeoutSeconds,
				hopLatencySeconds, seconds, routing, seed);
	}

	/** These settings for another routing. */
	public PoolSettings withRouting(Routing other) {
		return new PoolSettings(durationSeconds, capacityBits, initialFraction, requestBits, timeoutSeconds,
				hopLatencySeconds, sampleIntervalSeconds, other, seed);
	}

	/** These settings for another seed. */
	public PoolSettings withSeed(long other) {
		return new PoolSettings(durationSeconds, capacityBits, initialFraction, requestBits, timeoutSeconds,
				hopLatencySeconds, sampleIntervalSeconds, routing, other);
	}

	/** The sample times in s: 0, every interval before the end, and the end. */
	public double[] sampleTimes() {
		int before = (int) Math.ceil(durationSeconds / sampleIntervalSeconds);
		while (before > 1 && (before - 1) * sampleIntervalSeconds >= durationSeconds) {
			before--;
		}
		while (before * sampleIntervalSeconds < durationSeconds) {
			before++;
		}
		double[] times = new double[before + 1];
		for (int k = 0; k < before; k++) {
			times[k] = k * sampleIntervalSeconds;
		}
		times[before] = durationSeconds;
		return times;
	}
}
