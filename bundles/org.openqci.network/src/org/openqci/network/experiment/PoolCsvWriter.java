/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.experiment;

import static org.openqci.core.results.ResultCsvWriter.line;
import static org.openqci.core.results.ResultCsvWriter.number;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqci.network.pools.DemandStats;
import org.openqci.network.pools.LinkPoolStats;
import org.openqci.network.pools.PoolResults;

/**
 * Writes a key-pool simulation as CSV: per demand the requests served, refused and waiting, the
 * rates and the relay latency; per link the key generated, consumed and discarded; and every
 * pool's stock at every sample time.
 */
public final class PoolCsvWriter {

	private PoolCsvWriter() {
	}

	/** One line per demand, then one per link (the column "kind" tells which). */
	public static void writeDemands(PoolResults pools, Path file) throws IOException {
		NetworkCsvWriter.write(file, out -> demands(pools, out));
	}

	/** The per-demand and per-link CSV text. */
	public static String demandsCsv(PoolResults pools) {
		return NetworkCsvWriter.text(out -> demands(pools, out));
	}

	private static void demands(PoolResults pools, Writer out) throws IOException {
		line(out, List.of("kind", "id", "requests", "served", "refused", "waiting", "requested [bit/s]",
				"offered [bit/s]", "served [bit/s]", "latency mean [s]", "latency p50 [s]", "latency p95 [s]",
				"latency max [s]", "generated [bit]", "consumed [bit]", "discarded [bit]", "final stock [bit]",
				"requests relayed"));
		for (DemandStats d : pools.demands()) {
			line(out, List.of("demand", d.demand(), Long.toString(d.requests()), Long.toString(d.served()),
					Long.toString(d.refused()), Long.toString(d.waiting()), number(d.requestedBitsPerSecond()),
					number(d.offeredBitsPerSecond()), number(d.servedBitsPerSecond()), number(d.latencyMean()),
					number(d.latencyP50()), number(d.latencyP95()), number(d.latencyMax()), "", "", "", "", ""));
		}
		for (LinkPoolStats l : pools.links()) {
			line(out, List.of("link", l.link(), "", "", "", "", "", "", "", "", "", "", "", number(l.generatedBits()),
					number(l.consumedBits()), number(l.discardedBits()), number(l.finalBits()),
					Long.toString(l.relayed())));
		}
	}

	/** The stock of every pool at every sample: time in s and days, then one column per link in bits. */
	public static void writeStock(PoolResults pools, Path file) throws IOException {
		NetworkCsvWriter.write(file, out -> stock(pools, out));
	}

	private static void stock(PoolResults pools, Writer out) throws IOException {
		Map<String, double[]> stocks = pools.stocks();
		List<String> header = new ArrayList<>(List.of("time [s]", "time [d]"));
		stocks.keySet().forEach(link -> header.add(link + " [bit]"));
		line(out, header);
		double[] times = pools.sampleTimes();
		for (int i = 0; i < times.length; i++) {
			List<String> fields = new ArrayList<>(List.of(number(times[i]), number(times[i] / 86_400)));
			for (double[] stock : stocks.values()) {
				fields.add(number(stock[i]));
			}
			line(out, fields);
		}
	}
}
