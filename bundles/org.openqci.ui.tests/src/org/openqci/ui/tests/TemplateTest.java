/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqci.core.validation.ExperimentValidator;
import org.openqci.core.validation.Problem;
import org.openqci.ui.ModelRegistryAccess;
import org.openqci.ui.navigator.ExperimentTemplate;

/** A new experiment ("New Experiment" in the navigator) is valid against the installed models. */
class TemplateTest {

	@Test
	void theNewExperimentTemplateValidates() throws Exception {
		assertTrue(UiTestSupport.spinUntil(() -> ModelRegistryAccess.find().isPresent(), 10_000),
				"the model registry service is available");
		List<Problem> problems = new ExperimentValidator(ModelRegistryAccess.get())
				.validate(ExperimentTemplate.create("New"));
		assertEquals(List.of(), problems.stream().map(Problem::toString).toList());
	}
}
