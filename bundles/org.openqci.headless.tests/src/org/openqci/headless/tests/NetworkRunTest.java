/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqci.headless.ExitCodes;

/**
 * {@code openqci run} on an experiment with a network: the European example (its passes and
 * pools cut to a day) writes the network's files and one summary line per demand; a cancelled
 * run writes nothing; a network error is one line naming the element.
 */
class NetworkRunTest {

	@TempDir
	Path tmp;

	@BeforeAll
	static void findRegistry() throws Exception {
		RunCommandTest.registry = TestEnvironment.registry();
	}

	private Path oneDay() throws Exception {
		String text = Files.readString(TestEnvironment.repository().resolve("examples/european-backbone.qci"))
				.replace("end=\"2026-06-08T00:00:00Z\"", "end=\"2026-06-02T00:00:00Z\"")
				.replace("<pools days=\"7\"", "<pools days=\"1\"");
		Path file = tmp.resolve("backbone.qci");
		Files.writeString(file, text);
		return file;
	}

	@Test
	void aNetworkRunWritesItsFilesAndALinePerDemand() throws Exception {
		Path out = tmp.resolve("out");
		RunCommandTest.Outcome r = RunCommandTest.run(oneDay().toString(), "--out", out.toString());
		assertEquals(ExitCodes.OK, r.code(), r.describe());
		List<String> files = RunCommandTest.list(out).stream().map(p -> p.getFileName().toString()).toList();
		assertTrue(files.containsAll(List.of("results.csv", "results.json", "network-links.csv",
				"network-throughput.csv", "network-whatif.csv", "network-map.png", "key-pools.csv", "key-stock.csv",
				"key-stock.png", "passes.csv", "ground-track.png")), files.toString());
		assertEquals(35, Files.readAllLines(out.resolve("network-links.csv")).size(), "a header and 34 links");
		assertEquals(7, Files.readAllLines(out.resolve("network-throughput.csv")).size(), "a header and 6 demands");
		List<String> lines = r.outLines();
		assertTrue(lines.get(0).startsWith("Network[34 nodes, 34 links, 6 demands], routing MAX_FLOW"), r.describe());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("paris-brussels") && l.contains("saint-quentin--mons")),
				r.describe());
		String pools = Files.readString(out.resolve("key-pools.csv"));
		assertTrue(pools.startsWith("kind,id,requests,served,refused,waiting"), pools);
	}

	@Test
	void aCancelledNetworkRunWritesNothing() throws Exception {
		Path out = tmp.resolve("cancelled");
		RunCommandTest.Outcome r = RunCommandTest.run(new AtomicBoolean(true), oneDay().toString(), "--out",
				out.toString());
		assertEquals(ExitCodes.CANCELLED, r.code(), r.describe());
		assertEquals(List.of(), RunCommandTest.list(out));
	}

	@Test
	void aNetworkErrorNamesTheFileAndTheElement() throws Exception {
		Path file = tmp.resolve("bad.qci");
		Files.writeString(file, Files.readString(oneDay()).replace("from=\"madrid\" to=\"paris\"",
				"from=\"madrid\" to=\"paris-tn\""));
		RunCommandTest.Outcome r = RunCommandTest.run(file.toString(), "--out", tmp.resolve("bad").toString());
		assertEquals(ExitCodes.BAD_INPUT, r.code(), r.describe());
		assertEquals(List.of("openqci: " + file + ": network / demand 'madrid-paris': to: node 'paris-tn' is a "
				+ "trustedNode; demands join user sites"), r.errLines());
		assertEquals(List.of(), RunCommandTest.list(tmp.resolve("bad")));
	}
}
