/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqci.core.fakes.Experiments.axis;
import static org.openqci.core.fakes.Experiments.link;
import static org.openqci.core.fakes.Experiments.oneLink;
import static org.openqci.core.fakes.Experiments.value;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.openqci.core.fakes.FakeModels;
import org.openqci.core.registry.StaticModelRegistry;
import org.openqci.core.spi.ComponentRole;
import org.openqci.core.spi.ModelContribution;
import org.openqci.model.ChannelSegment;
import org.openqci.model.Experiment;
import org.openqci.model.Link;
import org.openqci.model.ParameterValue;

class ExperimentValidatorTest {

	private final ExperimentValidator validator = new ExperimentValidator(FakeModels.registry());

	private List<Problem> errors(Experiment e) {
		return validator.validate(e).stream().filter(Problem::isError).toList();
	}

	/** Asserts exactly one error, with this element path and message, and returns it. */
	private Problem onlyError(Experiment e, String elementPath, String message) {
		List<Problem> errors = errors(e);
		assertEquals(1, errors.size(), errors.toString());
		Problem p = errors.get(0);
		assertEquals(elementPath + ": " + message, p.toString());
		return p;
	}

	private static ChannelSegment fibre(Experiment e) {
		return e.getLinks().get(0).getChannels().get(0);
	}

	@Test
	void validExperimentHasNoProblems() {
		assertEquals(List.of(), validator.validate(oneLink()));
	}

	@Test
	void missingName() {
		Experiment e = oneLink();
		e.setName(" ");
		onlyError(e, "experiment", "missing experiment name");
	}

	@Test
	void noLinks() {
		Experiment e = oneLink();
		e.getLinks().clear();
		onlyError(e, "experiment 'test'", "the experiment has no links (add at least one)");
	}

	@Test
	void unknownKind() {
		Experiment e = oneLink();
		fibre(e).setKind("fibr");
		Problem p = onlyError(e, "link 'a' / channel 'fibre'", "unknown channel kind 'fibr' (available: fibre)");
		assertSame(fibre(e), p.element());
		assertEquals("kind", p.feature().getName());
	}

	@Test
	void missingKind() {
		Experiment e = oneLink();
		e.getLinks().get(0).getDetector().setKind(null);
		onlyError(e, "link 'a' / detector", "missing detector kind (available: spad)");
	}

	@Test
	void unknownParameter() {
		Experiment e = oneLink();
		ParameterValue v = value(fibre(e), "lenght", 5, "km");
		Problem p = onlyError(e, "link 'a' / channel 'fibre' / parameter 'lenght'",
				"unknown parameter 'lenght' for channel 'fibre' (parameters: length, attenuation)");
		assertSame(v, p.element());
	}

	@Test
	void missingValue() {
		Experiment e = oneLink();
		fibre(e).getParameters().get(0).unsetValue();
		onlyError(e, "link 'a' / channel 'fibre' / parameter 'length'", "missing value (expected a value in [0, 1000] km)");
	}

	@Test
	void missingRequiredParameter() {
		Experiment e = oneLink();
		fibre(e).getParameters().clear();
		Problem p = onlyError(e, "link 'a' / channel 'fibre'",
				"missing value for required parameter 'length' [km] (allowed: [0, 1000] km)");
		assertEquals("parameters", p.feature().getName());
	}

	@Test
	void requiredParameterThatIsSweptNeedsNoValue() {
		Experiment e = oneLink();
		fibre(e).getParameters().clear();
		axis(e, "fibre.length", 0, 100, 11, "km");
		assertEquals(List.of(), validator.validate(e));
	}

	@Test
	void valueOutOfRange() {
		Experiment e = oneLink();
		value(e.getLinks().get(0).getSource(), "mu", 1.5, "");
		onlyError(e, "link 'a' / source 'laser' / parameter 'mu'", "value 1.5 is outside [0, 1]");
	}

	@Test
	void valueOutOfRangeAfterConversion() {
		Experiment e = oneLink();
		fibre(e).getParameters().get(0).setValue(1_500_000);
		fibre(e).getParameters().get(0).setUnit("m");
		onlyError(e, "link 'a' / channel 'fibre' / parameter 'length'",
				"value 1500 km (1500000 m) is outside [0, 1000] km");
	}

	@Test
	void convertibleUnitIsFine() {
		Experiment e = oneLink();
		fibre(e).getParameters().get(0).setValue(20_000);
		fibre(e).getParameters().get(0).setUnit("m");
		assertEquals(List.of(), validator.validate(e));
	}

	@Test
	void wrongUnit() {
		Experiment e = oneLink();
		fibre(e).getParameters().get(0).setUnit("m/s");
		Problem p = onlyError(e, "link 'a' / channel 'fibre' / parameter 'length'",
				"unit 'm/s' is not compatible with 'km' (use km, m, cm, mm, um or nm)");
		assertEquals("unit", p.feature().getName());
	}

