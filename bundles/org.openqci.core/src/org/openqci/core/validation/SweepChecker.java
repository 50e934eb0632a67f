/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.validation;

import static org.openqci.core.validation.ExperimentValidator.error;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.openqci.core.engine.ParameterPath;
import org.openqci.core.engine.PathResolver;
import org.openqci.core.engine.SweepGrid;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.units.Units;
import org.openqci.model.Experiment;
import org.openqci.model.Sweep;
import org.openqci.model.SweepAxis;

/** Checks an experiment's sweep and records which parameters it sets. */
final class SweepChecker {

	private final PathResolver resolver;
	private final List<Problem> problems;

	SweepChecker(PathResolver resolver, List<Problem> problems) {
		this.resolver = resolver;
		this.problems = problems;
	}

	SweptParameters check(Experiment experiment) {
		SweptParameters swept = new SweptParameters();
		Sweep sweep = experiment.getSweep();
		if (sweep == null) {
			return swept;
		}
		int n = sweep.getAxes().size();
		if (n == 0) {
			problems.add(error(sweep, "axes", "the sweep has no axis (give 1 or 2)"));
		} else if (n > 2) {
			problems.add(error(sweep, "axes", "the sweep has " + n + " axes (at most 2)"));
		}
		Set<String> paths = new HashSet<>();
		for (SweepAxis axis : sweep.getAxes()) {
			checkAxis(experiment, axis, paths, swept);
		}
		return swept;
	}

	private void checkAxis(Experiment experiment, SweepAxis axis, Set<String> paths, SweptParameters swept) {
		boolean rangeOk = checkRange(axis);
		String unit = Units.normalise(axis.getUnit());
		boolean unitKnown = unit.isEmpty() || Units.isKnown(unit);
		if (!unitKnown) {
			problems.add(error(axis, "unit", "unknown unit '" + unit + "' (known units: "
					+ String.join(", ", Units.known().stream().map(Units::display).toList()) + ")"));
		}
		if (ElementPaths.isBlank(axis.getParameter())) {
			problems.add(error(axis, "parameter", "missing parameter path (expected [link.]component.parameter)"));
			return;
		}
		ParameterPath path;
		try {
			path = ParameterPath.parse(axis.getParameter());
		} catch (IllegalArgumentException e) {
			problems.add(error(axis, "parameter", e.getMessage()));
			return;
		}
		if (!paths.add(path.toString())) {
			problems.add(error(axis, "parameter", "parameter path '" + path + "' is swept twice"));
			return;
		}
		List<PathResolver.Target> targets = resolver.targets(experiment, path);
		if (targets.isEmpty()) {
			problems.add(error(axis, "parameter",
					"unknown parameter path '" + path + "' (" + resolver.whyNoTarget(experiment, path) + ")"));
			return;
		}
		double[] values = rangeOk && unitKnown
				? SweepGrid.values(axis.getFrom(), axis.getTo(), axis.getSteps(), axis.isLogarithmic())
				: null;
		for (PathResolver.Target target : targets) {
			ParameterDescriptor d = target.descriptor();
			String where = " for link '" + target.link().getId() + "'";
			String unitProblem = ValueChecks.unitProblem(unit, d);
			if (unitProblem != null) {
				problems.add(error(axis, "unit", unitProblem + where));
				continue;
			}
			if (values == null) {
				continue;
			}
			double lo = ValueChecks.toDescriptorUnit(Math.min(axis.getFrom(), axis.getTo()), unit, d);
			double hi = ValueChecks.toDescriptorUnit(Math.max(axis.getFrom(), axis.getTo()), unit, d);
			if (lo < d.min() || hi > d.max()) {
				problems.add(error(axis, "from", "swept range [" + Units.formatNumber(lo) + ", " + Units.formatNumber(hi)
						+ "]" + (Units.normalise(d.unit()).isEmpty() ? "" : " " + d.unit()) + " is outside "
						+ d.rangeText() + " of parameter '" + d.name() + "'" + where));
				continue;
			}
			if (d.integer()) {
				for (double v : values) {
					double x = ValueChecks.toDescriptorUnit(v, unit, d);
					if (x != Math.rint(x)) {
						problems.add(error(axis, "steps", "swept value " + Units.formatNumber(x) + " is not a whole number"
								+ " (parameter '" + d.name() + "' takes whole numbers; adjust from, to or steps)" + where));
						break;
					}
				}
			}
			swept.add(target.config(), d.name(), ValueChecks.toDescriptorUnit(axis.getFrom(), unit, d));
		}
	}

	private boolean checkRange(SweepAxis axis) {
		boolean ok = true;
		if (!Double.isFinite(axis.getFrom())) {
			problems.add(error(axis, "from", "from is not a finite number"));
			ok = false;
		}
		if (!Double.isFinite(axis.getTo())) {
			problems.add(error(axis, "to", "to is not a finite number"));
			ok = false;
		}
		if (axis.getSteps() < 1) {
			problems.add(error(axis, "steps", "steps must be at least 1 (is " + axis.getSteps() + ")"));
			ok = false;
		} else if (axis.getSteps() < 2 && ok && axis.getFrom() != axis.getTo()) {
			problems.add(error(axis, "steps", "steps must be at least 2 for a range from "
					+ Units.formatNumber(axis.getFrom()) + " to " + Units.formatNumber(axis.getTo()) + " (is 1)"));
			ok = false;
		}
		if (ok && axis.isLogarithmic() && !(axis.getFrom() > 0 && axis.getTo() > 0)) {
			problems.add(error(axis, "from", "a logarithmic axis needs from and to above zero (from "
					+ Units.formatNumber(axis.getFrom()) + ", to " + Units.formatNumber(axis.getTo()) + ")"));
			ok = false;
		}
		return ok;
	}
}
