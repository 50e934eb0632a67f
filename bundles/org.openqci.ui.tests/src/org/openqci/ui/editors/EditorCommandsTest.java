/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqci.core.spi.ModelContribution;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.model.ChannelSegment;
import org.openqci.model.DetectorConfig;
import org.openqci.model.Experiment;
import org.openqci.model.GroundStation;
import org.openqci.model.Link;
import org.openqci.model.ParameterValue;
import org.openqci.model.PassAnalysis;
import org.openqci.model.files.ExperimentFiles;
import org.openqci.ui.navigator.ExperimentTemplate;

/** The undoable commands behind the experiment tree and the parameter table, without a display. */
class EditorCommandsTest {

	private static final ParameterDescriptor ATTENUATION = ParameterDescriptor.of("attenuation", "Attenuation",
			"dB/km", 0.2, 0, 10, "Fibre attenuation");
	private static final ParameterDescriptor LENGTH = ParameterDescriptor.required("length", "Length", "km", 0, 2000,
			"Length");

	private AdapterFactoryEditingDomain domain;
	private CommandStack stack;
	private Experiment experiment;

	@BeforeEach
	void createDomain() {
		ResourceSet resourceSet = ExperimentFiles.newResourceSet();
		domain = EditingDomains.newDomain(EditingDomains.newAdapterFactory(), resourceSet);
		stack = domain.getCommandStack();
		Resource resource = resourceSet.createResource(URI.createFileURI("/tmp/test.qci"));
		experiment = ExperimentTemplate.create("Test");
		resource.getContents().add(experiment);
	}

	private void execute(Command command) {
		assertTrue(command.canExecute(), "command can execute: " + command.getLabel());
		stack.execute(command);
	}

	@Test
	void addLinkCopyGivesAFreshIdAndUndoRemovesIt() {
		Link first = experiment.getLinks().get(0);
		execute(StructureCommands.addLinkCopy(domain, first));
		assertEquals(2, experiment.getLinks().size());
		Link copy = experiment.getLinks().get(1);
		assertEquals(first.getId() + "-2", copy.getId());
		assertTrue(copy.getName().endsWith("(copy)"));
		assertEquals(first.getChannels().size(), copy.getChannels().size());
		execute(StructureCommands.addLinkCopy(domain, copy));
		assertEquals(first.getId() + "-3", experiment.getLinks().get(2).getId());
		stack.undo();
		stack.undo();
		assertEquals(1, experiment.getLinks().size());
	}

	@Test
	void theOnlyLinkAndTheOnlySegmentCannotBeRemoved() {
		Link link = experiment.getLinks().get(0);
		assertFalse(StructureCommands.removeLink(domain, link).canExecute());
		assertFalse(StructureCommands.removeSegment(domain, link.getChannels().get(0)).canExecute());
	}

	@Test
	void segmentsAreAddedAfterTheSelectedOneWithUniqueNames() {
		Link link = experiment.getLinks().get(0);
		ChannelSegment fibre = link.getChannels().get(0);
		execute(StructureCommands.addSegment(domain, link, fibre));
		assertEquals(List.of("fibre", "fibre-2"), link.getChannels().stream().map(ChannelSegment::getName).toList());
		execute(StructureCommands.removeSegment(domain, link.getChannels().get(1)));
		assertEquals(1, link.getChannels().size());
		stack.undo();
		assertEquals(2, link.getChannels().size());
	}

	@Test
	void axesAreAddedUpToTwoAndRemovingTheLastRemovesTheSweep() {
		assertEquals(1, experiment.getSweep().getAxes().size());
		execute(StructureCommands.addAxis(domain, experiment));
		assertEquals(2, experiment.getSweep().getAxes().size());
		assertFalse(StructureCommands.addAxis(domain, experiment).canExecute(), "a sweep has at most two axes");
		execute(StructureCommands.removeAxis(domain, experiment.getSweep().getAxes().get(1)));
		execute(StructureCommands.removeAxis(domain, experiment.getSweep().getAxes().get(0)));
		assertNull(experiment.getSweep());
		stack.undo();
		assertNotNull(experiment.getSweep());
		execute(StructureCommands.removeAxis(domain, experiment.getSweep().getAxes().get(0)));
		execute(StructureCommands.addAxis(domain, experiment));
		assertEquals("fibre.length", experiment.getSweep().getAxes().get(0).getParameter());
	}

	@Test
	void settingAnUnsetParameterAddsAValueInTheDescriptorUnit() {
		ChannelSegment fibre = experiment.getLinks().get(0).getChannels().get(0);
		execute(ParameterCommands.reset(domain, fibre, List.of(ParameterCommands.find(fibre, "attenuation"))));
		assertNull(ParameterCommands.find(fibre, "attenuation"));

		execute(ParameterCommands.setValue(domain, fibre, "attenuation", ATTENUATION, 0.25, null));
		ParameterValue value = ParameterCommands.find(fibre, "attenuation");
		assertEquals(0.25, value.getValue());
		assertEquals("dB/km", value.getUnit());
		execute(ParameterCommands.setValue(domain, fibre, "attenuation", ATTENUATION, 0.3, null));
		assertEquals(0.3, value.getValue());
		stack.undo();
		assertEquals(0.25, value.getValue());
		stack.undo();
		assertNull(ParameterCommands.find(fibre, "attenuation"));
	}

