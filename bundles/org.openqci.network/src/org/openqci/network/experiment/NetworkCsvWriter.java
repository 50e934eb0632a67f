/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.experiment;

import static org.openqci.core.results.ResultCsvWriter.line;
import static org.openqci.core.results.ResultCsvWriter.number;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqci.model.files.AtomicFileWriter;
import org.openqci.network.Demand;
import org.openqci.network.Link;
import org.openqci.network.LinkLoad;
import org.openqci.network.Network;
import org.openqci.network.Throughput;
import org.openqci.network.ThroughputChange;

/**
 * Writes a network report as CSV (RFC 4180 quoting, LF line ends, numbers at full precision):
 * the links with their key rates, the demands' throughputs, and the what-if table.
 */
public final class NetworkCsvWriter {

	private NetworkCsvWriter() {
	}

	/** A CSV body, written to a {@link Writer}. */
	@FunctionalInterface
	interface Body {
		void write(Writer out) throws IOException;
	}

	/** Writes {@code body} to {@code file} atomically. */
	static void write(Path file, Body body) throws IOException {
		AtomicFileWriter.write(file, out -> {
			Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			body.write(w);
			w.flush();
		});
	}

	/** The text of a CSV body. */
	static String text(Body body) {
		StringWriter out = new StringWriter();
		try {
			body.write(out);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringWriter does not fail
		}
		return out.toString();
	}

	/** One line per link: ends, length, key rate and key per day, and the rate the demands' routes carry. */
	public static void writeLinks(NetworkReport report, Path file) throws IOException {
		write(file, out -> links(report, out));
	}

	/** The links' CSV text. */
	public static String linksCsv(NetworkReport report) {
		return text(out -> links(report, out));
	}

	private static void links(NetworkReport report, Writer out) throws IOException {
		line(out, List.of("link", "node A", "node B", "length [km]", "key rate [bit/s]", "key per day [bit]",
				"bottleneck of"));
		Network network = report.evaluated().network();
		for (Link link : network.links()) {
			List<String> limited = new ArrayList<>();
			for (Throughput t : report.throughputs()) {
				if (t.bottlenecks().contains(link.id())) {
					limited.add(t.from() + "-" + t.to());
				}
			}
			line(out, List.of(link.id(), link.nodeA(), link.nodeB(), number(link.lengthKm()), number(link.keyRate()),
					number(link.keyPerDay()), String.join(" ", limited)));
		}
	}

	/** One line per demand: requested and delivered rates, whether met, bottleneck and route. */
	public static void writeThroughput(NetworkReport report, Path file) throws IOException {
		write(file, out -> throughput(report, out));
	}

	/** The throughputs' CSV text. */
	public static String throughputCsv(NetworkReport report) {
		return text(out -> throughput(report, out));
	}

	private static void throughput(NetworkReport report, Writer out) throws IOException {
		line(out, List.of("demand", "from", "to", "routing", "requested [bit/s]", "throughput [bit/s]",
				"key per day [bit]", "met", "bottleneck links", "route", "links carrying key"));
		List<Throughput> throughputs = report.throughputs();
		for (int i = 0; i < throughputs.size(); i++) {
			Throughput t = throughputs.get(i);
			Demand demand = report.demandOf(i);
			String id = demand == null ? "" : demand.id();
			String requested = demand == null ? "" : number(demand.requested());
			String met = demand == null ? "" : Boolean.toString(demand.isMetBy(t.bitsPerSecond()));
			line(out, List.of(id, t.from(), t.to(), t.routing().name(), requested, number(t.bitsPerSecond()),
					number(t.keyPerDay()), met, String.join(" ", t.bottlenecks()), String.join(" ", t.route()),
					String.join(" ", t.links().stream().map(LinkLoad::link).toList())));
		}
	}

	/** One line per removed element and demand: throughput before, after, and the change. */
	public static void writeWhatIf(NetworkReport report, Path file) throws IOException {
		write(file, out -> whatIf(report, out));
	}

	private static void whatIf(NetworkReport report, Writer out) throws IOException {
		line(out, List.of("removed", "from", "to", "before [bit/s]", "after [bit/s]", "change [bit/s]"));
		for (Map.Entry<String, List<ThroughputChange>> entry : report.whatIf().entrySet()) {
			for (ThroughputChange change : entry.getValue()) {
				line(out, List.of(entry.getKey(), change.from(), change.to(), number(change.before().bitsPerSecond()),
						number(change.after().bitsPerSecond()), number(change.difference())));
			}
		}
	}
}
