/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqci.model.ChannelSegment;
import org.openqci.model.Experiment;
import org.openqci.model.GroundStation;
import org.openqci.model.Link;
import org.openqci.model.ParameterValue;
import org.openqci.model.PassAnalysis;
import org.openqci.model.QciFactory;
import org.openqci.model.Satellite;
import org.openqci.model.SourceConfig;
import org.openqci.model.Sweep;
import org.openqci.model.SweepAxis;

/** The labels, children and properties that editors get from the registered item providers. */
class ExperimentLabelsTest {

	private static final QciFactory FACTORY = QciFactory.eINSTANCE;

	private final QciLabelledItemProviderAdapterFactory adapterFactory = new QciLabelledItemProviderAdapterFactory();

	@AfterEach
	void dispose() {
		adapterFactory.dispose();
	}

	@Test
	void componentsShowTheirRoleAndKind() {
		Link link = link();
		assertEquals("source: wcp-laser", label(link.getSource()));
		assertEquals("fibre: smf28-fibre", label(link.getChannels().get(0)));
		assertEquals("detector: threshold-detector", label(link.getDetector()));
		assertEquals("protocol: bb84-decoy", label(link.getProtocol()));
		SourceConfig unnamed = FACTORY.createSourceConfig();
		assertEquals("source", label(unnamed));
	}

	@Test
	void parametersShowValueAndUnit() {
		assertEquals("mu = 0.48", label(parameter("mu", 0.48, "")));
		assertEquals("length = 50 km", label(parameter("length", 50, "km")));
		assertEquals("attenuation = 0.2 dB/km", label(parameter("attenuation", 0.2, "dB/km")));
		assertEquals("darkCountProbability = 1e-6", label(parameter("darkCountProbability", 1e-6, "")));
		ParameterValue free = parameter("nu", 0, "");
		free.unsetValue();
		free.setOptimise(true);
		assertEquals("nu (optimised)", label(free));
		free.setValue(0.1);
		assertEquals("nu = 0.1 (optimised)", label(free));
	}

	@Test
	void linksShowNameAndId() {
		Link link = link();
		assertEquals("inf", label(link));
		link.setName("Innsbruck");
		assertEquals("Innsbruck (inf)", label(link));
		link.setId(null);
		assertEquals("Innsbruck", label(link));
		link.setName(null);
		assertEquals("Link", label(link));
	}

	@Test
	void experimentAndSweep() {
		Experiment experiment = FACTORY.createExperiment();
		assertEquals("Experiment", label(experiment));
		experiment.setName("Vienna metro");
		assertEquals("Vienna metro", label(experiment));
		Sweep sweep = FACTORY.createSweep();
		SweepAxis axis = FACTORY.createSweepAxis();
		axis.setParameter("fibre.length");
		axis.setTo(100);
		axis.setUnit("km");
		sweep.getAxes().add(axis);
		assertEquals("Sweep", label(sweep));
		assertEquals("fibre.length: 0 to 100 km, 50 steps", label(axis));
		axis.setFrom(1e-3);
		axis.setTo(1);
		axis.setUnit("");
		axis.setSteps(10);
		axis.setLogarithmic(true);
		assertEquals("fibre.length: 0.001 to 1, 10 steps, logarithmic", label(axis));
	}

	@ParameterizedTest
	@CsvSource({ "50, 50", "0.48, 0.48", "-3.5, -3.5", "1e-6, 1e-6", "2.5e12, 2.5e12", "1234567, 1234567",
			"0.0001, 0.0001", "0, 0" })
	void numbers(double value, String text) {
		assertEquals(text, ExperimentLabels.number(value));
	}

	@Test
	void changingAValueRefreshesTheLabel() {
		ParameterValue mu = parameter("mu", 0.48, "");
		label(mu); // adapts
		List<Notification> seen = new ArrayList<>();
		adapterFactory.addListener(seen::add);
		mu.setValue(0.5);
		assertEquals(1, seen.size());
		assertTrue(((IViewerNotification) seen.get(0)).isLabelUpdate());
		assertEquals("mu = 0.5", label(mu));
	}

	@Test
	void linkChildrenAreItsComponents() {
		Link link = link();
		ITreeItemContentProvider tree = (ITreeItemContentProvider) adapterFactory.adapt(link,
				ITreeItemContentProvider.class);
		assertEquals(List.of(link.getSource(), link.getChannels().get(0), link.getDetector(), link.getProtocol()),
				List.copyOf(tree.getChildren(link)));
	}

	@Test
	void parametersHaveDescribedProperties() {
		ParameterValue length = parameter("length", 50, "km");
		IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(length, IItemPropertySource.class);
		List<String> names = source.getPropertyDescriptors(length).stream()
				.map(descriptor -> descriptor.getDisplayName(length)).toList();
		assertEquals(List.of("Name", "Value", "Unit", "Optimise"), names);
		IItemPropertyDescriptor unit = source.getPropertyDescriptor(length, "unit");
		assertNotNull(unit);
		assertTrue(unit.getDescription(length).startsWith("Unit of the value"), unit.getDescription(length));
	}

	@Test
	void theRegistryStyleComposedFactoryUsesTheLabels() {
		ComposedAdapterFactory composed = new ComposedAdapterFactory(adapterFactory);
		try {
			ParameterValue mu = parameter("mu", 0.48, "");
			IItemLabelProvider provider = (IItemLabelProvider) composed.adapt(mu, IItemLabelProvider.class);
			assertEquals("mu = 0.48", provider.getText(mu));
		} finally {
			composed.dispose();
		}
	}

	private String label(Object object) {
		IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(object, IItemLabelProvider.class);
		assertNotNull(provider, "no label provider for " + object);
		return provider.getText(object);
	}

	private static Link link() {
		Link link = FACTORY.createLink();
		link.setId("inf");
		SourceConfig source = FACTORY.createSourceConfig();
		source.setKind("wcp-laser");
		link.setSource(source);
		ChannelSegment fibre = FACTORY.createChannelSegment();
		fibre.setName("fibre");
		fibre.setKind("smf28-fibre");
		link.getChannels().add(fibre);
		link.setDetector(FACTORY.createDetectorConfig());
		link.getDetector().setKind("threshold-detector");
		link.setProtocol(FACTORY.createProtocolConfig());
		link.getProtocol().setKind("bb84-decoy");
		return link;
	}

	private static ParameterValue parameter(String name, double value, String unit) {
		ParameterValue parameter = FACTORY.createParameterValue();
		parameter.setName(name);
		parameter.setValue(value);
		parameter.setUnit(unit);
		return parameter;
	}

	@Test
	void passesSatelliteAndStations() {
		PassAnalysis passes = FACTORY.createPassAnalysis();
		passes.setStart("2026-06-01T00:00:00Z");
		passes.setEnd("2026-06-08T00:00:00Z");
		assertEquals("Satellite passes: 2026-06-01T00:00:00Z to 2026-06-08T00:00:00Z", label(passes));
		Satellite satellite = FACTORY.createSatellite();
		satellite.setName("ISS");
		assertEquals("satellite: ISS", label(satellite));
		satellite.setTleLine1("1 25544U");
		assertEquals("satellite: ISS (TLE)", label(satellite));
		GroundStation station = FACTORY.createGroundStation();
		station.setName("Matera");
		station.setLatitude(40.6486);
		station.setLongitude(16.7046);
		assertEquals("ground station: Matera (40.6486, 16.7046, mask 10 deg)", label(station));
	}
}
