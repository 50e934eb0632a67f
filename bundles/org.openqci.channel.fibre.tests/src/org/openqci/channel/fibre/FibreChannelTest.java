/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.fibre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqci.core.spi.ChannelBudget;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;

/** Loss arithmetic and descriptors of the fibre channel. */
class FibreChannelTest {

	private final FibreChannel fibre = new FibreChannel();

	private ParameterValues defaultsWithLength(double km) {
		return ParameterValues.defaults(fibre).with("length", km);
	}

	@Test
	void lossAddsUpInDecibels() {
		// 50 km x 0.2 dB/km + 2 x 0.3 dB + 10 x 0.05 dB = 11.1 dB; tolerance 1e-12 dB (rounding).
		ParameterValues p = defaultsWithLength(50).with("connectors", 2).with("splices", 10);
		assertEquals(11.1, FibreChannel.lossDb(p), 1e-12);
		ChannelBudget b = fibre.budget(p);
		assertEquals(Math.pow(10, -1.11), b.transmittance(), 1e-15);
		assertEquals(11.1, b.lossDb(), 1e-12);
		assertEquals(0.0, b.noiseProbability());
	}

	@Test
	void defaultsGiveTwentyDecibelsPerHundredKilometres() {
		// 0.2 dB/km by default (typical G.652 fibre at 1550 nm), no connectors or splices.
		assertEquals(20.0, fibre.budget(defaultsWithLength(100)).lossDb(), 1e-12);
		assertEquals(1.0, fibre.budget(defaultsWithLength(0)).transmittance());
		// the GYS attenuation, 0.21 dB/km, over 142 km: 29.82 dB
		assertEquals(29.82, fibre.budget(defaultsWithLength(142).with("attenuation", 0.21)).lossDb(), 1e-12);
	}

	@Test
	void transmittanceStaysPositiveAtTheLongestLength() {
		// 2000 km at 10 dB/km is 20000 dB: underflows to 0, never negative or NaN.
		ChannelBudget b = fibre.budget(defaultsWithLength(2000).with("attenuation", 10));
		assertEquals(0.0, b.transmittance());
		ChannelBudget longest = fibre.budget(defaultsWithLength(2000));
		assertEquals(400.0, longest.lossDb(), 1e-9);
	}

	@Test
	void lengthIsRequired() {
		assertThrows(IllegalArgumentException.class, () -> fibre.budget(ParameterValues.defaults(fibre)));
	}

	@Test
	void descriptorsAreSane() {
		assertEquals("fibre", fibre.id());
		assertEquals("Optical fibre", fibre.name());
		assertTrue(fibre.description().contains("G.652"));
		List<String> names = fibre.parameters().stream().map(ParameterDescriptor::name).toList();
		assertEquals(List.of("length", "attenuation", "connectors", "connectorLoss", "splices", "spliceLoss"), names);
		ParameterDescriptor length = fibre.parameter("length").orElseThrow();
		assertTrue(length.isRequired());
		assertEquals("km", length.unit());
		assertEquals(2000.0, length.max());
		assertEquals("dB/km", fibre.parameter("attenuation").orElseThrow().unit());
		assertEquals(0.2, fibre.parameter("attenuation").orElseThrow().defaultValue());
		assertEquals("dB", fibre.parameter("connectorLoss").orElseThrow().unit());
		assertEquals("dB", fibre.parameter("spliceLoss").orElseThrow().unit());
		assertTrue(fibre.parameter("connectors").orElseThrow().integer());
		assertTrue(fibre.parameter("splices").orElseThrow().integer());
		assertFalse(fibre.parameter("connectors").orElseThrow().accepts(1.5));
		for (ParameterDescriptor d : fibre.parameters()) {
			assertTrue(d.isRequired() || d.accepts(d.defaultValue()), d.name());
			assertFalse(d.optimisable(), d.name());
			assertFalse(d.description().isBlank(), d.name());
		}
	}
}
