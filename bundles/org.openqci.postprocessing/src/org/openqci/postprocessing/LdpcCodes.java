/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.postprocessing;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The mother codes of {@link Ldpc}: eight irregular LDPC codes of {@value #FRAME_LENGTH} bits and
 * rates 0.5 to 0.9, built once per JVM on first use by {@link PegConstruction} from fixed seeds
 * (so that Alice and Bob build the same matrices) and then shared.
 *
 * <p>The variable-node degree distributions are published ones optimised for the binary symmetric
 * channel by density evolution: rates 0.5, 0.6, 0.7 and 0.8 from Appendix B of J. Martinez-Mateo,
 * D. Elkouss and V. Martin, "Blind reconciliation", Quantum Inf. Comput. 12, 791 (2012),
 * arXiv:1205.5729 (designed for at most 6.06 edges per bit, check degrees two consecutive values);
 * rates 0.55, 0.75, 0.85 and 0.9 from Table I of D. Elkouss, A. Leverrier, R. Alléaume and
 * J. J. Boutros, "Efficient reconciliation protocol for discrete-variable quantum key
 * distribution", ISIT 2009, arXiv:0901.2140 (whose check degrees are also two consecutive
 * values; their rates 0.6 and 0.65 spread the check degrees widely and are not used).
 *
 * <p>The frame length 2^15 is long enough that the frame's own error count fluctuates little
 * (standard deviation 4 % of the mean at 2 % QBER, which is what finite-length codes pay in
 * efficiency), short enough that a matrix (150 000 to 210 000 edges) builds in well under a
 * second and a block of 10^5 bits still fills several frames.
 */
final class LdpcCodes {

	/** The length of every mother code. */
	static final int FRAME_LENGTH = 1 << 15;

	private static final String BLIND = "Martinez-Mateo, Elkouss, Martin, QIC 12, 791 (2012), App. B";
	private static final String ISIT = "Elkouss, Leverrier, Alleaume, Boutros, ISIT 2009, Table I";

	private static final DegreeDistribution[] DISTRIBUTIONS = {
			new DegreeDistribution(0.50, new int[] { 2, 3, 4, 5, 10, 25 },
					new double[] { 0.159673, 0.121875, 0.11261, 0.190871, 0.0770616, 0.337909 }, BLIND),
			new DegreeDistribution(0.55, new int[] { 2, 3, 6, 15, 16, 18, 19, 31 },
					new double[] { 0.16880, 0.20994, 0.18095, 0.03846, 0.02635, 0.23454, 0.05815, 0.08280 }, ISIT),
			new DegreeDistribution(0.60, new int[] { 2, 3, 4, 5, 7, 8, 9, 18, 32, 45 },
					new double[] { 0.11653, 0.125646, 0.108507, 0.0534223, 0.0727228, 0.0347964, 0.0729986, 0.0752607,
							0.117103, 0.223013 }, BLIND),
			new DegreeDistribution(0.70, new int[] { 2, 3, 4, 5, 11, 28, 30 },
					new double[] { 0.091699, 0.171401, 0.0683878, 0.120523, 0.187471, 0.208278, 0.152239 }, BLIND),
			new DegreeDistribution(0.75, new int[] { 2, 3, 4, 5, 6, 7, 28, 31 },
					new double[] { 0.10805, 0.09511, 0.01449, 0.13764, 0.10667, 0.05288, 0.01107, 0.47408 }, ISIT),
			new DegreeDistribution(0.80, new int[] { 2, 3, 4, 5, 9, 15, 29, 35 },
					new double[] { 0.0667948, 0.194832, 0.0570523, 0.0645024, 0.204606, 0.0964409, 0.23872, 0.0770523 },
					BLIND),
			new DegreeDistribution(0.85, new int[] { 2, 3, 4, 5, 6, 7, 9, 21 },
					new double[] { 0.04528, 0.20537, 0.05878, 0.094274, 0.08454, 0.01176, 0.05137, 0.50015 }, ISIT),
			new DegreeDistribution(0.90, new int[] { 2, 3, 5, 9, 12, 21 },
					new double[] { 0.07689, 0.28096, 0.08933, 0.19620, 0.30631, 0.05031 }, ISIT) };

	private static final AtomicReferenceArray<LdpcCode> CODES = new AtomicReferenceArray<>(DISTRIBUTIONS.length);

	private LdpcCodes() {
	}

	/** The number of mother codes. */
	static int count() {
		return DISTRIBUTIONS.length;
	}

	/** The degree distribution of code {@code i} (codes in order of increasing rate). */
	static DegreeDistribution distribution(int i) {
		return DISTRIBUTIONS[i];
	}

	/** The syndrome length of code {@code i}, known without building it. */
	static int checks(int i) {
		return (int) Math.round(FRAME_LENGTH * (1 - DISTRIBUTIONS[i].rate()));
	}

	/** Code {@code i}, built on first use. */
	static LdpcCode code(int i) {
		LdpcCode code = CODES.get(i);
		if (code == null) {
			synchronized (DISTRIBUTIONS[i]) {
				code = CODES.get(i);
				if (code == null) {
					code = build(i);
					CODES.set(i, code);
				}
			}
		}
		return code;
	}

	/** Builds code {@code i} afresh (its seed is fixed: always the same matrix). */
	static LdpcCode build(int i) {
		return PegConstruction.build(DISTRIBUTIONS[i], FRAME_LENGTH, checks(i), 0x1D_BC00L + i);
	}
}
