/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bb84;

import org.openqci.physics.Entropy;

/**
 * The finite-key bounds of decoy-state BB84 with three intensities of C. C. W. Lim, M. Curty,
 * N. Walenta, F. Xu, H. Zbinden, "Concise security bounds for practical decoy-state quantum key
 * distribution", Phys. Rev. A 89, 022307 (2014), Eqs. (1)-(5), evaluated on the expected
 * statistics of their system model ({@link LimChannelModel}), and the same decoy bounds without
 * statistical fluctuations (the asymptotic limit).
 * <p>
 * Statistics. Alice and Bob both choose the key basis X with probability q_x and Z with 1 - q_x;
 * Alice chooses intensity k in {mu1, mu2, mu3} with probability p_k. To collect n_X detections in
 * X she sends on average N = n_X / (q_x^2 sum_k p_k R_k) pulses, and
 *
 * <pre>
 * n_X,k = N q_x^2 p_k R_k,    n_Z,k = N (1 - q_x)^2 p_k R_k,    m_Z,k = N (1 - q_x)^2 p_k e_k.
 * </pre>
 *
 * Bounds (eps_sec the secrecy, eps_cor the correctness, K = {mu1, mu2, mu3}):
 *
 * <pre>
 * n+-_X,k = e^k / p_k [n_X,k +- sqrt(n_X / 2 ln(21 / eps_sec))]        (after Eq. (2); same for Z)
 * m+-_Z,k = e^k / p_k [m_Z,k +- sqrt(m_Z / 2 ln(21 / eps_sec))]        (after Eq. (4))
 * s_X,0 &gt;= tau0 (mu2 n-_X,mu3 - mu3 n+_X,mu2) / (mu2 - mu3)                               (2)
 * s_X,1 &gt;= tau1 mu1 [n-_X,mu2 - n+_X,mu3 - (mu2^2 - mu3^2) / mu1^2 (n+_X,mu1 - s_X,0 / tau0)]
 *          / [mu1 (mu2 - mu3) - mu2^2 + mu3^2]                                              (3)
 * v_Z,1 &lt;= tau1 (m+_Z,mu2 - m-_Z,mu3) / (mu2 - mu3)                                         (4)
 * phi_X &lt;= v_Z,1 / s_Z,1 + gamma(eps_sec, v_Z,1 / s_Z,1, s_Z,1, s_X,1)                       (5)
 * gamma(a, b, c, d) = sqrt[(c + d)(1 - b) b / (c d ln 2) log2((c + d) / (c d (1 - b) b) 21^2 / a^2)]
 * l = floor[s_X,0 + s_X,1 (1 - h(phi_X)) - lambda_EC - 6 log2(21 / eps_sec) - log2(2 / eps_cor)] (1)
 * </pre>
 *
 * with lambda_EC = f_EC n_X h(E_X), E_X = m_X / n_X the observed X-basis error rate (Sec. IV), s_Z,0
 * and s_Z,1 from Eqs. (2), (3) with the Z statistics, and the secret key per pulse l / N. Lower
 * bounds below zero count as zero; phi_X is capped at 1/2. The paper evaluates its bounds with
 * eps_sec = kappa l (kappa = 1e-15, the secrecy leakage per key bit, Sec. IV): then l must satisfy
 * l &lt;= L(kappa l), L(eps) being the bracket of Eq. (1), and the largest such l is found up to a
 * bit or so (see {@code lengthWithSecrecyPerBit}); every returned l satisfies the condition. With
 * a fixed eps_sec, l = floor L(eps_sec).
 * <p>
 * Asymptotic limit (N -&gt; infinity: no fluctuation terms, no gamma, no fixed costs). With the
 * expected counts n_k = q_x^2 p_k R_k, m_k = q_x^2 p_k e_k per pulse, the bounds only see
 * e^k n_k / p_k = q_x^2 e^k R_k and e^k m_k / p_k = q_x^2 e^k e_k, which do not depend on the p_k;
 * the p_k enter through tau_n (linearly) and the leakage f_EC (sum_k p_k R_k) h(E_X) (concave), so
 * the key is convex in them and largest at a corner, and the decoys need a vanishing fraction of
 * the pulses. The asymptotic key is therefore taken in the limit p1 -&gt; 1, p2, p3 -&gt; 0+, where
 *
 * <pre>
 * tau_n = e^(-mu1) mu1^n / n!,    sum_k p_k R_k -&gt; R_mu1,    E_X -&gt; e_mu1 / R_mu1
 * s_0 = tau0 (mu2 e^mu3 R_mu3 - mu3 e^mu2 R_mu2) / (mu2 - mu3)
 * s_1 = tau1 mu1 [e^mu2 R_mu2 - e^mu3 R_mu3 - (mu2^2 - mu3^2) / mu1^2 (e^mu1 R_mu1 - s_0 / tau0)]
 *       / [mu1 (mu2 - mu3) - mu2^2 + mu3^2]
 * v_1 = tau1 (e^mu2 e_mu2 - e^mu3 e_mu3) / (mu2 - mu3),    phi = v_1 / s_1
 * R = q_x^2 {s_0 + s_1 [1 - h(phi)] - f_EC R_mu1 h(E_X)}
 * </pre>
 *
 * (per pulse; the Z statistics give the same phi as X). No division by a p_k remains. This is the
 * p1 -&gt; 1 (and, with q_x = 1, q_x -&gt; 1) limit of Eqs. (1)-(5) for n_X -&gt; infinity: the
 * infinite-data curve of Lim et al.'s Fig. 1.
 * <p>
 * Checked against the SatQuMA implementation of the same bounds (cnqo-qcomms/SatQuMA,
 * {@code key/protocols/func_efficient_BB84.py}, Hoeffding option, with fixed eps_sec). Thread-safe:
 * no state outside one call.
 */
