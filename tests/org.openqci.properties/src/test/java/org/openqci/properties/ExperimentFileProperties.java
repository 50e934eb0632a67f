/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.properties;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.openqci.model.Experiment;
import org.openqci.model.files.ExperimentFileException;
import org.openqci.model.files.ExperimentFiles;

/**
 * Loading an experiment file never crashes: whatever the bytes, {@link ExperimentFiles#load}
 * returns an experiment or throws {@link ExperimentFileException} whose one-line message names
 * the file. Damaged copies of the bundled GYS example are the inputs.
 */
class ExperimentFileProperties {

	private static Path dir;
	private static byte[] example;

	@BeforeContainer
	static void setUp() throws IOException {
		dir = Files.createTempDirectory("qci-properties");
		Path repo = Paths.get(System.getProperty("openqci.repo", "../.."));
		example = Files.readAllBytes(repo.resolve("examples/gys-decoy-bb84.qci"));
	}

	@AfterContainer
	static void tearDown() throws IOException {
		try (var files = Files.list(dir)) {
			for (Path p : files.toList()) {
				Files.deleteIfExists(p);
			}
		}
		Files.deleteIfExists(dir);
	}

	@Property(tries = 300)
	void truncatedOrSplicedFilesFailCleanly(@ForAll @IntRange(min = 0, max = 100_000) int cut,
			@ForAll @IntRange(min = 0, max = 200) int removed) throws IOException {
		int from = cut % (example.length + 1);
		int to = Math.min(example.length, from + removed);
		byte[] damaged = new byte[example.length - (to - from)];
		System.arraycopy(example, 0, damaged, 0, from);
		System.arraycopy(example, to, damaged, from, example.length - to);
		check(damaged);
	}

	@Property(tries = 300)
	void arbitraryTextFailsCleanly(@ForAll String text) throws IOException {
		check(text.getBytes(StandardCharsets.UTF_8));
	}

	private static void check(byte[] content) throws IOException {
		Path file = Files.createTempFile(dir, "damaged", ".qci");
		Files.write(file, content);
		try {
			Experiment e = ExperimentFiles.load(file);
			assertNotNull(e);
		} catch (ExperimentFileException e) {
			String message = e.getMessage();
			assertTrue(message.contains(file.getFileName().toString()), "message names the file: " + message);
			assertFalse(message.contains("\n"), "one line: " + message);
		} finally {
			Files.deleteIfExists(file);
		}
	}
}
