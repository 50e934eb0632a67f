/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.pools;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a {@linkplain KeyPoolSimulation key pool simulation}: the pools' stock at each
 * sample time, what went into and out of each pool, and how each demand fared. Immutable: the
 * arrays returned are copies.
 */
public final class PoolResults {

	private final PoolSettings settings;
	private final double[] sampleTimes;
	private final Map<String, double[]> stock;
	private final List<LinkPoolStats> links;
	private final List<DemandStats> demands;
	private final long events;

	PoolResults(PoolSettings settings, double[] sampleTimes, Map<String, double[]> stock, List<LinkPoolStats> links,
			List<DemandStats> demands, long events) {
		this.settings = settings;
		this.sampleTimes = sampleTimes;
		this.stock = Collections.unmodifiableMap(new LinkedHashMap<>(stock));
		this.links = List.copyOf(links);
		this.demands = List.copyOf(demands);
		this.events = events;
	}

	/** The settings simulated. */
	public PoolSettings settings() {
		return settings;
	}

	/** The sample times in s: 0, every sample interval before the end, and the end. */
	public double[] sampleTimes() {
		return sampleTimes.clone();
	}

	/**
	 * The stock of a link's pool at each sample time, in bits.
	 *
	 * @throws IllegalArgumentException if the network has no such link
	 */
	public double[] stock(String linkId) {
		double[] values = stock.get(linkId);
		if (values == null) {
			throw new IllegalArgumentException("no pool of link " + linkId + " in the results");
		}
		return values.clone();
	}

	/** The stock of every link's pool at each sample time, in bits, in the network's order of links. */
	public Map<String, double[]> stocks() {
		Map<String, double[]> copy = new LinkedHashMap<>();
		stock.forEach((id, values) -> copy.put(id, values.clone()));
		return Collections.unmodifiableMap(copy);
	}

	/** What went into and out of every link's pool, in the network's order of links. */
	public List<LinkPoolStats> links() {
		return links;
	}

	/**
	 * What went into and out of one link's pool.
	 *
	 * @throws IllegalArgumentException if the network has no such link
	 */
	public LinkPoolStats link(String linkId) {
		return links.stream().filter(stats -> stats.link().equals(linkId)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no pool of link " + linkId + " in the results"));
	}

	/** How every demand fared, in the network's order of demands. */
	public List<DemandStats> demands() {
		return demands;
	}

	/**
	 * How one demand fared.
	 *
	 * @throws IllegalArgumentException if the network has no such demand
	 */
	public DemandStats demand(String demandId) {
		return demands.stream().filter(stats -> stats.demand().equals(demandId)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no demand " + demandId + " in the results"));
	}

	/** How many events the simulation processed. */
	public long events() {
		return events;
	}
}