	@Test
	void unitOnDimensionlessParameter() {
		Experiment e = oneLink();
		value(e.getLinks().get(0).getDetector(), "efficiency", 0.2, "dB");
		onlyError(e, "link 'a' / detector 'spad' / parameter 'efficiency'",
				"unit 'dB' is not compatible with '1' (the parameter is dimensionless: leave the unit empty)");
	}

	@Test
	void nonInteger() {
		Experiment e = oneLink();
		value(e.getLinks().get(0).getDetector(), "deadGates", 2.5, "");
		onlyError(e, "link 'a' / detector 'spad' / parameter 'deadGates'",
				"value 2.5 is not a whole number (parameter 'deadGates' takes whole numbers in [0, 100])");
	}

	@Test
	void duplicateParameter() {
		Experiment e = oneLink();
		value(fibre(e), "length", 20, "km");
		onlyError(e, "link 'a' / channel 'fibre' / parameter 'length'",
				"duplicate parameter 'length' (already set in this channel)");
	}

	@Test
	void optimiseOnlyWhereAllowed() {
		Experiment e = oneLink();
		fibre(e).getParameters().get(0).setOptimise(true);
		onlyError(e, "link 'a' / channel 'fibre' / parameter 'length'",
				"parameter 'length' cannot be optimised (channel 'fibre' does not mark it optimisable)");
	}

	@Test
	void optimisedParameterNeedsNoValue() {
		Experiment e = oneLink();
		ParameterValue mu = value(e.getLinks().get(0).getSource(), "mu", 0, "");
		mu.unsetValue();
		mu.setOptimise(true);
		assertEquals(List.of(), validator.validate(e));
	}

	@Test
	void badLinkId() {
		Experiment e = oneLink();
		e.getLinks().get(0).setId("1 bad");
		onlyError(e, "link '1 bad'", "link id '1 bad' is not valid (use a letter followed by letters, digits, '_' or '-')");
	}

	@Test
	void missingLinkId() {
		Experiment e = oneLink();
		e.getLinks().get(0).setId(null);
		onlyError(e, "link #1", "missing link id");
	}

	@Test
	void duplicateLinkIds() {
		Experiment e = oneLink();
		e.getLinks().add(link("a"));
		Problem p = onlyError(e, "link 'a'", "duplicate link id 'a' (link ids must be unique)");
		assertSame(e.getLinks().get(1), p.element());
	}

	@Test
	void missingChannel() {
		Experiment e = oneLink();
		e.getLinks().get(0).getChannels().clear();
		onlyError(e, "link 'a'", "the link has no channel segment (add at least one)");
	}

	@Test
	void missingComponents() {
		Experiment e = oneLink();
		Link link = e.getLinks().get(0);
		link.setSource(null);
		link.setProtocol(null);
		List<String> messages = errors(e).stream().map(Problem::toString).toList();
		assertEquals(List.of("link 'a': missing source", "link 'a': missing protocol"), messages);
	}

	@Test
	void segmentNames() {
		Experiment e = oneLink();
		ChannelSegment second = link("b").getChannels().get(0);
		e.getLinks().get(0).getChannels().add(second);
		onlyError(e, "link 'a' / channel 'fibre'", "duplicate segment name 'fibre' in this link");
		second.setName("detector");
		onlyError(e, "link 'a' / channel 'detector'",
				"segment name 'detector' is reserved (source, detector and protocol name link components)");
		second.setName(null);
		onlyError(e, "link 'a' / channel #2", "missing segment name");
	}

	@Test
	void protocolMustSupportTheDetectionScheme() {
		Experiment e = oneLink();
		e.getLinks().get(0).getDetector().setKind("homodyne");
		e.getLinks().get(0).getDetector().getParameters().clear();
		List<ModelContribution> models = new ArrayList<>();
		for (ComponentRole role : ComponentRole.values()) {
			models.addAll(FakeModels.registry().all(role));
		}
		models.add(new FakeModels.Homodyne());
		List<Problem> errors = new ExperimentValidator(new StaticModelRegistry(models)).validate(e).stream()
				.filter(Problem::isError).toList();
		assertEquals(List.of("link 'a' / protocol 'toy': protocol 'toy' does not work with homodyne detection like "
				+ "detector 'homodyne' (supports: photon-counting)"), errors.stream().map(Problem::toString).toList());
	}

	@Test
	void protocolConfigurationProblemsAreErrors() {
		Experiment e = oneLink();
		value(e.getLinks().get(0).getSource(), "mu", 0.01, "");
		Problem p = onlyError(e, "link 'a' / protocol 'toy'", "mu0 (0.3) must be at most ten times the signal intensity");
		assertEquals(e.getLinks().get(0).getProtocol(), p.element());
	}

