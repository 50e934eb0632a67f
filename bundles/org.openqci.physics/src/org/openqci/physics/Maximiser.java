/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.physics;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.random.SobolSequenceGenerator;

/**
 * Maximises a function of a few bounded variables, typically a key rate over source intensities
 * and probabilities. Key rates span decades and are exactly zero over large parts of the box, so
 * a local optimiser alone would often start on a flat zero plateau. The maximiser therefore
 * <ol>
 * <li>maps every variable to [0, 1], linearly or, for {@linkplain Variable#logarithmic()
 * logarithmic} variables, in log(x) over [max(lower, 1e-6 upper), upper];</li>
 * <li>scans a coarse grid (48 points for one variable, 24 per variable for two) and keeps the
 * best point; where the whole grid has one value (typically zero, the key existing only in a
 * window narrower than the grid spacing), it adds the midpoints, again and again as long as the
 * finer grid has at most 2500 points (up to 1505 points for one variable, 47 x 47 for two). For
 * three or more variables a tensor grid would see only a few values per variable, so it
 * evaluates the first 1024 points of a Sobol sequence instead (continued up to 2500 while they
 * all have one value);</li>
 * <li>refines it with Brent's method between the neighbouring grid points (one variable) or with
 * Powell's BOBYQA inside the box (several variables), both from Hipparchus.</li>
 * </ol>
 * The result is never worse than the best grid point. Everything is deterministic. NaN values of
 * the function count as worse than any number. Thread-safe: each call keeps its own state.
 * <p>
 * Along a sweep the optimum moves little from one point to the next, so
 * {@link #maximiseFrom(ToDoubleFunction, List, double[], double[]) maximiseFrom} starts BOBYQA at the
 * neighbouring point's optimum with a small trust region instead of scanning the grid; it falls
 * back to the full search when that start gives no positive value. Warm starts are used for three
 * or more variables, where the grid is the expensive part; below that the search is the same.
 */
public final class Maximiser {

	/** Smallest value searched for a logarithmic variable, relative to its upper bound. */
	public static final double LOG_RANGE = 1e-6;

	private static final int MAX_REFINE_EVALUATIONS = 400;

	/**
	 * Final trust-region radius of BOBYQA, in normalised coordinates. At a smooth maximum the value
	 * is off by the square of the distance to the arg max, so 1e-7 is far below any rate
	 * difference that matters, and tighter radii only cost BOBYQA's own linear algebra.
	 */
	private static final double BOBYQA_STOPPING_RADIUS = 1e-6;

	/** Fewest free variables searched with scattered (Sobol) points instead of a tensor grid. */
	static final int SCATTERED_MIN_VARIABLES = 3;

	/** Sobol points evaluated before refining, for three or more variables. */
	static final int SCATTERED_POINTS = 1024;

	/** Initial trust-region diameter of BOBYQA after the scattered points, in normalised coordinates. */
	private static final double SCATTERED_RADIUS = 0.2;

	/** Fewest free variables for which a warm start replaces the grid. */
	static final int WARM_START_MIN_VARIABLES = 3;

	/** Initial trust-region radius of a warm start, in normalised coordinates. */
	private static final double WARM_START_RADIUS = 0.02;

	/** Largest number of grid evaluations spent on refining a flat grid. */
	private static final int GRID_BUDGET = 2500;

	/**
	 * A free variable and its box bounds.
	 *
	 * @param lower       smallest allowed value
	 * @param upper       largest allowed value (equal to lower for a fixed variable)
	 * @param logarithmic whether to search log(x) (for quantities that span decades, such as
	 *                    intensities); the search then covers [max(lower, 1e-6 upper), upper]
	 */
	public record Variable(double lower, double upper, boolean logarithmic) {

		/** Validates the bounds. */
		public Variable {
			if (!(Double.isFinite(lower) && Double.isFinite(upper) && lower <= upper)) {
				throw new IllegalArgumentException("invalid bounds [" + lower + ", " + upper + "]");
			}
			if (logarithmic && !(upper > 0.0)) {
				throw new IllegalArgumentException("a logarithmic variable needs a positive upper bound");
			}
		}

