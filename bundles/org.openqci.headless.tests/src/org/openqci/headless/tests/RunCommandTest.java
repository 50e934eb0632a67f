/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqci.core.registry.ModelRegistry;
import org.openqci.headless.CommandContext;
import org.openqci.headless.CommandLine;
import org.openqci.headless.ExitCodes;
import org.openqci.headless.RunCommand;
import org.openqci.model.Experiment;
import org.openqci.model.SweepAxis;
import org.openqci.model.files.ExperimentFiles;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code openqci run} end to end with the real contributed models from OSGi: the GYS example
 * gives the three files, and each kind of bad input gives exit code 2, one message line and no
 * files.
 */
class RunCommandTest {

	static ModelRegistry registry;

	@TempDir
	Path tmp;

	@BeforeAll
	static void findRegistry() throws Exception {
		registry = TestEnvironment.registry();
	}

	/** What a run printed and returned. */
	record Outcome(int code, String out, String err) {
		List<String> errLines() {
			return err.lines().filter(l -> !l.isBlank()).toList();
		}

		List<String> outLines() {
			return out.lines().toList();
		}

		String describe() {
			return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
		}
	}

	static Outcome run(String... args) {
		return run(new AtomicBoolean(), args);
	}

	static Outcome run(AtomicBoolean cancelled, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			CommandContext context = new CommandContext(o, e, () -> registry, cancelled, false, false);
			int code = CommandLine.invoke(new RunCommand(), List.of(args), context);
			return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}
	}

	static String sha256(Path file) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

	static List<Path> list(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.sorted().toList();
		}
	}

	// --- success ------------------------------------------------------------------------------

	@Test
	void gysExampleGivesCsvJsonAndPng() throws Exception {
		Path example = TestEnvironment.gysExample();
		Path out = tmp.resolve("results");
		Outcome r = run(example.toString(), "--out", out.toString());
		assertEquals(ExitCodes.OK, r.code(), r.describe());

		Path csv = out.resolve(RunCommand.CSV);
		Path json = out.resolve(RunCommand.JSON);
		Path png = out.resolve(RunCommand.PNG);
		assertEquals(List.of(png, csv, json), list(out), "exactly the three files, no leftovers");

		// the three paths are the last lines of stdout
		List<String> lines = r.outLines();
		assertEquals(List.of(csv.toString(), json.toString(), png.toString()),
				lines.subList(lines.size() - 3, lines.size()), r.describe());

		List<String> csvLines = Files.readAllLines(csv).stream().filter(l -> !l.isBlank()).toList();
		String header = csvLines.get(0);
		assertAll(() -> assertTrue(header.contains("[km]"), header),
				() -> assertTrue(header.contains("[bit/pulse]"), header),
				() -> assertTrue(header.contains("[bit/s]"), header),
				() -> assertTrue(header.contains("QBER"), header));
		Experiment experiment = ExperimentFiles.load(example);
		int points = 1;
		for (SweepAxis axis : experiment.getSweep().getAxes()) {
			points *= axis.getSteps();
		}
		assertEquals(experiment.getLinks().size() * points, csvLines.size() - 1, "rows = links x points");

		JsonObject root = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
		JsonObject provenance = root.getAsJsonObject("provenance");
		assertNotNull(provenance, "no provenance in the JSON");
		assertEquals(sha256(example), provenance.get("sha256").getAsString());
		assertEquals(experiment.getLinks().size(), root.getAsJsonArray("series").size());

		BufferedImage image = ImageIO.read(png.toFile());
		assertNotNull(image, "keyrate.png is not a readable PNG");
		assertEquals(1200, image.getWidth());
		assertEquals(800, image.getHeight());
	}

	@Test
	void summaryNamesEveryLinkWithItsReach() throws Exception {
		Outcome r = run(TestEnvironment.gysExample().toString(), "--out", tmp.resolve("o").toString());
		assertEquals(ExitCodes.OK, r.code(), r.describe());
		assertTrue(r.out().contains("key up to [km]"), r.out());
		for (String name : List.of("Infinite decoy", "Vacuum + weak decoy (nu = 0.05)", "GLLP (no decoy)")) {
			assertTrue(r.outLines().stream().anyMatch(l -> l.startsWith(name)), name + " missing in\n" + r.out());
		}
	}

	@Test
	void setOverridesAParameterAndIsRecorded() throws Exception {
		Path out = tmp.resolve("o");
		Outcome r = run(TestEnvironment.gysExample().toString(), "--out", out.toString(), "--set",
				"fibre.attenuation=0.3 dB/km");
		assertEquals(ExitCodes.OK, r.code(), r.describe());
		JsonObject provenance = JsonParser.parseString(Files.readString(out.resolve(RunCommand.JSON)))
				.getAsJsonObject().getAsJsonObject("provenance");
		assertEquals("fibre.attenuation=0.3 dB/km", provenance.getAsJsonArray("overrides").get(0).getAsString());
	}

	@Test
	void existingResultsAreReplaced() throws Exception {
		Path out = tmp.resolve("o");
		Files.createDirectories(out);
		Files.writeString(out.resolve(RunCommand.CSV), "old");
		Outcome r = run(TestEnvironment.gysExample().toString(), "--out", out.toString());
		assertEquals(ExitCodes.OK, r.code(), r.describe());
		assertTrue(Files.readString(out.resolve(RunCommand.CSV)).startsWith("link,"));
	}

	// --- cancellation -------------------------------------------------------------------------

	@Test
	void cancelledRunWritesNothing() throws Exception {
		Path out = tmp.resolve("o");
		Outcome r = run(new AtomicBoolean(true), TestEnvironment.gysExample().toString(), "--out", out.toString());
		assertEquals(ExitCodes.CANCELLED, r.code(), r.describe());
		assertTrue(r.errLines().contains("openqci: cancelled"), r.describe());
		assertEquals(List.of(), list(out));
	}

	// --- bad input: exit code 2, one line, no files ------------------------------------------

	/** Runs a file that must be rejected and checks exit code 2, a single message line, and no output. */
	Outcome rejected(Path file, String... more) throws IOException {
		Path out = tmp.resolve("rejected-out");
		String[] args = Stream.concat(Stream.of(file.toString(), "--out", out.toString()), Stream.of(more))
				.toArray(String[]::new);
		Outcome r = run(args);
		assertEquals(ExitCodes.BAD_INPUT, r.code(), r.describe());
		assertEquals(1, r.errLines().size(), "one message line expected:\n" + r.describe());
		assertTrue(r.errLines().get(0).startsWith("openqci: "), r.describe());
		assertFalse(r.err().contains("\tat "), "no stack trace expected:\n" + r.describe());
		assertEquals("", r.out(), "nothing on stdout expected:\n" + r.describe());
		assertFalse(Files.exists(out), "no output folder expected");
		return r;
	}

	/** A copy of the GYS example with {@code target} replaced once by {@code replacement}. */
	Path variant(String name, String target, String replacement) throws IOException {
		String text = Files.readString(TestEnvironment.gysExample());
		assertTrue(text.contains(target), "the example no longer contains " + target);
		Path file = tmp.resolve(name);
		Files.writeString(file, text.replaceFirst(Pattern.quote(target), replacement));
		return file;
	}

	@Test
	void missingFile() throws IOException {
		Path file = tmp.resolve("no-such-experiment.qci");
		Outcome r = rejected(file);
		assertEquals("openqci: " + file + ": file not found", r.errLines().get(0));
	}

	@Test
	void brokenXml() throws IOException {
		Path file = variant("broken.qci", "</qci:Experiment>", "</qci:Experimen>");
		String line = rejected(file).errLines().get(0);
		assertTrue(line.matches(Pattern.quote("openqci: " + file) + ":\\d+:\\d+: .+"), line);
	}

	@Test
	void unknownKind() throws IOException {
		Path file = variant("unknown-kind.qci", "kind=\"bb84-gllp\"", "kind=\"bb84-warp-drive\"");
		String line = rejected(file).errLines().get(0);
		assertTrue(line.startsWith("openqci: " + file + ": "), line);
		assertTrue(line.contains("bb84-warp-drive") && line.contains("unknown"), line);
	}

	@Test
	void missingParameterValue() throws IOException {
		Path file = variant("missing-value.qci", "<parameters name=\"efficiency\" value=\"0.045\"/>",
				"<parameters name=\"efficiency\"/>");
		String line = rejected(file).errLines().get(0);
		assertTrue(line.startsWith("openqci: " + file + ": "), line);
		assertTrue(line.contains("efficiency") && line.contains("missing value"), line);
	}

	@Test
	void valueOutOfRange() throws IOException {
		Path file = variant("out-of-range.qci", "<parameters name=\"efficiency\" value=\"0.045\"/>",
				"<parameters name=\"efficiency\" value=\"1.5\"/>");
		String line = rejected(file).errLines().get(0);
		assertTrue(line.startsWith("openqci: " + file + ": "), line);
		assertTrue(line.contains("efficiency") && line.contains("1.5") && line.contains("outside"), line);
	}

	@Test
	void protocolConfigurationProblemIsRejectedBeforeTheRun() throws IOException {
		// a weak decoy brighter than the signal: each value in its range, no valid decoy-state protocol
		Path file = TestEnvironment.repository().resolve("examples/lim2014-finite-key-bb84.qci");
		String line = rejected(file, "--set", "nx1e4.source.nu=0.9").errLines().get(0);
		assertTrue(line.startsWith("openqci: " + file + ": link 'nx1e4' / protocol 'bb84-decoy-finite-key': "),
				line);
		assertTrue(line.contains("nu"), line);
	}

	@Test
	void detectorOfTheWrongSchemeIsRejected() throws IOException {
		// BB84 with a homodyne receiver: the validator names the scheme and what the protocol supports
		Path file = variant("homodyne-bb84.qci", """
				<detector kind="threshold-detector">
				      <parameters name="efficiency" value="0.045"/>
				      <parameters name="darkCountProbability" value="1.7E-6"/>
				      <parameters name="misalignment" value="0.033"/>
				    </detector>""", "<detector kind=\"homodyne-detector\"/>");
		String line = rejected(file).errLines().get(0);
		assertTrue(line.contains("homodyne") && line.contains("photon-counting"), line);
	}

	@Test
	void unknownSetName() throws IOException {
		Path file = TestEnvironment.gysExample();
		String line = rejected(file, "--set", "fibre.attenuaton=0.2").errLines().get(0);
		assertTrue(line.startsWith("openqci: " + file + ": "), line);
		assertTrue(line.contains("fibre.attenuaton") && line.contains("unknown parameter"), line);
	}

	@Test
	void malformedSet() throws IOException {
		String line = rejected(TestEnvironment.gysExample(), "--set", "fibre.attenuation").errLines().get(0);
		assertTrue(line.startsWith("openqci: --set: "), line);
		assertTrue(line.contains("fibre.attenuation") && line.contains("="), line);
	}

	@Test
	void missingFileArgument() {
		Outcome r = run("--out", tmp.resolve("o").toString());
		assertEquals(ExitCodes.BAD_INPUT, r.code(), r.describe());
		assertEquals(List.of("openqci: run: missing FILE (see 'openqci run --help')"), r.errLines());
	}

	// --- the command line around the command ---------------------------------------------------

	@Test
	void helpListsOnlyBuiltCommands() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = CommandLine.standard().execute(List.of("--help"),
				CommandContext.of(new PrintStream(out, true, StandardCharsets.UTF_8),
						new PrintStream(err, true, StandardCharsets.UTF_8), registry));
		String help = out.toString(StandardCharsets.UTF_8);
		assertEquals(ExitCodes.OK, code);
		assertTrue(help.contains("run FILE [--out DIR] [--set NAME=VALUE]..."), help);
		assertFalse(help.contains("sweep"), "help offers 'sweep':\n" + help);
		assertTrue(help.contains("kme pki DIR"), help);
	}

	@Test
	void unknownCommandIsBadInput() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = CommandLine.standard().execute(List.of("frobnicate"),
				CommandContext.of(new PrintStream(new ByteArrayOutputStream()),
						new PrintStream(err, true, StandardCharsets.UTF_8), registry));
		assertEquals(ExitCodes.BAD_INPUT, code);
		assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("openqci: unknown command 'frobnicate'"));
	}

	@Test
	void noRegistryIsAClearError() throws IOException {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new RunCommand().execute(List.of(TestEnvironment.gysExample().toString(), "--out",
				tmp.resolve("o").toString()), new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8), null);
		assertEquals(ExitCodes.INTERNAL_ERROR, code);
		assertTrue(err.toString(StandardCharsets.UTF_8).contains(ModelRegistry.class.getName()));
		assertFalse(Files.exists(tmp.resolve("o")));
	}
}