	@Test
	void aUnitForAnUnsetParameterConvertsTheDefault() {
		ChannelSegment fibre = experiment.getLinks().get(0).getChannels().get(0);
		ParameterDescriptor span = ParameterDescriptor.of("span", "Span", "km", 50, 0, 100, "A span with a default");
		execute(ParameterCommands.setUnit(domain, fibre, "span", span, "m"));
		ParameterValue value = ParameterCommands.find(fibre, "span");
		assertEquals("m", value.getUnit());
		assertEquals(50_000, value.getValue(), 1e-9, "the default 50 km in metres");

		execute(ParameterCommands.reset(domain, fibre, List.of(ParameterCommands.find(fibre, "length"))));
		execute(ParameterCommands.setUnit(domain, fibre, "length", LENGTH, "m"));
		ParameterValue length = ParameterCommands.find(fibre, "length");
		assertEquals("m", length.getUnit());
		assertFalse(length.isSetValue(), "a required parameter has no default to convert");
	}

	@Test
	void optimisingAnUnsetParameterStartsFromTheDefault() {
		ChannelSegment fibre = experiment.getLinks().get(0).getChannels().get(0);
		execute(ParameterCommands.reset(domain, fibre, List.of(ParameterCommands.find(fibre, "attenuation"))));
		execute(ParameterCommands.setOptimise(domain, fibre, "attenuation", ATTENUATION, true));
		ParameterValue attenuation = ParameterCommands.find(fibre, "attenuation");
		assertTrue(attenuation.isOptimise());
		assertEquals(0.2, attenuation.getValue(), "optimisation starts from the default");
		assertEquals("dB/km", attenuation.getUnit());
	}

	@Test
	void typedValuesMayCarryAUnit() {
		assertEquals(new ParameterEditing.Typed(50, "km"), ParameterEditing.parse("50 km"));
		assertEquals(new ParameterEditing.Typed(50, "km"), ParameterEditing.parse("50km"));
		assertEquals(new ParameterEditing.Typed(1.7e-6, null), ParameterEditing.parse(" 1.7E-6 "));
		assertEquals(new ParameterEditing.Typed(-0.5, null), ParameterEditing.parse("-.5"));
		assertNull(ParameterEditing.parse("abc"));
		assertNull(ParameterEditing.parse("1 2 3"));
		assertNull(ParameterEditing.parse(""));
	}

	@Test
	void sweepPathsListCommonAndLinkPaths() {
		// Without registered models (outside OSGi) no paths are known; inside, fibre.length is among them.
		assertNotNull(SweepAxisPage.paths(experiment));
	}

	@Test
	void passesAndStationsAreAddedAndRemovedUndoably() {
		execute(StructureCommands.addPasses(domain, experiment, LocalDate.of(2026, 6, 1)));
		PassAnalysis passes = experiment.getPasses();
		assertEquals("2026-06-01T00:00:00Z", passes.getStart());
		assertEquals("2026-06-08T00:00:00Z", passes.getEnd());
		assertEquals(passes.getStart(), passes.getSatellite().getEpoch(), "the elements' epoch is the start");
		assertEquals(1, passes.getStations().size());
		assertFalse(StructureCommands.addPasses(domain, experiment, LocalDate.of(2026, 6, 1)).canExecute(),
				"one pass analysis per experiment");
		assertFalse(StructureCommands.removeStation(domain, passes.getStations().get(0)).canExecute(),
				"the last station stays");
		execute(StructureCommands.addStation(domain, passes));
		assertEquals(List.of("Matera", "Matera-2"),
				passes.getStations().stream().map(GroundStation::getName).toList());
		execute(StructureCommands.removeStation(domain, passes.getStations().get(1)));
		assertEquals(1, passes.getStations().size());
		execute(StructureCommands.removePasses(domain, experiment));
		assertNull(experiment.getPasses());
		stack.undo();
		assertEquals(passes, experiment.getPasses(), "undo brings the analysis back");
	}

	@Test
	void aDevicePresetFillsTheDetectorAndNotesItsSource() {
		DetectorConfig detector = experiment.getLinks().get(0).getDetector();
		List<DevicePresets.Choice> choices = DevicePresets.forModel("threshold-detector");
		DevicePresets.Choice snspd = choices.stream().filter(c -> c.label().startsWith("sim-snspd:")).findFirst()
				.orElseThrow(() -> new AssertionError("an SNSPD preset in " + choices));
		ModelContribution model = new ModelContribution() {
			@Override
			public String id() {
				return "threshold-detector";
			}

			@Override
			public String name() {
				return "Threshold detector";
			}

			@Override
			public String description() {
				return "For the test.";
			}

			@Override
			public List<ParameterDescriptor> parameters() {
				return List.of(ParameterDescriptor.of("efficiency", "Efficiency", "", 0.1, 0, 1, "eta"),
						ParameterDescriptor.of("darkCountProbability", "Dark counts", "", 1e-6, 0, 0.1, "Y0"));
			}
		};
		execute(StructureCommands.applyPreset(domain, detector, model, snspd.parameters()));
		double efficiency = detector.getParameters().stream().filter(v -> v.getName().equals("efficiency"))
				.findFirst().orElseThrow().getValue();
		assertEquals(snspd.parameters().values().get("efficiency"), efficiency, 0.0);
		assertTrue(detector.getNote().contains("sim-snspd"), detector.getNote());
		stack.undo();
		assertNull(detector.getNote(), "one undo takes the whole preset back");
	}
}
