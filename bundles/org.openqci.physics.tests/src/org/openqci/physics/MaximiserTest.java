/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.physics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;

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

	/** A smooth peak in five variables whose position moves with s, like an optimum along a sweep. */
	private static double movingPeak(double[] x, double s) {
		double r = 0;
		for (int i = 0; i < x.length; i++) {
			double centre = 0.2 + 0.1 * i + 0.05 * s;
			r += (x[i] - centre) * (x[i] - centre) * (1 + i);
		}
		return Math.exp(-4 * r);
	}

	@Test
	void warmStartFindsTheSameOptimumWithFewerEvaluations() {
		List<Variable> box = List.of(Variable.linear(0, 1), Variable.linear(0, 1), Variable.linear(0, 1),
				Variable.linear(0, 1), Variable.linear(0, 1));
		Maximiser.Result cold = Maximiser.maximise(x -> movingPeak(x, 0), box);
		Maximiser.Result next = Maximiser.maximiseFrom(x -> movingPeak(x, 1), box, cold.point(), null);
		Maximiser.Result nextCold = Maximiser.maximise(x -> movingPeak(x, 1), box);
		assertEquals(1.0, next.value(), 1e-7);
		assertEquals(nextCold.value(), next.value(), 1e-7);
		for (int i = 0; i < 5; i++) {
			assertEquals(0.25 + 0.1 * i, next.point(i), 1e-3, "variable " + i);
		}
		assertTrue(next.evaluations() < nextCold.evaluations() / 3,
				next.evaluations() + " warm vs " + nextCold.evaluations() + " cold evaluations");
	}

	@Test
	void warmStartWithoutAPositiveValueFallsBackToTheFullSearch() {
		List<Variable> box = List.of(Variable.linear(0, 1), Variable.linear(0, 1), Variable.linear(0, 1));
		// positive only in a small ball around (0.8, 0.8, 0.8); the start (0.1, 0.1, 0.1) is on the zero plateau
		Maximiser.Result r = Maximiser.maximiseFrom(x -> Math.max(0, 0.04 - sq(x[0] - 0.8) - sq(x[1] - 0.8) - sq(x[2] - 0.8)),
				box, new double[] { 0.1, 0.1, 0.1 }, null);
		assertEquals(0.04, r.value(), 1e-9);
		assertEquals(0.8, r.point(0), 1e-3);
	}

	@Test
	void warmStartIsTheFullSearchBelowThreeVariables() {
		List<Variable> box = List.of(Variable.linear(0, 1), Variable.logarithmic(1e-4, 1));
		Maximiser.Result plain = Maximiser.maximise(x -> -sq(x[0] - 0.3) - sq(Math.log10(x[1]) + 2), box);
		Maximiser.Result warm = Maximiser.maximiseFrom(x -> -sq(x[0] - 0.3) - sq(Math.log10(x[1]) + 2), box,
				new double[] { 0.31, 0.011 }, null);
		assertEquals(plain, warm);
	}

	@Test
	void aSeedInsideANarrowWindowIsFoundWhereTheScanSeesOnlyZero() {
		// positive only within 0.01 of (0.123, 0.456, 0.789, 0.321): the scattered points miss it
		ToDoubleFunction<double[]> narrow = x -> Math.max(0, 1e-4 - sq(x[0] - 0.123) - sq(x[1] - 0.456)
				- sq(x[2] - 0.789) - sq(x[3] - 0.321));
		List<Variable> box = List.of(Variable.linear(0, 1), Variable.linear(0, 1), Variable.linear(0, 1),
				Variable.linear(0, 1));
		assertEquals(0.0, Maximiser.maximise(narrow, box).value());
		Maximiser.Result seeded = Maximiser.maximise(narrow, box, new double[] { 0.125, 0.45, 0.79, 0.32 });
		assertEquals(1e-4, seeded.value(), 1e-10);
		assertEquals(0.456, seeded.point(1), 1e-4);
	}

	private static double sq(double x) {
		return x * x;
	}

	@Test
	void aVariableSpanningDecadesIsSearchedOnALogScale() {
		assertTrue(Variable.spanning(0, 2).logarithmic(), "starting at 0");
		assertTrue(Variable.spanning(1e3, 1e13).logarithmic(), "ten decades");
		assertFalse(Variable.spanning(0.01, 0.98).logarithmic(), "a factor 98");
		assertFalse(Variable.spanning(-5, 5).logarithmic(), "negative values");
		assertEquals(Variable.linear(0.01, 0.98), Variable.spanning(0.01, 0.98));
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