	@Test
	void protocolMustSupportTheSource() {
		Experiment e = oneLink();
		e.getLinks().get(0).getProtocol().setKind("sp-only");
		onlyError(e, "link 'a' / protocol 'sp-only'",
				"protocol 'sp-only' does not support poissonian sources like source 'laser' (supports: single-photon)");
		e.getLinks().get(0).getSource().setKind("single");
		assertEquals(List.of(), validator.validate(e));
	}

	@Test
	void badSweepPath() {
		Experiment e = oneLink();
		axis(e, "fibr.length", 0, 100, 11, "km");
		onlyError(e, "sweep / axis 'fibr.length'", "unknown parameter path 'fibr.length' (no link has component 'fibr')");
	}

	@Test
	void sweepPathWithUnknownParameterOrLink() {
		Experiment e = oneLink();
		axis(e, "fibre.lenght", 0, 100, 11, "km");
		onlyError(e, "sweep / axis 'fibre.lenght'",
				"unknown parameter path 'fibre.lenght' (no parameter 'lenght': channel 'fibre' has length, attenuation)");
		e.getSweep().getAxes().get(0).setParameter("b.fibre.length");
		onlyError(e, "sweep / axis 'b.fibre.length'", "unknown parameter path 'b.fibre.length' (no link 'b')");
		e.getSweep().getAxes().get(0).setParameter("length");
		onlyError(e, "sweep / axis 'length'", "parameter path 'length' is not of the form [link.]component.parameter");
	}

	@Test
	void unprefixedSweepPathAppliesWhereverItExists() {
		Experiment e = oneLink();
		Link b = link("b");
		b.getChannels().get(0).setName("span");
		e.getLinks().add(b);
		axis(e, "fibre.length", 0, 100, 11, "km");
		assertEquals(List.of(), validator.validate(e));
	}

	@Test
	void sweepAxisChecks() {
		Experiment e = oneLink();
		var axis = axis(e, "fibre.length", 0, 100, 1, "km");
		onlyError(e, "sweep / axis 'fibre.length'", "steps must be at least 2 for a range from 0 to 100 (is 1)");
		axis.setSteps(0);
		onlyError(e, "sweep / axis 'fibre.length'", "steps must be at least 1 (is 0)");
		axis.setSteps(11);
		axis.setLogarithmic(true);
		onlyError(e, "sweep / axis 'fibre.length'", "a logarithmic axis needs from and to above zero (from 0, to 100)");
		axis.setLogarithmic(false);
		axis.setTo(Double.POSITIVE_INFINITY);
		onlyError(e, "sweep / axis 'fibre.length'", "to is not a finite number");
		axis.setTo(2000);
		onlyError(e, "sweep / axis 'fibre.length'",
				"swept range [0, 2000] km is outside [0, 1000] km of parameter 'length' for link 'a'");
		axis.setTo(100);
		axis.setUnit("dB");
		onlyError(e, "sweep / axis 'fibre.length'", "unit 'dB' is not compatible with 'km' (use km, m, cm, mm, um or nm) for link 'a'");
		axis.setUnit("m");
		axis.setTo(100_000);
		assertEquals(List.of(), validator.validate(e));
	}

	@Test
	void sweepOfWholeNumbersMustHitWholeNumbers() {
		Experiment e = oneLink();
		axis(e, "detector.deadGates", 0, 10, 4, "");
		onlyError(e, "sweep / axis 'detector.deadGates'", "swept value 3.3333333333333335 is not a whole number "
				+ "(parameter 'deadGates' takes whole numbers; adjust from, to or steps) for link 'a'");
	}

	@Test
	void atMostTwoAxes() {
		Experiment e = oneLink();
		axis(e, "fibre.length", 0, 100, 11, "km");
		axis(e, "source.mu", 0.1, 0.5, 5, "");
		axis(e, "detector.efficiency", 0.1, 0.5, 5, "");
		onlyError(e, "sweep", "the sweep has 3 axes (at most 2)");
	}

	@Test
	void diagnosticianReportsProblemsWithElementAndFeature() {
		Experiment e = oneLink();
		fibre(e).setKind("fibr");
		Diagnostician diagnostician = new Diagnostician(
				new org.eclipse.emf.ecore.impl.EValidatorRegistryImpl() {
					private static final long serialVersionUID = 1L;
					{
						put(e.eClass().getEPackage(), new ExperimentEValidator(FakeModels.registry()));
					}
				});
		Diagnostic d = diagnostician.validate(e);
		assertEquals(Diagnostic.ERROR, d.getSeverity());
		assertEquals(1, d.getChildren().size(), d.getChildren().toString());
		Diagnostic child = d.getChildren().get(0);
		assertEquals("link 'a' / channel 'fibre': unknown channel kind 'fibr' (available: fibre)", child.getMessage());
		assertSame(fibre(e), child.getData().get(0));
		assertEquals("kind", ((org.eclipse.emf.ecore.EStructuralFeature) child.getData().get(1)).getName());
		assertTrue(diagnostician.validate(oneLink()).getSeverity() == Diagnostic.OK);
	}
}