final class LimFiniteKeyBounds {

	/** ln 2. */
	static final double LN2 = Math.log(2.0);

	/** Cap on the descent of the key length with eps_sec = kappa l (normally one step is needed). */
	private static final int MAX_ITERATIONS = 200;

	/**
	 * The outcome of one evaluation.
	 *
	 * @param rate       secret key per pulse, l / N (0 without key)
	 * @param keyLength  l in bits (0 in the asymptotic limit)
	 * @param pulses     N, the expected number of pulses sent for the block (0 if there are no
	 *                   detections, and in the asymptotic limit)
	 * @param vacuumX    s_X,0 (asymptotic: per pulse)
	 * @param singleX    s_X,1
	 * @param singleZ    s_Z,1 (asymptotic: per pulse, without the factor (1 - q_x)^2)
	 * @param errorsZ    v_Z,1, likewise
	 * @param phaseError phi_X
	 * @param leakage    lambda_EC (asymptotic: per pulse)
	 * @param qberX      E_X, the observed X-basis error rate over all intensities
	 * @param epsSec     the secrecy eps_sec the key length was computed with
	 * @param gain       R_mu1, the detection probability of a signal pulse
	 * @param qber       E_mu1 = e_mu1 / R_mu1, the error rate of the signal pulses
	 */
	record Result(double rate, double keyLength, double pulses, double vacuumX, double singleX, double singleZ,
			double errorsZ, double phaseError, double leakage, double qberX, double epsSec, double gain,
			double qber) {

		/** No key: the bounds certify nothing; gain and error rate of the signal pulses. */
		static Result none(LimChannelModel link, ThreeIntensities s) {
			return none(link, s.mu1());
		}

		/** No key, with the gain and error rate of signal pulses of intensity mu1 (0 if not positive and finite). */
		static Result none(LimChannelModel link, double mu1) {
			double mu = mu1 > 0.0 && mu1 < Double.POSITIVE_INFINITY ? mu1 : 0.0;
			double qber = link.qber(mu);
			return new Result(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.0, qber, 0.0, link.click(mu), qber);
		}
	}

	private LimFiniteKeyBounds() {
	}

	/**
	 * Eq. (2): the lower bound on the number of vacuum events.
	 *
	 * @param nMinus3 n-_mu3 (e^k / p_k already applied)
	 * @param nPlus2  n+_mu2
	 */
	static double vacuumEvents(ThreeIntensities s, double tau0, double nMinus3, double nPlus2) {
		return tau0 * (s.mu2() * nMinus3 - s.mu3() * nPlus2) / (s.mu2() - s.mu3());
	}

