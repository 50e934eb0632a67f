/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.pools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

import org.openqci.network.Demand;
import org.openqci.network.Link;
import org.openqci.network.Network;
import org.openqci.network.NetworkAnalysis;
import org.openqci.network.Routing;
import org.openqci.network.Throughput;

/**
 * The key pools of a trusted-node QKD network over time, by discrete-event simulation. Key is
 * relayed hop by hop through trusted nodes, each hop encrypting it by one-time pad with key of the
 * QKD link it crosses (M. Peev et al., "The SECOQC quantum key distribution network in Vienna",
 * New J. Phys. 11, 075001 (2009), doi:10.1088/1367-2630/11/7/075001). The queueing model around
 * this relay is our own; there are no published numbers it reproduces.
 *
 * <ul>
 * <li>Every link has a pool of key shared by its two ends, of the settings' capacity, at the
 * start the initial fraction full. It fills with the link's key as its {@link LinkSupply} says
 * (steadily, or evenly over time windows such as satellite passes), or else steadily at the
 * link's {@link Link#keyRate()}. Key arriving at a full pool is discarded (and counted).</li>
 * <li>Every demand issues relay requests of the settings' size as a Poisson process of rate
 * requested / request size, from a {@link SplittableRandom} of its own (split in the order of
 * the demands from one seeded with the settings' seed), so a seed gives the same results.</li>
 * <li>A request is served on a route only if every link of the route holds at least a request's
 * key at that moment; serving takes a request's key from every pool of the route at once.
 * Under {@link Routing#FEWEST_HOPS} or {@link Routing#SHORTEST_ROUTE} the route is the one
 * {@link NetworkAnalysis#throughput} chooses on the links' average key rates (a hop of parallel
 * links takes the one holding most key); under {@link Routing#MAX_FLOW} it is, among up to
 * {@value #MAX_FLOW_ROUTES} {@linkplain NetworkAnalysis#relayRoutes relay routes}, the one whose
 * smallest stock is largest among those that can serve it. Routes are only over links of
 * positive {@link Link#keyRate()}, so a link filled by windows needs its average rate there.
 * A demand without a route has every request refused.</li>
 * <li>A request that cannot be served waits, first in first out per demand (a waiting request
 * holds back the later ones of its demand), until a route can serve it, or until it has waited
 * the timeout, when it is refused. Its latency is its waiting time plus hops &times; the hop
 * latency (classical processing and communication); {@link DemandStats} gives exact percentiles.</li>
 * </ul>
 *
 * <p>Not modelled: the classical channels' capacity, key used for authentication, the block-wise
 * arrival of key out of post-processing (key arrives continuously here) and any disagreement
 * between the two ends of a pool. When several demands wait on the same pools, the one whose
 * retry comes first (at the same time, the first in the network's order) is served first.
 *
 * <p>The simulation is exact in continuous time: between events (request arrivals, timeouts,
 * windows opening and closing, samples, progress reports and retries of waiting requests at
 * the earliest time their pools could hold enough at the current rates) every pool fills
 * linearly and saturates at its capacity. Rounding may take a stock below 0 by at most
 * 10<sup>-9</sup> of a request. Every served request's latency is kept (8 bytes each).
 */
public final class KeyPoolSimulation {

	/** How many routes a demand's requests may take under {@link Routing#MAX_FLOW}. */
	public static final int MAX_FLOW_ROUTES = 8;

	/** How many times progress is reported over the simulated time. */
	private static final int PROGRESS_STEPS = 100;

	/** A pool short of a request by at most this fraction of it (rounding) still serves it. */
	private static final double ROUNDING = 1e-9;

	private static final double NEVER = Double.POSITIVE_INFINITY;

	private final PoolProgress progress;
	private final RelayListener listener;
	private final PoolSettings settings;
	private final double duration;
	private final double request;
	private final double enough;
	private final double timeout;
	private final double hopLatency;
	private final double initial;
	private final String[] linkIds;
	private final double[] keyRates;
	private final List<Demand> demands;
	private final int linkCount;
	private final int demandCount;
	private final LinkPools pools;
	private final SupplySchedule[] schedules;
	private final CandidateRoute[][] routes;
	private final int[][] demandsOfLink;
	private final double[] arrivalRates;
	private final SplittableRandom[] randoms;
	private final RequestQueue[] queues;
	private final Latencies[] latencies;
	private final long[] requests;
	private final long[] served;
	private final long[] refused;
	private final int[] chosen;
	private final EventQueue events;
	private final int sampleSlot;
	private final int progressSlot;
	private final double[] sampleTimes;
	private final double[][] samples;
	private int sampleIndex;
	private int progressStep;
	private long eventCount;