		/** A variable searched on a linear scale. */
		public static Variable linear(double lower, double upper) {
			return new Variable(lower, upper, false);
		}

		/** A variable searched on a logarithmic scale. */
		public static Variable logarithmic(double lower, double upper) {
			return new Variable(lower, upper, true);
		}

		/**
		 * A variable over [lower, upper] on the scale that suits the range: logarithmic when it is
		 * positive and spans more than a factor 100 or starts at 0 (intensities, probabilities that
		 * may be tiny), linear otherwise. The engine searches every free parameter this way.
		 */
		public static Variable spanning(double lower, double upper) {
			return new Variable(lower, upper, upper > 0 && lower >= 0 && (lower == 0 || upper / lower > 100));
		}

		private double searchLower() {
			return logarithmic ? Math.log(Math.max(lower, LOG_RANGE * upper)) : lower;
		}

		private double searchUpper() {
			return logarithmic ? Math.log(upper) : upper;
		}

		/** The normalised coordinate of x (clamped to the searched range). */
		private double toT(double x) {
			double a = searchLower();
			double b = searchUpper();
			double s = logarithmic ? Math.log(Math.max(x, Math.exp(a))) : x;
			return Math.min(1.0, Math.max(0.0, (s - a) / (b - a)));
		}

		private double toValue(double t) {
			double a = searchLower();
			double s = a + t * (searchUpper() - a);
			double x = logarithmic ? Math.exp(s) : s;
			return Math.min(upper, Math.max(lower, x));
		}
	}

	/**
	 * The best point found.
	 *
	 * @param point       the arg max, one value per variable, within the bounds
	 * @param value       the function's value there (NaN if the function was NaN everywhere)
	 * @param evaluations how many times the function was evaluated
	 */
	public record Result(double[] point, double value, int evaluations) {

		/** Copies the point. */
		public Result {
			point = point.clone();
		}

		/** A copy of the arg max. */
		@Override
		public double[] point() {
			return point.clone();
		}

		/** The arg max of variable {@code i}. */
		public double point(int i) {
			return point[i];
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof Result r && Arrays.equals(point, r.point) && Double.compare(value, r.value) == 0
					&& evaluations == r.evaluations;
		}

		@Override
		public int hashCode() {
			return Objects.hash(Arrays.hashCode(point), value, evaluations);
		}

		@Override
		public String toString() {
			return "Result[point=" + Arrays.toString(point) + ", value=" + value + ", evaluations=" + evaluations
					+ "]";
		}
	}

	private Maximiser() {
	}

	/**
	 * Maximises a function of one variable.
	 *
	 * @param f        the function (may return 0 or NaN over parts of the interval)
	 * @param variable the variable's bounds
	 * @return the arg max (as a one-element point) and the maximum
	 */
	public static Result maximise(DoubleUnaryOperator f, Variable variable) {
		return maximise(x -> f.applyAsDouble(x[0]), List.of(variable));
	}

	/**
	 * Maximises a function of several variables inside their box bounds.
	 *
	 * @param f         the function; it receives one value per variable, in the order of
	 *                  {@code variables}, and must not keep the array
	 * @param variables the variables' bounds
	 * @return the arg max and the maximum
	 */
	public static Result maximise(ToDoubleFunction<double[]> f, List<Variable> variables) {
		return maximise(f, variables, null);
	}

	/**
	 * Maximises a function of several variables inside their box bounds, trying {@code seed} (for
	 * instance the values a user entered as a starting point) besides the grid: the refinement
	 * starts from whichever is better.
	 *
	 * @param f         the function, as for {@link #maximise(ToDoubleFunction, List)}
	 * @param variables the variables' bounds
	 * @param seed      one value per variable (clamped into the bounds), or {@code null}
	 * @return the arg max and the maximum
	 */
	public static Result maximise(ToDoubleFunction<double[]> f, List<Variable> variables, double[] seed) {
		return new Search(f, List.copyOf(variables)).run(seed);
	}