	/**
	 * Eq. (3): the lower bound on the number of single-photon events.
	 *
	 * @param vacuum a lower bound on the vacuum events (&gt;= 0)
	 */
	static double singlePhotonEvents(ThreeIntensities s, double tau0, double tau1, double nPlus1, double nMinus2,
			double nPlus3, double vacuum) {
		double mu1 = s.mu1();
		double mu2 = s.mu2();
		double mu3 = s.mu3();
		double squares = mu2 * mu2 - mu3 * mu3;
		double numerator = nMinus2 - nPlus3 - squares / (mu1 * mu1) * (nPlus1 - vacuum / tau0);
		return tau1 * mu1 * numerator / (mu1 * (mu2 - mu3) - squares);
	}

	/** Eq. (4): the upper bound on the number of bit errors of the single-photon events. */
	static double singlePhotonErrors(ThreeIntensities s, double tau1, double mPlus2, double mMinus3) {
		return tau1 * (mPlus2 - mMinus3) / (s.mu2() - s.mu3());
	}

	/**
	 * The statistical correction gamma(a, b, c, d) of Eq. (5), with a = eps_sec given through
	 * lnTerm = ln(21 / a), so that 21^2 / a^2 = e^(2 lnTerm). It is 0 for b &lt;= 0 (its limit) and
	 * where the logarithm is not positive.
	 */
	static double gamma(double lnTerm, double b, double c, double d) {
		if (!(b > 0.0) || !(c > 0.0) || !(d > 0.0)) {
			return 0.0;
		}
		double spread = (c + d) / (c * d);
		double variance = (1.0 - b) * b;
		double log = Math.log(spread / variance) + 2.0 * lnTerm;
		return log > 0.0 ? Math.sqrt(spread * variance / LN2 * log / LN2) : 0.0;
	}

	/**
	 * The finite key of Lim et al.
	 *
	 * @param link       the expected detection statistics
	 * @param s          the intensities and their probabilities
	 * @param qx         the key-basis probability q_x
	 * @param p          block size, security parameters and f_EC
	 * @return the key and the bounds; no key (rate 0) for invalid intensities or probabilities
	 */
	static Result finiteKey(LimChannelModel link, ThreeIntensities s, double qx, LimParameters p) {
		if (!s.isValid() || !(qx > 0.0 && qx < 1.0) || !(p.blockSize() >= 1.0)) {
			return Result.none(link, s);
		}
		Statistics st = new Statistics(link, s);
		return new FiniteKey(st, qx, p).evaluate();
	}

	/**
	 * The pulse-weighted means of R_k and e_k over the slots of a block: R_k = sum_t N_t R_k(t) / N,
	 * e_k likewise, N = sum_t N_t, as {R_mu1, R_mu2, R_mu3, e_mu1, e_mu2, e_mu3}. Slots with a number of
	 * pulses that is not positive and finite are left out; the weights N_t / N make a single slot (weight
	 * 1) or identical halves (weights 1/2) reproduce its rates exactly.
	 *
	 * @param links  the expected statistics of each slot's link
	 * @param pulses N_t, the pulses Alice sends in each slot
	 * @param s      the intensities (the same for all slots)
	 * @return the means, all 0 if no slot has pulses
	 */
	static double[] meanRates(LimChannelModel[] links, double[] pulses, ThreeIntensities s) {
		double total = totalPulses(pulses);
		double[] mean = new double[6];
		if (!(total > 0.0)) {
			return mean;
		}
		for (int t = 0; t < links.length; t++) {
			if (counts(pulses[t])) {
				double w = pulses[t] / total;
				double[] rates = Statistics.expected(links[t], s);
				for (int i = 0; i < mean.length; i++) {
					mean[i] += w * rates[i];
				}
			}
		}
		return mean;
	}

	/** N = sum_t N_t over the slots whose N_t is positive and finite (infinite if the sum overflows). */
	static double totalPulses(double[] pulses) {
		double total = 0.0;
		for (double n : pulses) {
			if (counts(n)) {
				total += n;
			}
		}
		return total;
	}

	private static boolean counts(double pulses) {
		return pulses > 0.0 && pulses < Double.POSITIVE_INFINITY;
	}

