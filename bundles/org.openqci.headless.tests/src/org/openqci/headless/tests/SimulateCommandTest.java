/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqci.core.registry.ModelRegistry;
import org.openqci.headless.CommandContext;
import org.openqci.headless.CommandLine;
import org.openqci.headless.ExitCodes;

/** {@code openqci simulate} on the finite-key example: blocks distilled, keys written, bad input named. */
class SimulateCommandTest {

	private static ModelRegistry registry;

	@TempDir
	Path tmp;

	private record Outcome(int code, String out, String err) {
	}

	@BeforeAll
	static void findRegistry() throws Exception {
		registry = TestEnvironment.registry();
	}

	private static Outcome run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = CommandLine.standard().execute(List.of(args),
				CommandContext.of(new PrintStream(out, true, StandardCharsets.UTF_8),
						new PrintStream(err, true, StandardCharsets.UTF_8), registry));
		return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static String example() {
		return TestEnvironment.repository().resolve("examples/lim2014-finite-key-bb84.qci").toString();
	}

	@Test
	void simulatesBlocksOfTheLinkAndWritesTheirKeys() throws Exception {
		Path keys = tmp.resolve("keys.txt");
		Outcome r = run("simulate", example(), "--link", "nx1e6", "--seconds", "0.05", "--seed", "3", "--keys",
				keys.toString());
		assertEquals(ExitCodes.OK, r.code(), r.err());
		List<String> lines = r.out().lines().toList();
		assertTrue(lines.get(0).matches("\\d+ block\\(s\\) of \\d+ pulses .*, error correction: Cascade \\(optimised\\)"),
				lines.get(0));
		long blocks = lines.stream().filter(l -> l.matches("\\d+\t.*")).count();
		assertTrue(blocks >= 1);
		assertTrue(lines.stream().filter(l -> l.matches("\\d+\t.*")).allMatch(l -> l.endsWith("\tok")), r.out());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("total: ") && l.contains(blocks + " blocks (0 without key)")),
				r.out());
		List<String> keyLines = Files.readAllLines(keys);
		assertEquals(blocks, keyLines.size());
		String[] first = keyLines.get(0).split("\t");
		assertTrue(Integer.parseInt(first[1]) > 1000, keyLines.get(0));
		assertEquals((Integer.parseInt(first[1]) + 7) / 8 * 2, first[2].length());

		Outcome again = run("simulate", example(), "--link", "nx1e6", "--seconds", "0.05", "--seed", "3");
		assertEquals(r.out().replace(keys.toString() + "\n", ""), again.out(), "the same seed gives the same run");
	}

	@Test
	void aLinkWithAnotherProtocolIsRefusedWithTheReason() {
		Outcome r = run("simulate", example(), "--link", "asymptotic");
		assertEquals(ExitCodes.BAD_INPUT, r.code());
		assertTrue(r.err().contains("link 'asymptotic' uses protocol bb84-decoy-three-intensity; the simulator runs "
				+ "bb84-decoy-finite-key"), r.err());
	}

	@Test
	void badArgumentsAreUsageErrors() {
		assertEquals(ExitCodes.BAD_INPUT, run("simulate").code());
		Outcome r = run("simulate", example(), "--seconds", "-1");
		assertEquals(ExitCodes.BAD_INPUT, r.code());
		assertTrue(r.err().contains("--seconds must be positive"), r.err());
		r = run("simulate", example(), "--link", "nowhere");
		assertTrue(r.err().contains("no link 'nowhere' (links: nx1e4, nx1e5"), r.err());
		r = run("simulate", example(), "--correction", "turbo");
		assertEquals(ExitCodes.BAD_INPUT, r.code());
		assertTrue(r.err().contains("no error correction 'turbo' (available: cascade-optimised, cascade-original"),
				r.err());
	}

	@Test
	void theErrorCorrectionIsChosenByItsId() {
		Outcome r = run("simulate", example(), "--link", "nx1e5", "--seconds", "0.02", "--correction",
				"cascade-original");
		assertEquals(ExitCodes.OK, r.code(), r.err());
		assertTrue(r.out().lines().findFirst().orElseThrow().endsWith("error correction: Cascade (original)"), r.out());
	}
}