	/**
	 * Simulates the network's key pools.
	 *
	 * @param network  the network, its demands issuing the requests
	 * @param supplies how key arrives in some links' pools (the others fill at their key rate)
	 * @param settings the settings
	 * @param progress told how far the simulation has come; may cancel it
	 * @return the results
	 * @throws IllegalArgumentException if a supply names a link the network does not have, or two
	 *                                  supplies the same link
	 * @throws CancellationException    if {@code progress} cancelled the simulation
	 */
	public static PoolResults run(Network network, List<LinkSupply> supplies, PoolSettings settings,
			PoolProgress progress) {
		return new KeyPoolSimulation(network, supplies, settings, progress, null).simulate();
	}

	/**
	 * Simulates the network's key pools as {@link #run(Network, List, PoolSettings, PoolProgress)}
	 * does, telling {@code listener} of every request served, in time order.
	 */
	public static PoolResults run(Network network, List<LinkSupply> supplies, PoolSettings settings,
			PoolProgress progress, RelayListener listener) {
		Objects.requireNonNull(listener, "listener");
		return new KeyPoolSimulation(network, supplies, settings, progress, listener).simulate();
	}

	private KeyPoolSimulation(Network network, List<LinkSupply> supplies, PoolSettings settings,
			PoolProgress progress, RelayListener listener) {
		Objects.requireNonNull(network, "network");
		Objects.requireNonNull(supplies, "supplies");
		this.settings = Objects.requireNonNull(settings, "settings");
		this.progress = Objects.requireNonNull(progress, "progress");
		this.listener = listener;
		duration = settings.durationSeconds();
		request = settings.requestBits();
		enough = request - request * ROUNDING;
		timeout = settings.timeoutSeconds();
		hopLatency = settings.hopLatencySeconds();
		initial = settings.initialFraction() * settings.capacityBits();
		List<Link> links = network.links();
		demands = network.demands();
		linkCount = links.size();
		demandCount = demands.size();
		linkIds = new String[linkCount];
		keyRates = new double[linkCount];
		Map<String, Integer> linkIndex = new HashMap<>();
		for (int l = 0; l < linkCount; l++) {
			linkIds[l] = links.get(l).id();
			keyRates[l] = links.get(l).keyRate();
			linkIndex.put(linkIds[l], l);
		}
		pools = new LinkPools(linkCount, settings.capacityBits(), initial);
		schedules = new SupplySchedule[linkCount];
		for (LinkSupply supply : supplies) {
			Objects.requireNonNull(supply, "a link supply is null");
			Integer l = linkIndex.get(supply.link());
			if (l == null) {
				throw new IllegalArgumentException("supply of link " + supply.link() + ": the network has no such link");
			}
			if (schedules[l] != null) {
				throw new IllegalArgumentException("two supplies of link " + supply.link());
			}
			schedules[l] = new SupplySchedule(supply);
		}
		routes = new CandidateRoute[demandCount][];
		List<List<Integer>> usersOfLink = new ArrayList<>();
		links.forEach(link -> usersOfLink.add(new ArrayList<>()));
		int longest = 0;
		for (int d = 0; d < demandCount; d++) {
			routes[d] = candidates(network, demands.get(d), settings.routing(), linkIndex);
			for (CandidateRoute route : routes[d]) {
				longest = Math.max(longest, route.hopCount());
				for (int h = 0; h < route.hopCount(); h++) {
					for (int l : route.hop(h)) {
						if (!usersOfLink.get(l).contains(d)) {
							usersOfLink.get(l).add(d);
						}
					}
				}
			}
		}
		demandsOfLink = new int[linkCount][];
		for (int l = 0; l < linkCount; l++) {
			demandsOfLink[l] = usersOfLink.get(l).stream().mapToInt(Integer::intValue).toArray();
		}
		chosen = new int[longest];
		arrivalRates = new double[demandCount];
		randoms = new SplittableRandom[demandCount];
		queues = new RequestQueue[demandCount];
		latencies = new Latencies[demandCount];
		SplittableRandom seeds = new SplittableRandom(settings.seed());
		for (int d = 0; d < demandCount; d++) {
			arrivalRates[d] = demands.get(d).requested() / request;
			randoms[d] = seeds.split();
			queues[d] = new RequestQueue();
			latencies[d] = new Latencies();
		}
		requests = new long[demandCount];
		served = new long[demandCount];
		refused = new long[demandCount];
		sampleSlot = 3 * demandCount + linkCount;
		progressSlot = sampleSlot + 1;
		events = new EventQueue(progressSlot + 1);
		sampleTimes = settings.sampleTimes();
		samples = new double[linkCount][sampleTimes.length];
	}

