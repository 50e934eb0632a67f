/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bb84;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqci.core.spi.ChannelBudget;
import org.openqci.core.spi.DetectorCharacteristics;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.SourceCharacteristics;
import org.openqci.core.spi.TimeSlot;

/**
 * The satellite pass of SatQuMA's published example (cnqo-qcomms/SatQuMA, version 1.1 outputs
 * {@code out_Pec_0_QBERI_0_1.0GHz_opt.csv} and {@code out_multi-Pec-QBERI_1.0GHz.csv}, made from its
 * loss file {@code FS_loss_XI0.csv}), for the tests:
 * <ul>
 * <li>geometry: circular 500 km orbit over the station's zenith (xi = 0), Earth radius 6371 km, G M
 * = 6.67430e-11 x 5.9724e24 m^3/s^2 (SatQuMA's constants), 1 s slots from -220 s to 220 s (elevation
 * above 10.1 deg: SatQuMA's 10 deg minimum, its window dt = 220 s), 441 slots;</li>
 * <li>loss: the satellite-downlink model (org.openqci.channel.satellite) in its small-receiver
 * far-field limit, where diffraction falls as 1 / L^2 (that bundle's tests check the limit against
 * Klein and Degnan), times T_zen^(X(e)/X(90) - 1) with the Kasten-Young air mass, scaled to SatQuMA's
 * zenith link efficiency 2.00e-3 (26.99 dB "SysLoss") and with T_zen = 0.978 fitted to the file
 * (it agrees with all 441 points within 2.1 %, see {@link SatQumaReferenceTest}). The test fragment
 * cannot see the channel bundle, so the three lines of this limit are repeated here;</li>
 * <li>system: 1 GHz source, all losses in the link (detector efficiency 1), extraneous counts
 * P_ec = 1e-8 per detector (Y0 = 2 P_ec), intrinsic QBER_I = 0.1 %, afterpulses P_ap = 0.1 %,
 * vacuum intensity mu3 = 0, eps_sec = 1e-9 (fixed), eps_cor = 1e-15, f_EC = 1.16.</li>
 * </ul>
 *
 * @param extraLossDb SatQuMA's excess loss ls added to every slot (0 to 12 dB in its example)
 * @param misalignment QBER_I
 */
record SatQumaPass(double extraLossDb, double misalignment) {

	static final double EARTH_RADIUS = 6371e3;
	static final double ALTITUDE = 500e3;
	static final double GM = 6.67430e-11 * 5.9724e24;
	static final int HALF_WINDOW = 220;
	static final double ZENITH_EFFICIENCY = 2.00e-3;
	static final double ZENITH_TRANSMITTANCE = 0.978;
	static final double RATE = 1e9;
	static final double P_EC = 1e-8;
	static final double AFTERPULSE = 1e-3;

	static final SatQumaPass EXAMPLE = new SatQumaPass(0.0, 1e-3);

	/** The elevation (rad) and range (m) at time t (s) from the zenith. */
	static double[] geometry(double t) {
		double rs = EARTH_RADIUS + ALTITUDE;
		double angle = Math.sqrt(GM / (rs * rs * rs)) * t;
		double x = rs * Math.sin(angle);
		double z = rs * Math.cos(angle) - EARTH_RADIUS;
		double range = Math.hypot(x, z);
		return new double[] { Math.asin(z / range), range };
	}

	/** Kasten and Young (1989) relative air mass at elevation e (rad). */
	static double airMass(double e) {
		return 1.0 / (Math.sin(e) + 0.50572 * Math.pow(Math.toDegrees(e) + 6.07995, -1.6364));
	}

	/** The link efficiency at time t, without the excess loss. */
	static double efficiency(double t) {
		double[] g = geometry(t);
		double relative = airMass(g[0]) / airMass(0.5 * Math.PI);
		return ZENITH_EFFICIENCY * Math.pow(ALTITUDE / g[1], 2) * Math.pow(ZENITH_TRANSMITTANCE, relative - 1.0);
	}

	/** The 441 slots of the pass for signal and decoy intensities mu1, mu2 (mu3 = 0). */
	List<TimeSlot> slots(double mu1, double mu2) {
		SourceCharacteristics source = new SourceCharacteristics(RATE, PhotonStatistics.POISSONIAN, mu1, mu2, 0.0);
		DetectorCharacteristics detector = DetectorCharacteristics.photonCounting(1.0, 2 * P_EC, misalignment,
				AFTERPULSE);
		double excess = Math.pow(10, -extraLossDb / 10);
		List<TimeSlot> slots = new ArrayList<>();
		for (int t = -HALF_WINDOW; t <= HALF_WINDOW; t++) {
			LinkBudget budget = new LinkBudget(new ChannelBudget(efficiency(t) * excess, 0.0), source, detector);
			slots.add(new TimeSlot(budget, RATE));
		}
		return slots;
	}

	/** SatQuMA's security parameters: fixed eps_sec = 1e-9, eps_cor = 1e-15, f_EC = 1.16. */
	static ParameterValues parameters(double qx, double p1, double p2) {
		return ParameterValues.of(Map.of("basisProbability", qx, "p1", p1, "p2", p2, "blockSize", 1e7, "epsSecPerBit",
				0.0, "epsSec", 1e-9, "epsCor", 1e-15, "ecEfficiency", 1.16));
	}

	/** The block key of the pass at x = (q_x, p1, p2, mu1, mu2). */
	org.openqci.core.spi.BlockKey slotsKey(double[] x) {
		return LimLink.FINITE.evaluateBlock(slots(x[3], x[4]), parameters(x[0], x[1], x[2]));
	}

	/** The key of the pass in bits at x = (q_x, p1, p2, mu1, mu2). */
	double key(double[] x) {
		return slotsKey(x).secretBits();
	}
}
