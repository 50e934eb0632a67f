/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.openqci.core.orbit.OrbitPropagator;
import org.openqci.core.orbit.Pass;
import org.openqci.core.orbit.PassPrediction;
import org.openqci.core.orbit.PassRequest;
import org.openqci.core.registry.ModelRegistry;
import org.openqci.core.results.PassResult;
import org.openqci.core.results.PassResults;
import org.openqci.core.results.Provenance;
import org.openqci.core.results.ResultRow;
import org.openqci.core.results.ResultSet;
import org.openqci.core.results.SweepAxisInfo;
import org.openqci.core.validation.ExperimentValidator;
import org.openqci.core.validation.Problem;
import org.openqci.model.Experiment;
import org.openqci.model.PassAnalysis;

/**
 * Runs experiments: validates, applies overrides to a copy (the given experiment is never
 * changed), evaluates every link at every sweep point (maximising the key rate per pulse over
 * free parameters), and returns a {@link ResultSet} with provenance. Links (and rows of a
 * two-axis sweep) are evaluated in parallel, the points of a row in order, each optimisation
 * starting from the previous point's optimum; the rows are always in link order, then sweep order (first axis outer). Contributed
 * models are therefore called from several threads at once.
 */
public final class ExperimentEngine {

	private static final long POLL_MILLIS = 50;


	private final ModelRegistry registry;

	/** An engine over the models of {@code registry}. */
	public ExperimentEngine(ModelRegistry registry) {
		this.registry = Objects.requireNonNull(registry, "registry");
	}

	/**
	 * Runs an experiment.
	 *
	 * @param experiment the experiment (not modified)
	 * @param options    overrides and provenance of the experiment file ({@code null}: {@link RunOptions#none()})
	 * @param monitor    progress, one tick per link and sweep point; may be {@code null}
	 * @return the results, one row per link and point
	 * @throws ExperimentException        if the experiment or an override has errors, or a model fails
	 * @throws OperationCanceledException if the monitor is cancelled
	 */
	public ResultSet run(Experiment experiment, RunOptions options, IProgressMonitor monitor)
			throws ExperimentException {
		Objects.requireNonNull(experiment, "experiment");
		RunOptions opts = options == null ? RunOptions.none() : options;
		PathResolver paths = new PathResolver(registry);
		Experiment working = experiment;
		Map<EObject, EObject> originals = null;
		if (!opts.overrides().isEmpty()) {
			OverrideApplier overrides = new OverrideApplier(paths);
			throwIfErrors(overrides.check(experiment, opts.overrides()), null);
			EcoreUtil.Copier copier = new EcoreUtil.Copier();
			working = (Experiment) copier.copy(experiment);
			copier.copyReferences();
			originals = new IdentityHashMap<>();
			for (Map.Entry<EObject, EObject> e : copier.entrySet()) {
				originals.put(e.getValue(), e.getKey());
			}
			overrides.apply(working, opts.overrides());
		}
		throwIfErrors(new ExperimentValidator(registry).validate(working), originals);
		ResolvedExperiment resolved = new ExperimentResolver(registry).resolve(working);
		PassAnalysis passAnalysis = working.getPasses();
		SubMonitor progress = SubMonitor.convert(monitor, "Running " + resolved.name(), 100);
		List<ResultRow> rows = evaluate(resolved, progress.split(passAnalysis == null ? 100 : 10), originals);
		PassResults passes = passAnalysis == null ? null
				: evaluatePasses(resolved, passAnalysis, progress.split(90), originals);
		List<SweepAxisInfo> axes = resolved.axes().stream()
				.map(a -> new SweepAxisInfo(a.path(), a.label(), a.unit())).toList();
		Map<String, String> units = new LinkedHashMap<>();
		for (ResolvedExperiment.Link link : resolved.links()) {
			for (ResolvedExperiment.FreeParameter f : link.free()) {
				units.putIfAbsent(f.key(), f.descriptor().unit());
			}
		}
		Provenance provenance = new Provenance(experiment.getName(), opts.experimentFile(), opts.experimentSha256(),
				opts.overrides().stream().map(ParameterOverride::toString).toList(), bundleVersions(resolved),
				Instant.now(), Map.of());
		return new ResultSet(axes, rows, provenance, units, passes);
	}

