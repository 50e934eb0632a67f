/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.sim;

import java.util.Arrays;

/**
 * The detection events of one block of pulses, in gate order: for each event the gate (pulse
 * index since the start), Alice's intensity, basis and bit, Bob's basis and bit, and whether both
 * detectors clicked (Bob then takes a random bit). Also how many pulses of each intensity the
 * block covers, detected or not.
 */
public final class Detections {

	/** Basis index of Z. */
	public static final byte Z = 0;

	/** Basis index of X. */
	public static final byte X = 1;

	private final long firstGate;
	private final long pulses;
	private final long[] pulsesPerIntensity;
	private int size;
	private long[] gates = new long[64];
	private byte[] intensity = new byte[64];
	private byte[] aliceBasis = new byte[64];
	private byte[] aliceBit = new byte[64];
	private byte[] bobBasis = new byte[64];
	private byte[] bobBit = new byte[64];
	private boolean[] doubleClick = new boolean[64];

	Detections(long firstGate, long pulses, int intensities) {
		this.firstGate = firstGate;
		this.pulses = pulses;
		this.pulsesPerIntensity = new long[intensities];
	}

	void add(long gate, int k, int aBasis, int aBit, int bBasis, int bBit, boolean both) {
		if (size == gates.length) {
			int capacity = size * 2;
			gates = Arrays.copyOf(gates, capacity);
			intensity = Arrays.copyOf(intensity, capacity);
			aliceBasis = Arrays.copyOf(aliceBasis, capacity);
			aliceBit = Arrays.copyOf(aliceBit, capacity);
			bobBasis = Arrays.copyOf(bobBasis, capacity);
			bobBit = Arrays.copyOf(bobBit, capacity);
			doubleClick = Arrays.copyOf(doubleClick, capacity);
		}
		gates[size] = gate;
		intensity[size] = (byte) k;
		aliceBasis[size] = (byte) aBasis;
		aliceBit[size] = (byte) aBit;
		bobBasis[size] = (byte) bBasis;
		bobBit[size] = (byte) bBit;
		doubleClick[size] = both;
		size++;
	}

	void addPulses(int k, long count) {
		pulsesPerIntensity[k] += count;
	}

	/** The first gate of the block. */
	public long firstGate() {
		return firstGate;
	}

	/** The number of pulses (gates) the block covers. */
	public long pulses() {
		return pulses;
	}

	/** The number of pulses of intensity {@code k} in the block. */
	public long pulses(int k) {
		return pulsesPerIntensity[k];
	}

	/** The number of detection events. */
	public int size() {
		return size;
	}

	/** The gate of event {@code i}. */
	public long gate(int i) {
		return gates[i];
	}

	/** Alice's intensity index for event {@code i}. */
	public int intensity(int i) {
		return intensity[i];
	}

	/** Alice's basis ({@link #Z} or {@link #X}) for event {@code i}. */
	public int aliceBasis(int i) {
		return aliceBasis[i];
	}

	/** Alice's bit for event {@code i}. */
	public int aliceBit(int i) {
		return aliceBit[i];
	}

	/** Bob's basis for event {@code i}. */
	public int bobBasis(int i) {
		return bobBasis[i];
	}

	/** Bob's bit for event {@code i} (random after a double click). */
	public int bobBit(int i) {
		return bobBit[i];
	}

	/** Whether both of Bob's detectors clicked at event {@code i}. */
	public boolean doubleClick(int i) {
		return doubleClick[i];
	}
}
