/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.OperationCanceledException;
import org.openqci.charts.ChartExport;
import org.openqci.charts.ChartOptions;
import org.openqci.charts.KeyStockChartFactory;
import org.openqci.charts.NetworkMapChartFactory;
import org.openqci.charts.PassTimelineChartFactory;
import org.openqci.core.engine.ExperimentException;
import org.openqci.core.engine.RunOptions;
import org.openqci.core.registry.ModelRegistry;
import org.openqci.core.orbit.PassFailure;
import org.openqci.core.results.ResultCsvWriter;
import org.openqci.core.results.ResultJsonWriter;
import org.openqci.core.validation.Problem;
import org.openqci.model.Experiment;
import org.openqci.network.Demand;
import org.openqci.network.Throughput;
import org.openqci.network.experiment.NetworkCsvWriter;
import org.openqci.network.experiment.NetworkReport;
import org.openqci.network.experiment.PoolCsvWriter;
import org.openqci.network.pools.DemandStats;
import org.openqci.network.pools.PoolResults;

/**
 * The network branch of {@code openqci run}: evaluates the network's links, analyses the
 * network (throughput, bottlenecks, what-if), simulates the key pools if asked, and writes the
 * results together (nothing is written if anything fails or the run is cancelled).
 */
final class NetworkRun {

	/** The network links' CSV. */
	static final String LINKS_CSV = "network-links.csv";
	/** The demands' throughput CSV. */
	static final String THROUGHPUT_CSV = "network-throughput.csv";
	/** The what-if CSV. */
	static final String WHAT_IF_CSV = "network-whatif.csv";
	/** The map. */
	static final String MAP_PNG = "network-map.png";
	/** The key pools' per-demand CSV. */
	static final String POOLS_CSV = "key-pools.csv";
	/** The stock over time CSV. */
	static final String STOCK_CSV = "key-stock.csv";
	/** The stock over time chart. */
	static final String STOCK_PNG = "key-stock.png";

	private NetworkRun() {
	}

	static int execute(Experiment experiment, Path file, RunOptions options, Path dir, ModelRegistry registry,
			ConsoleProgressMonitor monitor, CommandContext context) {
		PrintStream err = context.err();
		NetworkReport report;
		try {
			report = NetworkReport.run(experiment, registry, options, monitor);
		} catch (ExperimentException e) {
			monitor.done();
			for (Problem p : e.problems()) {
				err.println(CommandLine.PROGRAM + ": " + file + ": " + p.elementPath() + ": " + p.message());
			}
			return ExitCodes.BAD_INPUT;
		} catch (OperationCanceledException e) {
			monitor.done();
			return RunCommand.cancelled(err);
		} finally {
			monitor.done();
		}
		List<Path> written;
		try (StagedOutput output = StagedOutput.in(dir)) {
			write(report, output);
			if (context.isCancelled()) {
				return RunCommand.cancelled(err);
			}
			written = output.commit();
		} catch (IOException e) {
			err.println(CommandLine.PROGRAM + ": cannot write the results to " + dir + ": " + RunCommand.describe(e));
			if (context.debug()) {
				e.printStackTrace(err);
			}
			return ExitCodes.INTERNAL_ERROR;
		}
		PrintStream out = context.out();
		summary(report).forEach(out::println);
		out.println();
		if (report.evaluated().linkResults().passes() != null) {
			for (PassFailure f : report.evaluated().linkResults().passes().failures()) {
				err.println(CommandLine.PROGRAM + ": " + file + ": passes: " + f.station() + ": " + f.message());
			}
		}
		written.forEach(out::println);
		out.flush();
		return ExitCodes.OK;
	}

	private static void write(NetworkReport report, StagedOutput output) throws IOException {
		ResultCsvWriter.write(report.evaluated().linkResults(), output.file(RunCommand.CSV));
		ResultJsonWriter.write(report.evaluated().linkResults(), output.file(RunCommand.JSON));
		NetworkCsvWriter.writeLinks(report, output.file(LINKS_CSV));
		NetworkCsvWriter.writeThroughput(report, output.file(THROUGHPUT_CSV));
		NetworkCsvWriter.writeWhatIf(report, output.file(WHAT_IF_CSV));
		Set<String> bottlenecks = new LinkedHashSet<>();
		report.throughputs().forEach(t -> bottlenecks.addAll(t.bottlenecks()));
		ChartExport.writePng(NetworkMapChartFactory.create(report.evaluated().network(), bottlenecks,
				ChartOptions.DEFAULT_WIDTH, ChartOptions.DEFAULT_HEIGHT), output.file(MAP_PNG));
		PoolResults pools = report.pools();
		if (pools != null) {
			PoolCsvWriter.writeDemands(pools, output.file(POOLS_CSV));
			PoolCsvWriter.writeStock(pools, output.file(STOCK_CSV));
			ChartExport.writePng(KeyStockChartFactory.create(pools.sampleTimes(), pools.stocks(),
					ChartOptions.DEFAULT_WIDTH, ChartOptions.DEFAULT_HEIGHT), output.file(STOCK_PNG));
		}
		if (report.evaluated().linkResults().passes() != null) {
			RunCommand.writePasses(report.evaluated().linkResults().passes(), output);
		}
	}

	/** The terminal summary: one line per demand, and the pools' outcome. */
	static List<String> summary(NetworkReport report) {
		List<List<String>> table = new ArrayList<>();
		boolean pools = report.pools() != null;
		List<String> header = new ArrayList<>(List.of("demand", "requested [bit/s]", "throughput [bit/s]",
				"key per day", "bottleneck"));
		if (pools) {
			header.addAll(List.of("served", "refused", "latency p95 [s]"));
		}
		table.add(header);
		List<Throughput> throughputs = report.throughputs();
		for (int i = 0; i < throughputs.size(); i++) {
			Throughput t = throughputs.get(i);
			Demand demand = report.demandOf(i);
			List<String> line = new ArrayList<>(List.of(demand == null ? t.from() + "-" + t.to() : demand.id(),
					demand == null ? "-" : number(demand.requested()), number(t.bitsPerSecond()),
					PassTimelineChartFactory.bits(t.keyPerDay()),
					t.bottlenecks().isEmpty() ? "-" : String.join(" ", t.bottlenecks())));
			if (pools && demand != null) {
				DemandStats s = report.pools().demand(demand.id());
				line.addAll(List.of(Long.toString(s.served()), Long.toString(s.refused()),
						s.served() == 0 ? "-" : String.format(Locale.ROOT, "%.3g", s.latencyP95())));
			} else if (pools) {
				line.addAll(List.of("-", "-", "-"));
			}
			table.add(line);
		}
		List<String> lines = new ArrayList<>();
		lines.add(report.evaluated().network().toString() + ", routing " + report.evaluated().routing());
		lines.addAll(SummaryTable.format(table));
		return lines;
	}

	private static String number(double v) {
		return v == 0 ? "0" : String.format(Locale.ROOT, "%.4g", v);
	}
}
