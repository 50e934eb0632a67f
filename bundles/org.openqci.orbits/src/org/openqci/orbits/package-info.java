/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Satellite pass prediction with Orekit: TLEs propagated with SGP4/SDP4, Keplerian elements with
 * the Eckstein-Hechler J2-J6 analytical model, ground stations on WGS-84, rise and set times from
 * Orekit's elevation detector. The time-scale data Orekit needs ships inside the bundle
 * ({@code data/}); nothing is downloaded at run time.
 */
package org.openqci.orbits;
