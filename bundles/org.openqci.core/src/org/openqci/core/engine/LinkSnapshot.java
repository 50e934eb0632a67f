/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.engine;

import java.util.Map;

import org.openqci.core.spi.LinkBudget;

/**
 * One link of an experiment at the experiment's own values (no sweep, free parameters at the
 * values written in the file), as a simulation of the link needs it.
 *
 * @param id             the link id
 * @param name           its display name
 * @param budget         its source, chained channel and detector
 * @param protocolId     its protocol's kind
 * @param protocolValues the protocol's parameter values in descriptor units, defaults filled in
 */
public record LinkSnapshot(String id, String name, LinkBudget budget, String protocolId,
		Map<String, Double> protocolValues) {

	/** Copies the values. */
	public LinkSnapshot {
		protocolValues = Map.copyOf(protocolValues);
	}
}