	/**
	 * The finite key of one block of N pulses collected over slots with different links (the steps of
	 * a satellite pass), in one analysis with Eqs. (1)-(5): the counts are sums over the slots, so the
	 * expected statistics are the pulse-weighted means of R_k and e_k ({@link #meanRates}), and the
	 * block has n_X = N q_x^2 sum_k p_k R_k detections in the key basis instead of the block size of
	 * {@code p}. With those, the key is computed exactly as by {@link #finiteKey} for block size n_X, so
	 * that one slot of N = n_X / (q_x^2 sum_k p_k R_k) pulses gives the key of {@link #finiteKey}.
	 * eps_sec = kappa l (or the fixed eps_sec), eps_cor and f_EC are those of {@code p}.
	 *
	 * @param links  the expected statistics of each slot's link
	 * @param pulses N_t, the pulses of each slot (slots without positive, finite N_t are left out)
	 * @param s      the intensities and their probabilities, the same for all slots
	 * @param qx     the key-basis probability q_x
	 * @param p      security parameters and f_EC (its block size is not used)
	 * @return the key of the block (keyLength l, pulses about N, rate l / N); gain and qber are the
	 *         block's mean R_mu1 and e_mu1 / R_mu1
	 */
	static Result finiteKeyOfBlock(LimChannelModel[] links, double[] pulses, ThreeIntensities s, double qx,
			LimParameters p) {
		double total = totalPulses(pulses);
		if (!(total > 0.0 && total < Double.POSITIVE_INFINITY)) {
			return new Result(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.0, 0.5, 0.0, 0.0, 0.0);
		}
		Statistics st = new Statistics(s, meanRates(links, pulses, s));
		double nX = total * qx * qx * st.sumR;
		LimParameters block = new LimParameters(p.basisProbability(), p.p1(), p.p2(), nX, p.epsSecPerBit(),
				p.epsSec(), p.epsCor(), p.ecEfficiency());
		if (!s.isValid() || !(qx > 0.0 && qx < 1.0) || !(nX >= 1.0) || !block.blockCanYieldKey()) {
			return new Result(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.0, st.qberX, 0.0, st.gain(), st.qber());
		}
		return new FiniteKey(st, qx, block).evaluate();
	}

	/**
	 * The asymptotic key per pulse of the same three-intensity bounds: no fluctuations, and the
	 * limit p1 -&gt; 1, p2, p3 -&gt; 0+ of the intensity probabilities (see the class comment), computed
	 * exactly in the limit: tau_n = e^(-mu1) mu1^n / n!, the leakage f_EC R_mu1 h(e_mu1 / R_mu1).
	 *
	 * @param link the expected detection statistics
	 * @param mu1  the signal intensity
	 * @param mu2  the decoy intensity
	 * @param mu3  the weakest (vacuum) decoy intensity
	 * @param qx   the key-basis probability q_x (the rate scales as q_x^2; q_x = 1 is the limit)
	 * @param fEC  the error-correction efficiency
	 * @return the key and the bounds per pulse; no key (rate 0) for invalid intensities or q_x
	 */
	static Result asymptotic(LimChannelModel link, double mu1, double mu2, double mu3, double qx, double fEC) {
		ThreeIntensities s = ThreeIntensities.signalLimit(mu1, mu2, mu3);
		if (!s.intensitiesValid() || !(qx > 0.0 && qx <= 1.0)) {
			return Result.none(link, mu1);
		}
		double r1 = link.click(mu1);
		double err1 = link.error(mu1);
		double e1 = Math.exp(mu1);
		double e2 = Math.exp(mu2);
		double e3 = Math.exp(mu3);
		double tau0 = 1.0 / e1;
		double tau1 = mu1 / e1;
		// e^k n_k / p_k and e^k m_k / p_k, with the common factor q_x^2 taken out
		double n1 = e1 * r1;
		double n2 = e2 * link.click(mu2);
		double n3 = e3 * link.click(mu3);
		double vacuum = Math.max(0.0, vacuumEvents(s, tau0, n3, n2));
		double single = Math.max(0.0, singlePhotonEvents(s, tau0, tau1, n1, n2, n3, vacuum));
		double errors = Math.max(0.0, singlePhotonErrors(s, tau1, e2 * link.error(mu2), e3 * link.error(mu3)));
		double phase = single > 0.0 ? Math.min(0.5, errors / single) : 0.5;
		double qberX = r1 > 0.0 ? Math.min(0.5, err1 / r1) : 0.5;
		double leakage = fEC * r1 * Entropy.binary(qberX);
		double key = vacuum + single * (1.0 - Entropy.binary(phase)) - leakage;
		double sifted = qx * qx;
		double rate = key > 0.0 ? sifted * key : 0.0;
		return new Result(rate, 0.0, 0.0, sifted * vacuum, sifted * single, single, errors, phase,
				sifted * leakage, qberX, 0.0, r1, link.qber(mu1));
	}