	/**
	 * Maximises a function of several variables starting from a point known to be near the
	 * optimum (typically the optimum at the neighbouring sweep point): BOBYQA from there with a
	 * small trust region. If the start gives no positive value, or there are fewer than three
	 * free variables, this is {@link #maximise(ToDoubleFunction, List, double[])} with the seed.
	 *
	 * @param f         the function, as for {@code maximise}
	 * @param variables the variables' bounds
	 * @param start     one value per variable (clamped into the bounds); {@code null}: no warm start
	 * @param seed      the seed of the full search if it is needed (see
	 *                  {@link #maximise(ToDoubleFunction, List, double[])}), or {@code null}
	 * @return the best point found
	 */
	public static Result maximiseFrom(ToDoubleFunction<double[]> f, List<Variable> variables, double[] start,
			double[] seed) {
		Search search = new Search(f, List.copyOf(variables));
		if (start == null || search.free.length < WARM_START_MIN_VARIABLES) {
			return search.run(seed);
		}
		Result warm = search.runFrom(start);
		if (warm.value() > 0.0) {
			return warm;
		}
		Result cold = new Search(f, List.copyOf(variables)).run(seed);
		return new Result(cold.point(), cold.value(), cold.evaluations() + warm.evaluations());
	}

	/** The state of one maximisation, in normalised coordinates t in [0, 1] per free variable. */
	private static final class Search {

		private final ToDoubleFunction<double[]> f;
		private final List<Variable> variables;
		private final int[] free;
		private final double[] x;
		private double[] bestT;
		private double bestValue = Double.NEGATIVE_INFINITY;
		private double lowestValue = Double.POSITIVE_INFINITY;
		private int evaluations;

		Search(ToDoubleFunction<double[]> f, List<Variable> variables) {
			this.f = Objects.requireNonNull(f, "f");
			this.variables = variables;
			this.free = IntStream.range(0, variables.size())
					.filter(i -> variables.get(i).searchLower() < variables.get(i).searchUpper()).toArray();
			this.x = new double[variables.size()];
			for (int i = 0; i < x.length; i++) {
				x[i] = variables.get(i).lower();
			}
			this.bestT = new double[free.length];
		}

		Result run(double[] seed) {
			if (free.length == 0) {
				value(new double[0]);
			} else if (free.length >= SCATTERED_MIN_VARIABLES) {
				scatter();
				trySeed(seed);
				if (bestValue > Double.NEGATIVE_INFINITY) {
					refineBobyqa(SCATTERED_RADIUS);
					// a second pass from BOBYQA's answer rebuilds its quadratic model around the peak
					refineBobyqa(2 * WARM_START_RADIUS);
				}
			} else {
				int n = gridPoints(free.length);
				grid(new double[free.length], 0, n, false, false);
				// A flat grid (typically all zero: the key exists only in a narrow window) is refined
				// by evaluating the midpoints, while the total stays within the grid budget.
				while (lowestValue == bestValue && total(2 * n - 1) <= GRID_BUDGET) {
					grid(new double[free.length], 0, 2 * n - 1, true, false);
					n = 2 * n - 1;
				}
				trySeed(seed);
				if (bestValue > Double.NEGATIVE_INFINITY) {
					if (free.length == 1) {
						refineBrent(1.0 / (n - 1));
					} else {
						refineBobyqa(1.0 / (n - 1));
					}
				}
			}
			double[] point = toPoint(bestT);
			double value = bestValue == Double.NEGATIVE_INFINITY ? Double.NaN : bestValue;
			return new Result(point, value, evaluations);
		}

		/** Evaluates the seed point (one value per variable), if there is one. */
		private void trySeed(double[] seed) {
			if (seed != null) {
				value(toT(seed));
			}
		}

		/** The normalised coordinates of a point given as one value per variable. */
		private double[] toT(double[] point) {
			if (point.length != variables.size()) {
				throw new IllegalArgumentException("expected " + variables.size() + " values, got " + point.length);
			}
			double[] t = new double[free.length];
			for (int j = 0; j < free.length; j++) {
				t[j] = variables.get(free[j]).toT(point[free[j]]);
			}
			return t;
		}

