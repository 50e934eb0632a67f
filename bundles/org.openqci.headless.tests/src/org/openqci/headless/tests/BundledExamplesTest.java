/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqci.core.engine.ExperimentEngine;
import org.openqci.core.engine.RunOptions;
import org.openqci.core.registry.ModelRegistry;
import org.openqci.core.results.ResultRow;
import org.openqci.core.results.ResultSet;
import org.openqci.core.validation.ExperimentValidator;
import org.openqci.core.validation.Problem;
import org.openqci.model.Experiment;
import org.openqci.model.files.ExperimentFiles;
import org.openqci.network.experiment.NetworkReport;

/**
 * Every experiment in {@code examples/} loads, validates without errors against the installed
 * models and runs: the README and the docs point users at these files, so they must stay true to
 * the code. Each link must have key somewhere on its sweep, every rate is finite and never
 * negative; in a network, every link has key and every demand gets some.
 */
class BundledExamplesTest {

	@TestFactory
	Stream<DynamicTest> everyExampleValidatesAndRuns() throws IOException {
		List<Path> examples;
		try (Stream<Path> files = Files.list(TestEnvironment.repository().resolve("examples"))) {
			examples = files.filter(p -> p.getFileName().toString().endsWith(".qci")).sorted().toList();
		}
		assertFalse(examples.isEmpty(), "no examples found");
		return examples.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
			ModelRegistry registry = TestEnvironment.registry();
			Experiment experiment = ExperimentFiles.load(file);
			List<Problem> errors = new ExperimentValidator(registry).validate(experiment).stream()
					.filter(Problem::isError).toList();
			assertEquals(List.of(), errors, file + " has validation errors");
			ResultSet results = new ExperimentEngine(registry).run(experiment, RunOptions.none(), null);
			for (ResultRow row : results.rows()) {
				assertTrue(Double.isFinite(row.secretKeyPerPulse()) && row.secretKeyPerPulse() >= 0,
						"rate " + row.secretKeyPerPulse() + " in " + row);
			}
			results.rowsByLink().forEach((link, rows) -> assertTrue(
					rows.stream().anyMatch(r -> r.secretKeyPerPulse() > 0), "link '" + link + "' of " + file
							+ " has no key anywhere on its sweep"));
			if (experiment.getNetwork() != null) {
				NetworkReport report = NetworkReport.run(experiment, registry, RunOptions.none(), null);
				report.evaluated().network().links().forEach(link -> assertTrue(link.keyRate() > 0,
						"network link " + link.id() + " of " + file + " has no key"));
				report.throughputs().forEach(t -> assertTrue(t.bitsPerSecond() > 0,
						"no key between " + t.from() + " and " + t.to() + " in " + file));
			}
		}));
	}
}
