/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * A vacuum-noise quantum random number generator as an OpenQCI device (a third-party example of
 * the device SDK): a balanced homodyne detector measures the vacuum's quadrature noise, an ADC
 * digitises it, and the device reports how much randomness each sample holds that the
 * electronic (classical) noise cannot explain.
 */
package org.example.qrng;