	/**
	 * The experiment's links at its own values, for simulating them: validated like a run, the
	 * sweep ignored, free parameters at the values written in the experiment.
	 *
	 * @throws ExperimentException if the experiment has errors or a model fails
	 */
	public List<LinkSnapshot> snapshot(Experiment experiment) throws ExperimentException {
		Objects.requireNonNull(experiment, "experiment");
		throwIfErrors(new ExperimentValidator(registry).validate(experiment), null);
		ResolvedExperiment resolved = new ExperimentResolver(registry).resolve(experiment);
		List<LinkSnapshot> links = new ArrayList<>();
		for (ResolvedExperiment.Link link : resolved.links()) {
			try {
				links.add(LinkEvaluator.snapshot(link));
			} catch (LinkEvaluator.ModelFailure failure) {
				throw new ExperimentException(List.of(Problem.error(failure.component.element(), null,
						failure.component.elementPath(), failure.getMessage())), failure.getCause());
			}
		}
		return links;
	}

	/**
	 * Predicts the passes of the experiment's satellite over its stations and evaluates every link
	 * with a satellite channel segment along each of them, in parallel (the passes of one link
	 * over one station in time order, each optimisation starting from the previous pass's optimum).
	 */
	private PassResults evaluatePasses(ResolvedExperiment resolved, PassAnalysis analysis, SubMonitor monitor,
			Map<EObject, EObject> originals) throws ExperimentException {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		progress.subTask("Predicting passes");
		PassRequest request = PassRequests.of(analysis);
		OrbitPropagator propagator = registry.orbitPropagator()
				.orElseThrow(() -> new IllegalStateException("no orbit propagator is installed"));
		PassPrediction prediction = propagator.predict(request, progress::isCanceled);
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		progress.worked(10);
		List<ResolvedExperiment.Link> links = resolved.links().stream()
				.filter(l -> l.channels().stream().anyMatch(c -> PassRequests.isSatelliteChannel(c.model()))).toList();
		Map<String, List<Pass>> byStation = new LinkedHashMap<>();
		for (Pass pass : prediction.passes()) {
			byStation.computeIfAbsent(pass.station(), k -> new ArrayList<>()).add(pass);
		}
		SubMonitor evaluation = progress.split(90).setWorkRemaining(Math.max(1, links.size() * prediction.passes().size()));
		AtomicBoolean cancelled = new AtomicBoolean();
		PassEvaluator evaluator = new PassEvaluator(cancelled::get);
		AtomicInteger done = new AtomicInteger();
		Progress shown = new Progress(evaluation, done);
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
				threadFactory());
		try {
			List<Future<List<PassResult>>> futures = new ArrayList<>();
			for (ResolvedExperiment.Link link : links) {
				for (List<Pass> passes : byStation.values()) {
					futures.add(pool.submit(() -> {
						List<PassResult> results = new ArrayList<>();
						PassResult previous = null;
						for (Pass pass : passes) {
							previous = evaluator.evaluate(link, pass, request.stepSeconds(), previous);
							results.add(previous);
							done.incrementAndGet();
						}
						return results;
					}));
				}
			}
			List<PassResult> results = new ArrayList<>();
			for (Future<List<PassResult>> future : futures) {
				results.addAll(await(future, shown, cancelled, originals));
			}
			shown.update();
			return new PassResults(request.orbit().name(), request.start(), request.end(), request.stations(), results,
					prediction.failures(), prediction.groundTrack());
		} finally {
			cancelled.set(true);
			pool.shutdownNow();
		}
	}

	private List<ResultRow> evaluate(ResolvedExperiment resolved, SubMonitor monitor,
			Map<EObject, EObject> originals) throws ExperimentException {
		List<double[]> points = SweepGrid.grid(resolved.axes().stream().map(ResolvedExperiment.Axis::values).toList());
		int total = resolved.links().size() * points.size();
		SubMonitor progress = monitor.setWorkRemaining(total);
		AtomicBoolean cancelled = new AtomicBoolean();
		LinkEvaluator evaluator = new LinkEvaluator(resolved.axes(), cancelled::get);
		int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), total));
		ExecutorService pool = Executors.newFixedThreadPool(threads, threadFactory());
		int inner = resolved.axes().isEmpty() ? 1 : resolved.axes().get(resolved.axes().size() - 1).values().length;
		AtomicInteger done = new AtomicInteger();
		Progress shown = new Progress(progress, done);
		try {
			List<Future<List<ResultRow>>> futures = new ArrayList<>();
			for (ResolvedExperiment.Link link : resolved.links()) {
				for (int from = 0; from < points.size(); from += inner) {
					List<double[]> row = points.subList(from, Math.min(points.size(), from + inner));
					futures.add(pool.submit(() -> evaluateRow(evaluator, link, row, done)));
				}
			}
			List<ResultRow> rows = new ArrayList<>(total);
			int rowsPerLink = points.size() / inner;
			for (int i = 0; i < futures.size(); i++) {
				if (i % rowsPerLink == 0) {
					progress.subTask("Link '" + resolved.links().get(i / rowsPerLink).id() + "'");
				}
				rows.addAll(await(futures.get(i), shown, cancelled, originals));
			}
			shown.update();
			return rows;
		} finally {
			cancelled.set(true);
			pool.shutdownNow();
		}
	}

	/**
	 * Evaluates one row of the sweep grid (the points [start, end) along the innermost axis) of one
	 * link in order, each point's optimisation starting from the previous point's optimum: the
	 * optimum moves little between neighbours, and near the end of a protocol's reach the key
	 * exists only in a narrow region that a search from scratch can miss. Rows and links run in
	 * parallel; the results do not depend on the number of processors.
	 */
	private static List<ResultRow> evaluateRow(LinkEvaluator evaluator, ResolvedExperiment.Link link,
			List<double[]> points, AtomicInteger done) {
		List<ResultRow> rows = new ArrayList<>(points.size());
		ResultRow previous = null;
		for (double[] point : points) {
			previous = evaluator.evaluate(link, point, previous);
			rows.add(previous);
			done.incrementAndGet();
		}
		return rows;
	}

	/** Reports the points the worker threads have finished to the monitor, from the calling thread. */
	private static final class Progress {
		private final SubMonitor monitor;
		private final AtomicInteger done;
		private int reported;

		Progress(SubMonitor monitor, AtomicInteger done) {
			this.monitor = monitor;
			this.done = done;
		}

		void update() {
			int now = done.get();
			if (now > reported) {
				monitor.worked(now - reported);
				reported = now;
			}
		}

		boolean isCanceled() {
			return monitor.isCanceled();
		}
	}

	private static <T> T await(Future<T> future, Progress progress, AtomicBoolean cancelled,
			Map<EObject, EObject> originals) throws ExperimentException {
		while (true) {
			progress.update();
			if (progress.isCanceled()) {
				cancelled.set(true);
				throw new OperationCanceledException();
			}
			try {
				return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				// poll the monitor again
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				cancelled.set(true);
				throw new OperationCanceledException();
			} catch (ExecutionException e) {
				Throwable cause = e.getCause();
				if (cause instanceof LinkEvaluator.Cancelled) {
					throw new OperationCanceledException();
				}
				if (cause instanceof LinkEvaluator.ModelFailure failure) {
					EObject element = original(failure.component.element(), originals);
					throw new ExperimentException(List.of(Problem.error(element, null,
							failure.component.elementPath(), failure.getMessage())), failure.getCause());
				}
				if (cause instanceof RuntimeException r) {
					throw r;
				}
				if (cause instanceof Error err) {
					throw err;
				}
				throw new IllegalStateException(cause);
			}
		}
	}

	private static void throwIfErrors(List<Problem> problems, Map<EObject, EObject> originals)
			throws ExperimentException {
		List<Problem> errors = problems.stream().filter(Problem::isError).map(p -> mapBack(p, originals)).toList();
		if (!errors.isEmpty()) {
			throw new ExperimentException(errors);
		}
	}

	/** The problem pointing at the user's experiment instead of the working copy. */
	private static Problem mapBack(Problem problem, Map<EObject, EObject> originals) {
		if (originals == null || problem.element() == null) {
			return problem;
		}
		EObject original = originals.get(problem.element());
		if (original != null) {
			return new Problem(problem.severity(), original, problem.feature(), problem.elementPath(), problem.message());
		}
		return new Problem(problem.severity(), original(problem.element(), originals), null, problem.elementPath(),
				problem.message());
	}

	/** The element of the user's experiment an element of the working copy stands for (or its nearest container). */
	private static EObject original(EObject element, Map<EObject, EObject> originals) {
		if (originals == null) {
			return element;
		}
		for (EObject e = element; e != null; e = e.eContainer()) {
			EObject original = originals.get(e);
			if (original != null) {
				return original;
			}
		}
		return element;
	}

	private static Map<String, String> bundleVersions(ResolvedExperiment resolved) {
		Map<String, String> versions = new TreeMap<>();
		addBundle(versions, ExperimentEngine.class);
		for (ResolvedExperiment.Link link : resolved.links()) {
			for (ResolvedExperiment.Component c : link.components()) {
				addBundle(versions, c.model().getClass());
			}
		}
		return Collections.unmodifiableMap(versions);
	}

	private static void addBundle(Map<String, String> versions, Class<?> type) {
		try {
			org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(type);
			if (bundle != null) {
				versions.put(bundle.getSymbolicName(), bundle.getVersion().toString());
			}
		} catch (LinkageError e) {
			// outside OSGi without the framework classes: no bundle versions to record
		}
	}

	private static ThreadFactory threadFactory() {
		AtomicInteger count = new AtomicInteger();
		return r -> {
			Thread t = new Thread(r, "openqci-engine-" + count.incrementAndGet());
			t.setDaemon(true);
			return t;
		};
	}
}