	/**
	 * The expected detection statistics of the three intensities: R_k and e_k per pulse of intensity
	 * k, e^(mu_k), tau_0, tau_1, sum_k p_k R_k, sum_k p_k e_k and E_X = sum_k p_k e_k / sum_k p_k R_k.
	 */
	private static final class Statistics {
		final ThreeIntensities s;
		final double r1, r2, r3;
		final double err1, err2, err3;
		final double e1, e2, e3;
		final double tau0, tau1;
		final double sumR, sumE, qberX;

		/** The statistics of valid intensities and probabilities on one link. */
		Statistics(LimChannelModel link, ThreeIntensities s) {
			this(s, expected(link, s));
		}

		/**
		 * The statistics from the expected detection and error probabilities per pulse of the three
		 * intensities, {R_mu1, R_mu2, R_mu3, e_mu1, e_mu2, e_mu3} (for a block over several slots: their
		 * pulse-weighted means), and the quantities derived from them.
		 */
		Statistics(ThreeIntensities s, double[] expected) {
			this.s = s;
			double p3 = s.p3();
			r1 = expected[0];
			r2 = expected[1];
			r3 = expected[2];
			err1 = expected[3];
			err2 = expected[4];
			err3 = expected[5];
			e1 = Math.exp(s.mu1());
			e2 = Math.exp(s.mu2());
			e3 = Math.exp(s.mu3());
			tau0 = s.p1() / e1 + s.p2() / e2 + p3 / e3;
			tau1 = s.p1() * s.mu1() / e1 + s.p2() * s.mu2() / e2 + p3 * s.mu3() / e3;
			sumR = s.p1() * r1 + s.p2() * r2 + p3 * r3;
			sumE = s.p1() * err1 + s.p2() * err2 + p3 * err3;
			qberX = sumR > 0.0 ? Math.min(0.5, sumE / sumR) : 0.5;
		}

		/**
		 * R_k = D_k (1 + p_ap) and e_k of the three intensities on one link ({@link LimChannelModel}),
		 * as {R_mu1, R_mu2, R_mu3, e_mu1, e_mu2, e_mu3}.
		 */
		static double[] expected(LimChannelModel link, ThreeIntensities s) {
			double y0 = link.y0();
			double ap = link.afterpulse();
			double em = link.misalignment();
			double sig1 = link.signal(s.mu1());
			double sig2 = link.signal(s.mu2());
			double sig3 = link.signal(s.mu3());
			double d1 = y0 + (1.0 - y0) * sig1;
			double d2 = y0 + (1.0 - y0) * sig2;
			double d3 = y0 + (1.0 - y0) * sig3;
			return new double[] { d1 * (1.0 + ap), d2 * (1.0 + ap), d3 * (1.0 + ap), 0.5 * y0 + em * sig1 + 0.5 * ap * d1,
					0.5 * y0 + em * sig2 + 0.5 * ap * d2, 0.5 * y0 + em * sig3 + 0.5 * ap * d3 };
		}

		double gain() {
			return r1;
		}

		double qber() {
			return r1 > 0.0 ? err1 / r1 : 0.0;
		}
	}

