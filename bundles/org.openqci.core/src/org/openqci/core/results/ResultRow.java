/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.results;

import java.util.Map;

/**
 * The result for one link (one protocol variant) at one sweep point.
 *
 * @param linkId                 the link's id in the experiment
 * @param linkName               the link's display name (series name in plots)
 * @param protocolId             the protocol model's id
 * @param coordinates            values of the swept parameters, in the order of the result set's axes and their units
 * @param secretKeyPerPulse      secret key rate in bit per pulse
 * @param secretKeyPerSecond     secret key rate in bit/s (per pulse times the source repetition rate)
 * @param gain                   signal gain Q
 * @param qber                   signal QBER E
 * @param channelTransmittance   transmittance of the chained channel segments (without Bob's detector)
 * @param plob                   PLOB bound for that channel transmittance, bit per pulse (channel use)
 * @param tgw                    TGW bound for that channel transmittance, bit per pulse
 * @param optimisedParameters    values the optimiser chose for free parameters, by parameter path, in descriptor units
 * @param details                protocol-specific quantities by name
 */
public record ResultRow(String linkId, String linkName, String protocolId, double[] coordinates,
		double secretKeyPerPulse, double secretKeyPerSecond, double gain, double qber, double channelTransmittance,
		double plob, double tgw, Map<String, Double> optimisedParameters, Map<String, Double> details) {
}
