/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.knowm.xchart.XYChart;
import org.openqci.charts.ChartExport;
import org.openqci.charts.ChartOptions;
import org.openqci.charts.GroundTrackChartFactory;
import org.openqci.charts.KeyRateChartFactory;
import org.openqci.charts.PassTimelineChartFactory;
import org.openqci.core.engine.ExperimentEngine;
import org.openqci.core.engine.ExperimentException;
import org.openqci.core.engine.ParameterOverride;
import org.openqci.core.engine.RunOptions;
import org.openqci.core.orbit.PassFailure;
import org.openqci.core.registry.ModelRegistry;
import org.openqci.core.results.PassCsvWriter;
import org.openqci.core.results.PassResult;
import org.openqci.core.results.PassResults;
import org.openqci.core.results.ResultCsvWriter;
import org.openqci.core.results.ResultJsonWriter;
import org.openqci.core.results.ResultSet;
import org.openqci.core.validation.Problem;
import org.openqci.model.Experiment;
import org.openqci.model.files.ExperimentFileException;
import org.openqci.model.files.ExperimentFiles;

/**
 * {@code openqci run FILE [--out DIR] [--set NAME=VALUE[UNIT]]...}: evaluates every link of an
 * experiment file over its sweep and writes {@value #CSV}, {@value #JSON} and {@value #PNG}
 * into the output folder (default {@code out/<file name without extension>} under the current
 * directory). Everything is computed before anything is written, and the three files are moved
 * into place together, so a failure or Ctrl-C never leaves a partial or stale-looking set.
 * <p>
 * Messages: a file that cannot be read gives {@code openqci: <file>:<line>:<col>: <problem>};
 * each validation problem gives {@code openqci: <file>: <element>: <problem>}; all with exit
 * code 2. On success the command prints a summary table and then the three paths, one a line,
 * on stdout.
 */
public final class RunCommand implements Command {

	/** The CSV output's file name. */
	public static final String CSV = "results.csv";

	/** The JSON output's file name. */
	public static final String JSON = "results.json";

	/** The chart's file name. */
	public static final String PNG = "keyrate.png";

	/** The pass table's file name (experiments with a pass analysis). */
	public static final String PASSES_CSV = "passes.csv";

	/** The pass timelines' file name. */
	public static final String TIMELINE_CSV = "pass-timeline.csv";

	/** The chart of the pass with the most key. */
	public static final String PASS_PNG = "best-pass.png";

	/** The ground-track map's file name. */
	public static final String TRACK_PNG = "ground-track.png";

	/**
	 * Runs the command outside the launcher (tests, tools), with a model registry at hand.
	 *
	 * @param args     the arguments after {@code run}
	 * @param out      results: summary table and output paths
	 * @param err      messages and progress
	 * @param registry the contributed models (may be {@code null}: reported as an error)
	 * @return an exit code from {@link ExitCodes}
	 */
	public int execute(List<String> args, PrintStream out, PrintStream err, ModelRegistry registry) {
		return CommandLine.invoke(this, args, CommandContext.of(out, err, registry));
	}

	@Override
	public String name() {
		return "run";
	}

	@Override
	public String synopsis() {
		return "FILE [--out DIR] [--set NAME=VALUE]...";
	}

	@Override
	public String summary() {
		return "evaluate an experiment; write results.csv, results.json, keyrate.png";
	}

	@Override
	public String help() {
		return """
				usage: openqci run FILE [--out DIR] [--set NAME=VALUE[UNIT]]... [--debug]

				Evaluates every link of the experiment FILE (*.qci) at every point of its sweep,
				optimising free parameters, and writes into DIR:
				  results.csv    one line per link and sweep point, units in the header
				  results.json   the same with provenance (file SHA-256, overrides, bundle versions)
				  keyrate.png    secret key rate against the first sweep axis, 1200x800 pixels
				and, when the experiment has a pass analysis (satellite passes over ground stations):
				  passes.csv         one line per link and pass: times, elevation, key, QBER
				  pass-timeline.csv  one line per link, pass and time step
				  best-pass.png      the pass with the most key of each first link: elevation,
				                     loss, detections and key over time
				  ground-track.png   the satellite's ground track over the first day
				An experiment with a network evaluates its network links instead (results.csv
				and results.json hold one line per network link) and writes:
				  network-links.csv       every link's length, key rate and key per day
				  network-throughput.csv  every demand's end-to-end key rate, bottleneck, route
				  network-whatif.csv      the change of every demand when a node or link is out
				  network-map.png         the network on a map, links coloured by key rate
				and, with key pools: key-pools.csv (served and refused requests, latency per
				demand), key-stock.csv and key-stock.png (every pool's stock over time).
				Then prints a summary and the paths (one per line) on stdout.

				options:
				  --out DIR                output folder, created if needed
				                           (default: out/<FILE name without extension>)
				  --set NAME=VALUE[UNIT]   set a parameter for this run only; NAME is
				                           [link.]component.parameter, e.g. --set fibre.length=50km,
				                           --set infinite.source.mu=0.4; may be repeated
				  --debug                  print the stack trace of internal errors

				exit codes: 0 success, 1 internal error, 2 bad input (file, XML, kind, parameter,
				            --set, arguments), 130 cancelled by Ctrl-C (no files are written)
				""";
	}