	/**
	 * One finite-key evaluation: the counts, and the key length as a function of eps_sec. Eqs. (2)-(4)
	 * are linear in the counts, and the Hoeffding terms scale as sqrt(ln(21 / eps_sec)), so each
	 * bound is stored as its value without fluctuations plus its change per unit deviation.
	 */
	private static final class FiniteKey {
		private final Statistics st;
		private final LimParameters p;
		private final double nX;
		private final double pulses;
		/** sqrt(n / 2) for the Hoeffding terms of n_X, n_Z and m_Z. */
		private final double rootX, rootZ, rootM;
		/** Eq. (2) for X and Z: without fluctuations, and per unit deviation. */
		private final double vacuumX0, vacuumXd, vacuumZ0, vacuumZd;
		/** Eq. (3) for X and Z: without fluctuations, per unit deviation, and per vacuum event. */
		private final double singleX0, singleXd, singleZ0, singleZd, singlePerVacuum;
		/** Eq. (4): without fluctuations and per unit deviation. */
		private final double errors0, errorsd;
		private final double leakage;
		private final double fixedCorrectness;
		// the bounds of the last call of length(), and the eps_sec of the result
		private double vacuumX, singleX, singleZ, errorsZ, phase, epsSec;

		FiniteKey(Statistics st, double qx, LimParameters p) {
			this.st = st;
			this.p = p;
			this.nX = p.blockSize();
			this.pulses = nX / (qx * qx * st.sumR);
			ThreeIntensities s = st.s;
			double x = pulses * qx * qx;
			double z = pulses * (1.0 - qx) * (1.0 - qx);
			// e^k n_k / p_k for the counts; e^k / p_k multiplies the deviations
			double x1 = x * st.e1 * st.r1;
			double x2 = x * st.e2 * st.r2;
			double x3 = x * st.e3 * st.r3;
			double z1 = z * st.e1 * st.r1;
			double z2 = z * st.e2 * st.r2;
			double z3 = z * st.e3 * st.r3;
			double w1 = st.e1 / s.p1();
			double w2 = st.e2 / s.p2();
			double w3 = st.e3 / s.p3();
			double t0 = st.tau0;
			double t1 = st.tau1;
			vacuumX0 = vacuumEvents(s, t0, x3, x2);
			vacuumZ0 = vacuumEvents(s, t0, z3, z2);
			vacuumXd = vacuumEvents(s, t0, -w3, w2);
			vacuumZd = vacuumXd;
			singleX0 = singlePhotonEvents(s, t0, t1, x1, x2, x3, 0.0);
			singleZ0 = singlePhotonEvents(s, t0, t1, z1, z2, z3, 0.0);
			singleXd = singlePhotonEvents(s, t0, t1, w1, -w2, w3, 0.0);
			singleZd = singleXd;
			singlePerVacuum = singlePhotonEvents(s, t0, t1, 0.0, 0.0, 0.0, 1.0);
			errors0 = singlePhotonErrors(s, t1, z * st.e2 * st.err2, z * st.e3 * st.err3);
			errorsd = singlePhotonErrors(s, t1, w2, -w3);
			rootX = Math.sqrt(0.5 * nX);
			rootZ = Math.sqrt(0.5 * z * st.sumR);
			rootM = Math.sqrt(0.5 * z * st.sumE);
			leakage = p.ecEfficiency() * nX * Entropy.binary(st.qberX);
			fixedCorrectness = Math.log(2.0 / p.epsCor()) / LN2;
		}

		Result evaluate() {
			if (!(pulses < Double.POSITIVE_INFINITY)) {
				return new Result(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.0, st.qberX, 0.0, st.gain(), st.qber());
			}
			double kappa = p.epsSecPerBit();
			double length;
			if (kappa > 0.0) {
				length = lengthWithSecrecyPerBit(kappa);
			} else {
				epsSec = p.epsSec();
				length = Math.floor(length(Math.log(21.0 / epsSec)));
			}
			length = length >= 1.0 ? length : 0.0;
			return new Result(length / pulses, length, pulses, vacuumX, singleX, singleZ, errorsZ, phase, leakage,
					st.qberX, epsSec, st.gain(), st.qber());
		}