	/** The routes a demand's requests may take, as link indices. */
	private static CandidateRoute[] candidates(Network network, Demand demand, Routing routing,
			Map<String, Integer> linkIndex) {
		String[] ids = network.links().stream().map(Link::id).toArray(String[]::new);
		List<CandidateRoute> found = new ArrayList<>();
		if (routing == Routing.MAX_FLOW) {
			for (List<String> route : NetworkAnalysis.relayRoutes(network, demand.from(), demand.to(), MAX_FLOW_ROUTES)) {
				int[][] hops = new int[route.size()][];
				for (int h = 0; h < hops.length; h++) {
					hops[h] = new int[] { linkIndex.get(route.get(h)) };
				}
				found.add(new CandidateRoute(hops, ids));
			}
		} else {
			Throughput single = NetworkAnalysis.throughput(network, demand.from(), demand.to(), routing);
			List<String> nodes = single.route();
			if (single.connected() && nodes.size() > 1) {
				int[][] hops = new int[nodes.size() - 1][];
				for (int h = 0; h < hops.length; h++) {
					String a = nodes.get(h);
					String b = nodes.get(h + 1);
					hops[h] = single.linkIds().stream().filter(id -> network.link(id).joins(a) && network.link(id).joins(b))
							.mapToInt(linkIndex::get).toArray();
				}
				found.add(new CandidateRoute(hops, ids));
			}
		}
		return found.toArray(CandidateRoute[]::new);
	}

	private int retrySlot(int demand) {
		return demandCount + demand;
	}

	private int timeoutSlot(int demand) {
		return 2 * demandCount + demand;
	}

	private int rateSlot(int link) {
		return 3 * demandCount + link;
	}

	private PoolResults simulate() {
		for (int d = 0; d < demandCount; d++) {
			if (arrivalRates[d] > 0) {
				events.schedule(d, gap(d));
			}
		}
		for (int l = 0; l < linkCount; l++) {
			SupplySchedule schedule = schedules[l];
			pools.setRate(l, 0, schedule == null ? keyRates[l] : schedule.initialRate());
			if (schedule != null) {
				events.schedule(rateSlot(l), schedule.nextChange());
			}
		}
		events.schedule(sampleSlot, 0);
		events.schedule(progressSlot, duration / PROGRESS_STEPS);
		while (true) {
			int slot = events.first();
			double time = events.time(slot);
			if (!(time < duration)) {
				break;
			}
			eventCount++;
			if (slot < demandCount) {
				arrive(slot, time);
			} else if (slot < 2 * demandCount) {
				serveWaiting(slot - demandCount, time);
			} else if (slot < 3 * demandCount) {
				timeOut(slot - 2 * demandCount, time);
			} else if (slot < sampleSlot) {
				changeRate(slot - 3 * demandCount, time);
			} else if (slot == sampleSlot) {
				sample(time);
			} else {
				report();
			}
		}
		sample(duration);
		if (!progress.advance(1)) {
			throw new CancellationException("key pool simulation cancelled at its end");
		}
		return results();
	}

	private void arrive(int demand, double time) {
		requests[demand]++;
		events.schedule(demand, time + gap(demand));
		if (routes[demand].length == 0) {
			refused[demand]++;
			return;
		}
		RequestQueue queue = queues[demand];
		queue.add(time);
		if (queue.size() == 1) {
			serveWaiting(demand, time);
		}
	}

	/** The time to the demand's next request: exponential of mean request size / requested rate. */
	private double gap(int demand) {
		return -Math.log(1 - randoms[demand].nextDouble()) / arrivalRates[demand];
	}

	/** Serves the demand's waiting requests while a route can, then schedules its retry and timeout. */
	private void serveWaiting(int demand, double time) {
		RequestQueue queue = queues[demand];
		double retry = NEVER;
		while (!queue.isEmpty()) {
			int route = bestRoute(demand, time);
			if (route < 0) {
				retry = retryTime(demand, time);
				break;
			}
			serve(demand, routes[demand][route], time, queue.poll());
		}
		events.schedule(retrySlot(demand), retry);
		events.schedule(timeoutSlot(demand), queue.isEmpty() ? NEVER : queue.first() + timeout);
	}

	/** The index of the route that can serve a request and has the largest smallest stock, or -1. */
	private int bestRoute(int demand, double time) {
		CandidateRoute[] candidates = routes[demand];
		int best = -1;
		double most = Double.NEGATIVE_INFINITY;
		for (int r = 0; r < candidates.length; r++) {
			CandidateRoute route = candidates[r];
			double least = NEVER;
			for (int h = 0; h < route.hopCount() && least >= enough; h++) {
				least = Math.min(least, pools.stockAt(fullest(route.hop(h), time), time));
			}
			if (least >= enough && least > most) {
				best = r;
				most = least;
			}
		}
		return best;
	}

