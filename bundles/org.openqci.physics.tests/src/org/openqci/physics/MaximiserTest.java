/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.physics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.openqci.physics.Maximiser.Variable;

/** The box-bounded maximiser on functions shaped like key rates. */
class MaximiserTest {

	@Test
	void smoothOneDimensional() {
		// Brent converges to ~1e-10 of the interval: tolerance 1e-6 on the arg max.
		Maximiser.Result r = Maximiser.maximise(x -> 1.0 - (x - 0.3) * (x - 0.3), Variable.linear(0, 1));
		assertEquals(0.3, r.point(0), 1e-6);
		assertEquals(1.0, r.value(), 1e-12);
		assertTrue(r.evaluations() < 200, "evaluations " + r.evaluations());
	}

	@Test
	void logarithmicVariableFindsAMaximumDecadesBelowTheUpperBound() {
		// f = mu e^(-mu / 1e-3) peaks at mu = 1e-3, three decades below the upper bound, and is
		// tiny (~4e-4) everywhere: tolerance 1e-5 relative on the arg max.
		Maximiser.Result r = Maximiser.maximise(mu -> mu * Math.exp(-mu / 1e-3), Variable.logarithmic(0, 1));
		assertEquals(1e-3, r.point(0), 1e-8);
		assertEquals(1e-3 / Math.E, r.value(), 1e-12);
	}

	@Test
	void findsANarrowPositiveWindowInAZeroPlateau() {
		// Zero except on a window 0.004 wide (a 48-point grid misses it): the flat grid is refined.
		// Tolerance 1e-6 on the arg max.
		Maximiser.Result r = Maximiser.maximise(x -> Math.max(0.0, 1.0 - Math.pow((x - 0.1234) / 0.002, 2)),
				Variable.linear(0, 1));
		assertEquals(0.1234, r.point(0), 1e-6);
		assertEquals(1.0, r.value(), 1e-9);
	}

	@Test
	void twoVariablesWithAnAnisotropicPeak() {
		// BOBYQA stops at a trust-region radius 1e-9 of the unit box: tolerance 1e-5.
		Maximiser.Result r = Maximiser.maximise(x -> -Math.pow(x[0] - 0.2, 2) - 30 * Math.pow(x[1] - 0.7, 2),
				List.of(Variable.linear(0, 1), Variable.linear(0, 1)));
		assertEquals(0.2, r.point(0), 1e-5);
		assertEquals(0.7, r.point(1), 1e-5);
		assertEquals(0.0, r.value(), 1e-9);
	}

	@Test
	void threeVariablesOnMixedScales() {
		// Peak at (0.5, 2e-3, -1): tolerance 1e-4 relative per coordinate.
		Maximiser.Result r = Maximiser.maximise(x -> -Math.pow(x[0] - 0.5, 2) - Math.pow(Math.log(x[1] / 2e-3), 2)
				- Math.pow(x[2] + 1, 2), List.of(Variable.linear(0, 1), Variable.logarithmic(0, 1),
						Variable.linear(-5, 5)));
		assertEquals(0.5, r.point(0), 1e-4);
		assertEquals(2e-3, r.point(1), 2e-7);
		assertEquals(-1.0, r.point(2), 1e-4);
	}

	@Test
	void maximumOnTheBoundaryStaysInTheBox() {
		Maximiser.Result r = Maximiser.maximise(x -> x[0] + 2 * x[1],
				List.of(Variable.linear(-1, 1), Variable.linear(0, 3)));
		assertArrayEquals(new double[] { 1.0, 3.0 }, r.point(), 1e-9);
		Maximiser.Result one = Maximiser.maximise(x -> -x, Variable.logarithmic(0.01, 2));
		assertEquals(0.01, one.point(0), 1e-12);
	}

	@Test
	void fixedVariablesArePassedThrough() {
		AtomicInteger bad = new AtomicInteger();
		Maximiser.Result r = Maximiser.maximise(x -> {
			if (x[1] != 0.25) {
				bad.incrementAndGet();
			}
			return -Math.pow(x[0] - 0.6, 2);
		}, List.of(Variable.linear(0, 1), Variable.linear(0.25, 0.25)));
		assertEquals(0, bad.get());
		assertEquals(0.6, r.point(0), 1e-6);
		assertEquals(0.25, r.point(1));
		Maximiser.Result none = Maximiser.maximise(x -> x[0], List.of(Variable.linear(3, 3)));
		assertEquals(3.0, none.value());
		assertEquals(1, none.evaluations());
	}

	@Test
	void nanCountsAsWorseThanAnyNumber() {
		Maximiser.Result r = Maximiser.maximise(x -> x < 0.5 ? Double.NaN : 1.0 - x, Variable.linear(0, 1));
		assertEquals(0.5, r.point(0), 1e-6);
		Maximiser.Result allNaN = Maximiser.maximise(x -> Double.NaN, Variable.linear(0, 1));
		assertTrue(Double.isNaN(allNaN.value()));
	}

	@Test
	void deterministic() {
		List<Variable> vars = List.of(Variable.logarithmic(0, 1), Variable.logarithmic(0, 0.5));
		Maximiser.Result a = Maximiser.maximise(x -> x[0] * Math.exp(-x[0]) - x[1] * x[1] + Math.sin(7 * x[1]), vars);
		Maximiser.Result b = Maximiser.maximise(x -> x[0] * Math.exp(-x[0]) - x[1] * x[1] + Math.sin(7 * x[1]), vars);
		assertEquals(a, b);
	}

	@Test
	void neverWorseThanTheBestGridPoint() {
		// A function with many local maxima: the result is at least the best of a 48-point scan.
		java.util.function.DoubleUnaryOperator f = x -> Math.sin(40 * x) * Math.exp(-x);
		double grid = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < 48; i++) {
			grid = Math.max(grid, f.applyAsDouble(2.0 * i / 47));
		}
		assertTrue(Maximiser.maximise(f, Variable.linear(0, 2)).value() >= grid);
	}

	@Test
	void rejectsInvalidBounds() {
		assertThrows(IllegalArgumentException.class, () -> Variable.linear(1, 0));
		assertThrows(IllegalArgumentException.class, () -> Variable.linear(0, Double.NaN));
		assertThrows(IllegalArgumentException.class, () -> Variable.logarithmic(-1, 0));
	}
}
