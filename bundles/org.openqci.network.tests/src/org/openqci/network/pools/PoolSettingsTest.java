/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.pools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.openqci.network.Routing;

/** The settings', supplies' and windows' validation, defaults and sample times. */
class PoolSettingsTest {

	private static final PoolSettings DEFAULTS = PoolSettings.defaults();

	/** Asserts that the call throws an IllegalArgumentException whose message has every part. */
	private static void assertRejected(Executable call, String... parts) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
		for (String part : parts) {
			assertTrue(e.getMessage().contains(part), "'" + e.getMessage() + "' does not name " + part);
		}
	}

	@Test
	void defaultsAreAWeekOfThousandKeyRequests() {
		assertEquals(new PoolSettings(604_800, 1e9, 0, 256_000, 3600, 0.01, 600, Routing.MAX_FLOW, 1), DEFAULTS);
		PoolSettings changed = DEFAULTS.withDuration(10).withCapacity(5e5).withInitialFraction(0.5).withRequestBits(100)
				.withTimeout(2).withHopLatency(0.5).withSampleInterval(3).withRouting(Routing.FEWEST_HOPS).withSeed(9);
		assertEquals(new PoolSettings(10, 5e5, 0.5, 100, 2, 0.5, 3, Routing.FEWEST_HOPS, 9), changed);
	}

	@Test
	void samplesAtTheStartEveryIntervalAndTheEnd() {
		assertArrayEquals(new double[] { 0, 300, 600, 900, 1000 }, DEFAULTS.withDuration(1000).withSampleInterval(300)
				.sampleTimes());
		assertArrayEquals(new double[] { 0, 250, 500, 750, 1000 }, DEFAULTS.withDuration(1000).withSampleInterval(250)
				.sampleTimes());
		assertArrayEquals(new double[] { 0, 5 }, DEFAULTS.withDuration(5).withSampleInterval(600).sampleTimes());
		assertEquals(1009, DEFAULTS.sampleTimes().length);
	}

	@Test
	void namesABadSetting() {
		assertRejected(() -> DEFAULTS.withDuration(0), "pool settings", "duration");
		assertRejected(() -> DEFAULTS.withDuration(Double.POSITIVE_INFINITY), "duration");
		assertRejected(() -> DEFAULTS.withCapacity(-1), "capacity");
		assertRejected(() -> DEFAULTS.withInitialFraction(1.5), "initial fraction 1.5");
		assertRejected(() -> DEFAULTS.withInitialFraction(Double.NaN), "initial fraction");
		assertRejected(() -> DEFAULTS.withRequestBits(0), "request size");
		assertRejected(() -> DEFAULTS.withRequestBits(2e9), "request size", "exceeds the capacity");
		assertRejected(() -> DEFAULTS.withTimeout(-1), "timeout");
		assertRejected(() -> DEFAULTS.withTimeout(Double.NaN), "timeout");
		assertRejected(() -> DEFAULTS.withHopLatency(-0.1), "hop latency");
		assertRejected(() -> DEFAULTS.withSampleInterval(0), "sample interval");
		assertRejected(() -> DEFAULTS.withSampleInterval(0.01), "sample interval", "samples");
		assertThrows(NullPointerException.class, () -> DEFAULTS.withRouting(null));
		assertEquals(Double.POSITIVE_INFINITY, DEFAULTS.withTimeout(Double.POSITIVE_INFINITY).timeoutSeconds());
	}

	@Test
	void namesABadSupply() {
		assertRejected(() -> new SupplyWindow(-1, 5, 10), "supply window", "start");
		assertRejected(() -> new SupplyWindow(5, 5, 10), "supply window [5.0, 5.0)", "end");
		assertRejected(() -> new SupplyWindow(5, 6, -10), "supply window [5.0, 6.0)", "key");
		assertRejected(() -> LinkSupply.steady("L1", -3), "supply of link L1", "steady rate");
		assertRejected(() -> LinkSupply.steady(" ", 3), "without a link id");
		assertRejected(() -> LinkSupply.windows("L2", List.of(new SupplyWindow(0, 10, 1), new SupplyWindow(5, 20, 1)), 0),
				"supply of link L2", "[0.0, 10.0) s and [5.0, 20.0) s overlap");
		assertRejected(() -> LinkSupply.windows("L3", List.of(new SupplyWindow(50, 120, 1)), 100), "supply of link L3",
				"[50.0, 120.0) s", "period");
		assertRejected(() -> LinkSupply.windows("L4", List.of(), -1), "supply of link L4", "period");
	}

	@Test
	void windowsAreSortedAndMayTouch() {
		SupplyWindow late = new SupplyWindow(60, 100, 4);
		SupplyWindow early = new SupplyWindow(10, 60, 5);
		LinkSupply supply = LinkSupply.windows("L", List.of(late, early), 100);
		assertEquals(List.of(early, late), supply.windows());
		assertEquals(0.1, early.bitsPerSecond(), 1e-15);
		assertEquals(0, supply.steadyBitsPerSecond());
	}
}