	/** The link of a hop whose pool holds most key (the first of several). */
	private int fullest(int[] hop, double time) {
		int fullest = hop[0];
		for (int k = 1; k < hop.length; k++) {
			if (pools.stockAt(hop[k], time) > pools.stockAt(fullest, time)) {
				fullest = hop[k];
			}
		}
		return fullest;
	}

	private void serve(int demand, CandidateRoute route, double time, double arrival) {
		for (int h = 0; h < route.hopCount(); h++) {
			chosen[h] = fullest(route.hop(h), time);
			pools.consume(chosen[h], request);
		}
		served[demand]++;
		latencies[demand].add(time - arrival + route.hopCount() * hopLatency);
		if (listener != null) {
			listener.delivered(demands.get(demand).id(), time, request, route.linkIds(chosen));
		}
	}

	/**
	 * The earliest time a route could serve the demand's first request at the pools' current
	 * rates, later than {@code time}; infinity if none could.
	 */
	private double retryTime(int demand, double time) {
		double soonest = NEVER;
		for (CandidateRoute route : routes[demand]) {
			double latest = 0;
			for (int h = 0; h < route.hopCount() && latest < soonest; h++) {
				double hopSoonest = NEVER;
				for (int link : route.hop(h)) {
					double missing = request - pools.stockAt(link, time);
					double rate = pools.rate(link);
					double wait = missing <= request * ROUNDING ? 0 : rate > 0 ? missing / rate : NEVER;
					hopSoonest = Math.min(hopSoonest, wait);
				}
				latest = Math.max(latest, hopSoonest);
			}
			soonest = Math.min(soonest, latest);
		}
		return soonest == NEVER ? NEVER : Math.max(time + soonest, Math.nextUp(time));
	}

	/** Refuses the demand's requests that have waited the timeout. */
	private void timeOut(int demand, double time) {
		RequestQueue queue = queues[demand];
		while (!queue.isEmpty() && queue.first() + timeout <= time) {
			queue.poll();
			refused[demand]++;
		}
		if (queue.isEmpty()) {
			events.schedule(retrySlot(demand), NEVER);
		}
		events.schedule(timeoutSlot(demand), queue.isEmpty() ? NEVER : queue.first() + timeout);
	}

	/** Makes a link's next rate change; if the rate rises, its waiting demands retry now. */
	private void changeRate(int link, double time) {
		double before = pools.rate(link);
		double after = schedules[link].change();
		pools.setRate(link, time, after);
		events.schedule(rateSlot(link), schedules[link].nextChange());
		if (after > before) {
			for (int demand : demandsOfLink[link]) {
				if (!queues[demand].isEmpty()) {
					events.schedule(retrySlot(demand), time);
				}
			}
		}
	}

	private void sample(double time) {
		for (int l = 0; l < linkCount; l++) {
			samples[l][sampleIndex] = pools.stockAt(l, time);
		}
		sampleIndex++;
		events.schedule(sampleSlot, sampleIndex < sampleTimes.length - 1 ? sampleTimes[sampleIndex] : NEVER);
	}

	private void report() {
		progressStep++;
		if (!progress.advance((double) progressStep / PROGRESS_STEPS)) {
			throw new CancellationException("key pool simulation cancelled at " + progressStep + " %");
		}
		events.schedule(progressSlot,
				progressStep + 1 < PROGRESS_STEPS ? duration * (progressStep + 1) / PROGRESS_STEPS : NEVER);
	}

	private PoolResults results() {
		Map<String, double[]> stock = new LinkedHashMap<>();
		List<LinkPoolStats> linkStats = new ArrayList<>();
		for (int l = 0; l < linkCount; l++) {
			stock.put(linkIds[l], samples[l]);
			linkStats.add(new LinkPoolStats(linkIds[l], initial, pools.generated(l), pools.consumed(l),
					pools.discarded(l), pools.stockAt(l, duration), pools.relayed(l)));
		}
		List<DemandStats> demandStats = new ArrayList<>();
		for (int d = 0; d < demandCount; d++) {
			Latencies latency = latencies[d];
			double servedBits = served[d] * request;
			demandStats.add(new DemandStats(demands.get(d).id(), requests[d], served[d], refused[d], queues[d].size(),
					servedBits, demands.get(d).requested(), requests[d] * request / duration, servedBits / duration,
					latency.mean(), latency.quantile(0.5), latency.quantile(0.95), latency.quantile(1)));
		}
		return new PoolResults(settings, sampleTimes, stock, linkStats, demandStats, eventCount);
	}
}