		Result runFrom(double[] start) {
			double[] t = toT(start);
			if (value(t) > 0.0) {
				refineBobyqa(2 * WARM_START_RADIUS);
			}
			double value = bestValue == Double.NEGATIVE_INFINITY ? Double.NaN : bestValue;
			return new Result(toPoint(bestT), value, evaluations);
		}

		/**
		 * Evaluates the first points of a Sobol sequence in the unit cube: {@value #SCATTERED_POINTS}
		 * of them, continued up to the grid budget while all values are equal (a flat plateau).
		 * Unlike a tensor grid of 3 or 4 values per variable, every variable sees as many distinct
		 * values as there are points.
		 */
		private void scatter() {
			SobolSequenceGenerator sobol = new SobolSequenceGenerator(free.length);
			int count = 0;
			while (count < SCATTERED_POINTS || (lowestValue == bestValue && count < GRID_BUDGET)) {
				lowestValue = Math.min(lowestValue, value(sobol.nextVector()));
				count++;
			}
		}

		private static int gridPoints(int k) {
			return k == 1 ? 48 : 24;
		}

		private int total(int n) {
			return (int) Math.min(Integer.MAX_VALUE, Math.pow(n, free.length));
		}

		/**
		 * Evaluates the grid of n points per variable, from dimension {@code dim} on. With
		 * {@code onlyNew}, the points of the previous grid of (n + 1) / 2 points (all indices even)
		 * are skipped; {@code odd} says whether an earlier dimension already has an odd index.
		 */
		private void grid(double[] t, int dim, int n, boolean onlyNew, boolean odd) {
			if (dim == t.length) {
				if (!onlyNew || odd) {
					lowestValue = Math.min(lowestValue, value(t));
				}
				return;
			}
			for (int j = 0; j < n; j++) {
				t[dim] = (double) j / (n - 1);
				grid(t, dim + 1, n, onlyNew, odd || j % 2 != 0);
			}
		}

		private void refineBrent(double spacing) {
			double centre = bestT[0];
			double lo = Math.max(0.0, centre - spacing);
			double hi = Math.min(1.0, centre + spacing);
			try {
				new BrentOptimizer(1e-10, 1e-14).optimize(new MaxEval(MAX_REFINE_EVALUATIONS),
						new UnivariateObjectiveFunction(t -> value(new double[] { t })), GoalType.MAXIMIZE,
						new SearchInterval(lo, hi, centre));
			} catch (MathRuntimeException e) {
				// keep the best point seen so far
			}
		}

		private void refineBobyqa(double spacing) {
			int k = free.length;
			double[] lower = new double[k];
			double[] upper = new double[k];
			Arrays.fill(upper, 1.0);
			try {
				new BOBYQAOptimizer(2 * k + 1, spacing / 2.0, BOBYQA_STOPPING_RADIUS).optimize(new MaxEval(MAX_REFINE_EVALUATIONS * k),
						new ObjectiveFunction(this::value), GoalType.MAXIMIZE, new InitialGuess(bestT.clone()),
						new SimpleBounds(lower, upper));
			} catch (MathRuntimeException e) {
				// keep the best point seen so far
			}
		}

		/** Evaluates f at normalised coordinates t and remembers the best point. */
		private double value(double[] t) {
			double[] point = toPoint(t);
			double v = f.applyAsDouble(point);
			evaluations++;
			if (Double.isNaN(v)) {
				v = Double.NEGATIVE_INFINITY;
			}
			if (v > bestValue) {
				bestValue = v;
				bestT = clamp(t);
			}
			return v == Double.NEGATIVE_INFINITY ? -Double.MAX_VALUE : v;
		}

		private double[] toPoint(double[] t) {
			double[] point = x.clone();
			for (int j = 0; j < free.length; j++) {
				int i = free[j];
				point[i] = variables.get(i).toValue(Math.min(1.0, Math.max(0.0, t[j])));
			}
			return point;
		}

		private static double[] clamp(double[] t) {
			double[] c = new double[t.length];
			for (int j = 0; j < t.length; j++) {
				c[j] = Math.min(1.0, Math.max(0.0, t[j]));
			}
			return c;
		}
	}
}
