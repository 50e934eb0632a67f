/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class ResultWritersTest {

	@TempDir
	Path dir;

	private static ResultRow row(String link, double length, double key, Map<String, Double> optimised) {
		return new ResultRow(link, "Link, \"" + link + "\"", "bb84", new double[] { length }, key, key * 1e9, 0.01, 0.02,
				0.1, 0.152, 0.29, optimised, Map.of("Y1", 0.5, "bad", Double.NaN));
	}

	private static ResultSet results() {
		List<ResultRow> rows = new ArrayList<>();
		rows.add(row("a", 0, 1e-3, Map.of("source.mu", 0.5)));
		rows.add(row("a", 50, 1.25e-5, Map.of("source.mu", 0.45)));
		rows.add(new ResultRow("b,x", "B", "toy", new double[] { 0 }, 0, 0, Double.NaN, 0, 1.0,
				Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Map.of(), Map.of()));
		Map<String, String> bundles = new LinkedHashMap<>();
		bundles.put("org.openqci.core", "0.1.0");
		Provenance provenance = new Provenance("demo", "/tmp/demo.qci", "ff00", List.of("fibre.length=50 km"), bundles,
				Instant.parse("2025-01-02T03:04:05Z"), Map.of());
		return new ResultSet(List.of(new SweepAxisInfo("fibre.length", "Length", "km")), rows, provenance,
				Map.of("source.mu", ""));
	}

	@Test
	void csvHasHeaderWithUnitsAndOneLinePerRow() {
		String[] lines = ResultCsvWriter.toCsv(results()).split("\n");
		assertEquals(4, lines.length);
		assertEquals("link,protocol,fibre.length [km],secret key rate [bit/pulse],secret key rate [bit/s],QBER [1],"
				+ "gain [1],channel transmittance [1],PLOB [bit/pulse],TGW [bit/pulse],opt source.mu [1],Y1,bad", lines[0]);
		assertEquals("a,bb84,0.0,0.001,1000000.0,0.02,0.01,0.1,0.152,0.29,0.5,0.5,", lines[1]);
		assertEquals("a,bb84,50.0,1.25E-5,12500.0,0.02,0.01,0.1,0.152,0.29,0.45,0.5,", lines[2]);
		assertEquals("\"b,x\",toy,0.0,0.0,0.0,0.0,,1.0,,,,,", lines[3]);
	}

	@Test
	void csvQuotesPerRfc4180() {
		assertEquals("plain", ResultCsvWriter.quote("plain"));
		assertEquals("\"a,b\"", ResultCsvWriter.quote("a,b"));
		assertEquals("\"say \"\"hi\"\"\"", ResultCsvWriter.quote("say \"hi\""));
		assertEquals("\"two\nlines\"", ResultCsvWriter.quote("two\nlines"));
	}

	@Test
	void csvFileIsWritten() throws IOException {
		Path file = dir.resolve("out.csv");
		ResultCsvWriter.write(results(), file);
		assertEquals(ResultCsvWriter.toCsv(results()), Files.readString(file));
		assertEquals(List.of(file), list(dir));
	}

	@Test
	void jsonHasProvenanceAxesColumnsAndSeries() throws IOException {
		Path file = dir.resolve("out.json");
		ResultJsonWriter.write(results(), file);
		JsonObject root = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
		JsonObject provenance = root.getAsJsonObject("provenance");
		assertEquals("demo", provenance.get("experiment").getAsString());
		assertEquals("/tmp/demo.qci", provenance.get("file").getAsString());
		assertEquals("ff00", provenance.get("sha256").getAsString());
		assertEquals("fibre.length=50 km", provenance.getAsJsonArray("overrides").get(0).getAsString());
		assertEquals("0.1.0", provenance.getAsJsonObject("bundles").get("org.openqci.core").getAsString());
		assertEquals("2025-01-02T03:04:05Z", provenance.get("created").getAsString());
		assertEquals(0, provenance.getAsJsonObject("seeds").size());

		JsonObject axis = root.getAsJsonArray("axes").get(0).getAsJsonObject();
		assertEquals("fibre.length", axis.get("path").getAsString());
		assertEquals("Length", axis.get("label").getAsString());
		assertEquals("km", axis.get("unit").getAsString());
		assertEquals("fibre.length [km]", root.getAsJsonArray("columns").get(2).getAsString());

		JsonArray series = root.getAsJsonArray("series");
		assertEquals(2, series.size());
		JsonObject a = series.get(0).getAsJsonObject();
		assertEquals("a", a.get("link").getAsString());
		assertEquals("Link, \"a\"", a.get("name").getAsString());
		assertEquals("bb84", a.get("protocol").getAsString());
		JsonArray points = a.getAsJsonArray("points");
		assertEquals(2, points.size());
		JsonObject p = points.get(1).getAsJsonObject();
		assertEquals(50.0, p.getAsJsonArray("coordinates").get(0).getAsDouble());
		assertEquals(1.25e-5, p.get("keyRatePerPulse").getAsDouble());
		assertEquals(12500.0, p.get("keyRatePerSecond").getAsDouble());
		assertEquals(0.02, p.get("qber").getAsDouble());
		assertEquals(0.01, p.get("gain").getAsDouble());
		assertEquals(0.1, p.get("channelTransmittance").getAsDouble());
		assertEquals(0.152, p.get("plob").getAsDouble());
		assertEquals(0.29, p.get("tgw").getAsDouble());
		assertEquals(0.45, p.getAsJsonObject("optimised").get("source.mu").getAsDouble());
		assertEquals(0.5, p.getAsJsonObject("details").get("Y1").getAsDouble());
		assertTrue(p.getAsJsonObject("details").get("bad").isJsonNull());

		JsonObject b = series.get(1).getAsJsonObject().getAsJsonArray("points").get(0).getAsJsonObject();
		assertTrue(b.get("gain").isJsonNull());
		assertTrue(b.get("plob").isJsonNull());
		assertEquals(List.of(file), list(dir));
	}

	@Test
	void failedWritesLeaveNoPartialFile() throws IOException {
		Path csv = dir.resolve("keep.csv");
		Path json = dir.resolve("keep.json");
		Files.writeString(csv, "old csv");
		Files.writeString(json, "old json");
		List<ResultRow> rows = new ArrayList<>(results().rows());
		rows.add(new ResultRow("c", "C", "toy", null, 0, 0, 0, 0, 0, 0, 0, Map.of(), Map.of()));
		ResultSet bad = new ResultSet(results().axes(), rows, results().provenance());
		assertThrows(RuntimeException.class, () -> ResultCsvWriter.write(bad, csv));
		assertThrows(RuntimeException.class, () -> ResultJsonWriter.write(bad, json));
		assertEquals("old csv", Files.readString(csv));
		assertEquals("old json", Files.readString(json));
		assertEquals(List.of(csv, json), list(dir));
		Path directory = Files.createDirectory(dir.resolve("taken.json"));
		Files.writeString(directory.resolve("inside"), "x");
		assertThrows(IOException.class, () -> ResultJsonWriter.write(results(), directory));
		assertEquals(List.of(csv, json, directory), list(dir));
	}

	private static List<Path> list(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.sorted().toList();
		}
	}
}
