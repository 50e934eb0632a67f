/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.qrng;

/**
 * A QRNG's configuration, bound from its device type's parameters.
 *
 * @param sampleRate         ADC samples per second
 * @param adcBits            ADC resolution in bits
 * @param adcRange           the ADC's full range (plus and minus) in standard deviations of the
 *                           total noise
 * @param noiseRatio         quantum-to-classical noise ratio (vacuum variance over electronic
 *                           variance) in dB
 * @param estimationSamples  samples per noise estimate (laser on and laser off each)
 * @param updateInterval     time between two readings in milliseconds
 * @param seed               seed of the simulated noise; 0 takes one from the clock
 */
record QrngSettings(double sampleRate, double adcBits, double adcRange, double noiseRatio,
		double estimationSamples, double updateInterval, double seed) {
}
