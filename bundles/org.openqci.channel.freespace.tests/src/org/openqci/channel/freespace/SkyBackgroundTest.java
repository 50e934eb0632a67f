/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.freespace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.openqci.core.spi.ParameterValues;

/** Sky background: n = H Omega A d_lambda d_t eta / (h c / lambda), linear in every factor. */
class SkyBackgroundTest {

	private final FreeSpaceChannel channel = new FreeSpaceChannel();

	private ParameterValues night() {
		// 1 m receiver, 100 urad, 1 nm, 1 ns, 3 dB optics, 850 nm, H = 1e-7 W/(m^2 sr nm)
		return ParameterValues.defaults(channel).with("length", 144).with("receiverAperture", 1.0)
				.with("skyRadiance", 1e-7).with("fieldOfView", 100).with("filterBandwidth", 1)
				.with("detectionWindow", 1).with("opticalLoss", 3);
	}

	private double noise(ParameterValues p) {
		return channel.budget(p).noisePhotons();
	}

	@Test
	void absoluteValueOfANightCase() {
		// Omega = 4 pi sin^2(25 urad) = 7.853982e-9 sr, A = 0.7853982 m^2, P = H Omega A d_lambda
		// = 6.168503e-16 W; times 1 ns, 10^-0.3, over h c / lambda = 2.336995e-19 J: 1.3228846e-6
		// photons per window (evaluated separately in double precision)
		assertEquals(1.3228845854750522e-6, noise(night()), 1e-12 * 1.3228845854750522e-6);
		assertEquals(2.336995126057563e-19, SkyBackground.photonEnergy(850e-9), 1e-31);
	}

	@Test
	void noiseIsLinearInRadianceFilterWindowAndSolidAngle() {
		double base = noise(night());
		for (double f : new double[] { 0.0, 0.5, 3.0, 1e4 }) {
			assertEquals(f * base, noise(night().with("skyRadiance", 1e-7 * f)), 1e-12 * f * base);
		}
		for (double f : new double[] { 0.1, 7.0 }) {
			assertEquals(f * base, noise(night().with("filterBandwidth", f)), 1e-12 * f * base);
			assertEquals(f * base, noise(night().with("detectionWindow", f)), 1e-12 * f * base);
		}
		// proportional to the solid angle of the field of view (quadratic in small angles)
		double perSolidAngle = base / SkyBackground.solidAngle(100e-6);
		for (double fov : new double[] { 10, 250, 5000, 100000 }) {
			double omega = SkyBackground.solidAngle(fov * 1e-6);
			assertEquals(perSolidAngle * omega, noise(night().with("fieldOfView", fov)), 1e-12 * perSolidAngle * omega);
		}
		assertEquals(4 * base, noise(night().with("fieldOfView", 200)), 1e-8 * base);
		// proportional to the receiver area and to the optics' transmittance, independent of length
		assertEquals(4 * base, noise(night().with("receiverAperture", 2.0)), 1e-12 * base);
		assertEquals(base / 10, noise(night().with("opticalLoss", 13)), 1e-12 * base);
		assertEquals(base, noise(night().with("length", 3)), 0.0);
	}

	@Test
	void solidAngleOfACone() {
		// small cone: pi (theta/2)^2; hemisphere (theta = pi): 2 pi; whole sphere (2 pi): 4 pi
		// (relative difference (theta/4)^2 / 3 = 5e-11)
		assertEquals(Math.PI * 25e-6 * 25e-6, SkyBackground.solidAngle(50e-6), 1e-9 * Math.PI * 25e-6 * 25e-6);
		assertEquals(2 * Math.PI, SkyBackground.solidAngle(Math.PI), 1e-14);
		assertEquals(4 * Math.PI, SkyBackground.solidAngle(2 * Math.PI), 1e-14);
		assertEquals(0.0, SkyBackground.solidAngle(0));
	}
}