	@Override
	public int execute(List<String> args, CommandContext context) throws UsageException, IOException {
		PrintStream err = context.err();
		RunArguments arguments = RunArguments.parse(args);
		if (arguments.help()) {
			context.out().print(help());
			return ExitCodes.OK;
		}
		Path file = arguments.file();

		List<ParameterOverride> overrides = new ArrayList<>();
		for (String text : arguments.sets()) {
			try {
				overrides.add(ParameterOverride.parse(text));
			} catch (IllegalArgumentException e) {
				err.println(CommandLine.PROGRAM + ": --set: " + e.getMessage());
				return ExitCodes.BAD_INPUT;
			}
		}

		Experiment experiment;
		String sha256;
		try {
			experiment = ExperimentFiles.load(file);
			sha256 = ExperimentFiles.sha256(file);
		} catch (ExperimentFileException e) {
			err.println(CommandLine.PROGRAM + ": " + e.getMessage());
			return ExitCodes.BAD_INPUT;
		} catch (IOException e) {
			err.println(CommandLine.PROGRAM + ": " + file + ": cannot read the file: " + e.getMessage());
			return ExitCodes.BAD_INPUT;
		}

		ModelRegistry registry = context.registry().get();
		if (registry == null) {
			err.println(CommandLine.PROGRAM + ": no model registry: the OSGi service " + ModelRegistry.class.getName()
					+ " is not available (is org.openqci.core started, with Declarative Services?)");
			return ExitCodes.INTERNAL_ERROR;
		}

		ConsoleProgressMonitor monitor = new ConsoleProgressMonitor(err, context.interactive(), context.cancelled());
		if (experiment.getNetwork() != null) {
			RunOptions options = new RunOptions(overrides, file.toAbsolutePath().normalize().toString(), sha256);
			return NetworkRun.execute(experiment, file, options, arguments.out() != null ? arguments.out()
					: Path.of("out", baseName(file)), registry, monitor, context);
		}
		ResultSet results;
		try {
			RunOptions options = new RunOptions(overrides, file.toAbsolutePath().normalize().toString(), sha256);
			results = new ExperimentEngine(registry).run(experiment, options, monitor);
		} catch (ExperimentException e) {
			monitor.done();
			for (Problem p : e.problems()) {
				err.println(CommandLine.PROGRAM + ": " + file + ": " + p.elementPath() + ": " + p.message());
			}
			return ExitCodes.BAD_INPUT;
		} catch (OperationCanceledException e) {
			monitor.done();
			return cancelled(err);
		} finally {
			monitor.done(); // ends the progress line before any other output
		}

		XYChart chart = KeyRateChartFactory.create(results, ChartOptions.defaults());
		if (context.isCancelled()) {
			return cancelled(err);
		}

		Path dir = arguments.out() != null ? arguments.out() : Path.of("out", baseName(file));
		List<Path> written;
		try (StagedOutput output = StagedOutput.in(dir)) {
			ResultCsvWriter.write(results, output.file(CSV));
			ResultJsonWriter.write(results, output.file(JSON));
			ChartExport.writePng(chart, output.file(PNG));
			if (results.passes() != null) {
				writePasses(results.passes(), output);
			}
			if (context.isCancelled()) {
				return cancelled(err);
			}
			written = output.commit();
		} catch (IOException e) {
			err.println(CommandLine.PROGRAM + ": cannot write the results to " + dir + ": " + describe(e));
			if (context.debug()) {
				e.printStackTrace(err);
			}
			return ExitCodes.INTERNAL_ERROR;
		}

		PrintStream out = context.out();
		SummaryTable.lines(results).forEach(out::println);
		out.println();
		if (results.passes() != null) {
			PassSummaryTable.lines(results.passes()).forEach(out::println);
			out.println();
			for (PassFailure f : results.passes().failures()) {
				err.println(CommandLine.PROGRAM + ": " + file + ": passes: " + f.station() + ": " + f.message());
			}
		}
		written.forEach(out::println);
		out.flush();
		return ExitCodes.OK;
	}

	static void writePasses(PassResults passes, StagedOutput output) throws IOException {
		PassCsvWriter.writePasses(passes, output.file(PASSES_CSV));
		PassCsvWriter.writeTimeline(passes, output.file(TIMELINE_CSV));
		PassResult best = passes.bestPassOfFirstLink();
		if (best != null) {
			ChartExport.writePng(PassTimelineChartFactory.create(best, ChartOptions.DEFAULT_WIDTH,
					ChartOptions.DEFAULT_HEIGHT), output.file(PASS_PNG));
		}
		ChartExport.writePng(GroundTrackChartFactory.create(passes, Duration.ofDays(1), ChartOptions.DEFAULT_WIDTH,
				ChartOptions.DEFAULT_HEIGHT), output.file(TRACK_PNG));
	}

	static int cancelled(PrintStream err) {
		err.println(CommandLine.PROGRAM + ": cancelled");
		return ExitCodes.CANCELLED;
	}

	/** The file name without its extension: {@code gys-decoy-bb84} for {@code examples/gys-decoy-bb84.qci}. */
	static String baseName(Path file) {
		Path name = file.getFileName();
		String text = name == null ? "experiment" : name.toString();
		int dot = text.lastIndexOf('.');
		return dot > 0 ? text.substring(0, dot) : text;
	}

	static String describe(IOException e) {
		String type = e.getClass().getSimpleName();
		return e.getMessage() == null ? type : type + ": " + e.getMessage();
	}
}