		/**
		 * A key length l with l &lt;= L(kappa l), the greatest one up to rounding, or 0. L is
		 * increasing in eps_sec, so T(c) = floor L(kappa c) is non-decreasing in c: if T(c) &gt;= c then
		 * l = T(c) satisfies l &lt;= L(kappa c) &lt;= L(kappa l), a key of l bits that is even
		 * kappa c-secret; if T(c) &lt; c, iterating c -&gt; T(c) descends to the greatest such c below. The
		 * first c is the fixed point of a linear model of L in ln(21 / eps_sec) through two
		 * evaluations, the first at the largest length n_X, taken a little low so that usually one more
		 * evaluation settles l; from a guess far below, the iteration climbs. Should the guess lie
		 * below the lower fixed point (near the cut-off), the descent restarts from
		 * L(kappa L(kappa n_X)), which is above the greatest one. The bounds and eps_sec left in the
		 * fields are those l was certified with.
		 */
		private double lengthWithSecrecyPerBit(double kappa) {
			double lnKappa = Math.log(21.0 / kappa);
			double top = Math.floor(nX);
			double t0 = lnKappa - Math.log(top);
			double f0 = length(t0);
			epsSec = kappa * top;
			if (!(f0 >= 1.0)) {
				return 0.0; // L(kappa l) <= L(kappa n_X) < 1 for every l <= n_X
			}
			if (f0 >= top) {
				return top; // certified at the largest possible length
			}
			double t1 = lnKappa - Math.log(f0);
			double f1 = length(t1);
			double slope = t1 > t0 ? (f1 - f0) / (t1 - t0) : 0.0;
			// fixed point of l = f1 + slope (lnKappa - ln l - t1), by Newton in l (no evaluations of L)
			double l = Math.max(f1, 1.0);
			for (int k = 0; k < 4; k++) {
				double derivative = 1.0 + slope / l;
				if (!(derivative > 0.1)) {
					break;
				}
				l = Math.max(1.0, l - (l - f1 - slope * (lnKappa - Math.log(l) - t1)) / derivative);
			}
			double rho = Math.max(0.0, -slope / l);
			double found = descend(Math.max(1.0, Math.floor(l * (1.0 - 1e-6)) - 2.0), kappa, lnKappa, rho);
			if (found < 1.0 && l < f1) {
				// the guess fell below the lower fixed point: descend from f1, which is >= the greatest
				found = descend(Math.floor(f1), kappa, lnKappa, rho);
			}
			return found;
		}

		/**
		 * Iterates c -&gt; T(c) from c: downwards while T(c) &lt; c (0 once below 1 bit), upwards while
		 * the next step would still gain a bit, (T(c) - c) rho &gt; 1/2 with rho the contraction of the
		 * iteration, dL/d(ln l) / l; returns the last T(c) &gt;= c, which is certified.
		 */
		private double descend(double c, double kappa, double lnKappa, double rho) {
			for (int i = 0; i < MAX_ITERATIONS; i++) {
				double next = Math.floor(length(lnKappa - Math.log(c)));
				epsSec = kappa * c;
				if (next >= c) {
					if ((next - c) * rho <= 0.5 || i == MAX_ITERATIONS - 1) {
						return next;
					}
					c = next;
					continue;
				}
				if (!(next >= 1.0)) {
					return 0.0;
				}
				c = next;
			}
			return 0.0; // no certified length found
		}

		/** The bracket of Eq. (1) for ln(21 / eps_sec) = lnTerm (not rounded, may be negative). */
		double length(double lnTerm) {
			double root = Math.sqrt(lnTerm);
			double dx = rootX * root;
			double dz = rootZ * root;
			vacuumX = Math.max(0.0, vacuumX0 + vacuumXd * dx);
			singleX = Math.max(0.0, singleX0 + singleXd * dx + singlePerVacuum * vacuumX);
			double vacuumZ = Math.max(0.0, vacuumZ0 + vacuumZd * dz);
			singleZ = Math.max(0.0, singleZ0 + singleZd * dz + singlePerVacuum * vacuumZ);
			errorsZ = Math.max(0.0, errors0 + errorsd * rootM * root);
			double privacy = 0.0;
			phase = 0.5;
			if (singleX > 0.0 && singleZ > 0.0) {
				double b = Math.min(0.5, errorsZ / singleZ);
				phase = Math.min(0.5, b + gamma(lnTerm, b, singleZ, singleX));
				privacy = singleX * (1.0 - Entropy.binary(phase));
			}
			return vacuumX + privacy - leakage - 6.0 * lnTerm / LN2 - fixedCorrectness;
		}
	}
}
