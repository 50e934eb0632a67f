/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.kms;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Feeds a KME's store with the keys a simulated trusted-node network relays to one pair of SAEs,
 * at the times the simulation gives (scaled by a speed-up). The simulation decides how much key
 * reaches the pair and when; the key material itself is drawn from {@link SecureRandom} as each
 * relay arrives (a simulated network carries no real secrets).
 *
 * <p>A relay that does not fit in the KME's buffer waits until the SAEs have taken enough keys.
 * Each relay's keys are deposited in one transaction, so the store's count of deposited keys
 * always falls on a relay boundary: after a crash, a new feed over the same relays skips those
 * already deposited and goes on with the next, so no relay is deposited twice or lost.
 */
public final class RelayFeed {

	/**
	 * One relay reaching the pair.
	 *
	 * @param seconds when, in simulated seconds from the start, at least 0
	 * @param keys    how many keys it brings, at least 0
	 */
	public record Relay(double seconds, int keys) {

		/** Checks the time and the count. */
		public Relay {
			if (!(seconds >= 0) || Double.isInfinite(seconds)) {
				throw new IllegalArgumentException("relay time " + seconds + " s is not a time >= 0");
			}
			if (keys < 0) {
				throw new IllegalArgumentException("relay of " + keys + " keys");
			}
		}
	}

	/** How the feed waits: sleeps the given milliseconds (tests pass one that does not sleep). */
	@FunctionalInterface
	public interface Sleeper {
		/** Sleeps {@code millis} ms, at least 1. */
		void sleep(long millis) throws InterruptedException;
	}

	private final KeyManagementEntity entity;
	private final SaePair pair;
	private final List<Relay> relays;
	private final double speed;
	private final Sleeper sleeper;
	private final SecureRandom random = new SecureRandom();

	/**
	 * A feed of {@code relays}, in time order, into the stock of {@code pair}.
	 *
	 * @param speed simulated seconds per second of wall-clock time, above 0
	 */
	public RelayFeed(KeyManagementEntity entity, SaePair pair, List<Relay> relays, double speed, Sleeper sleeper) {
		this.entity = Objects.requireNonNull(entity, "entity");
		this.pair = Objects.requireNonNull(pair, "pair");
		this.relays = List.copyOf(relays);
		if (!(speed > 0) || Double.isInfinite(speed)) {
			throw new IllegalArgumentException("speed " + speed + " is not a number > 0");
		}
		this.speed = speed;
		this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
		for (Relay relay : this.relays) {
			if (relay.keys() > entity.configuration().maxKeyCount()) {
				throw new IllegalArgumentException("a relay of " + relay.keys() + " keys does not fit in the KME's buffer of "
						+ entity.configuration().maxKeyCount() + " keys");
			}
		}
		for (int i = 1; i < this.relays.size(); i++) {
			if (this.relays.get(i).seconds() < this.relays.get(i - 1).seconds()) {
				throw new IllegalArgumentException("relays are not in time order at relay " + (i + 1));
			}
		}
	}

	/** The keys all relays bring together. */
	public long totalKeys() {
		return relays.stream().mapToLong(Relay::keys).sum();
	}

	/**
	 * The relays not yet in the store: those after the ones whose keys add up to the store's
	 * deposited count for the pair.
	 *
	 * @throws IllegalStateException if the count does not fall on a relay boundary (the store
	 *                               holds keys that did not come from these relays)
	 */
	public List<Relay> remaining() {
		long deposited = entity.store().counts(pair.master(), pair.slave()).deposited();
		long sum = 0;
		int first = 0;
		while (first < relays.size() && sum < deposited) {
			sum += relays.get(first++).keys();
		}
		if (sum != deposited) {
			throw new IllegalStateException("the store holds " + deposited + " keys for " + pair
					+ ", which are not the first relays of this network's simulation");
		}
		return new ArrayList<>(relays.subList(first, relays.size()));
	}

	/**
	 * Deposits the remaining relays at their (scaled) times, from the first remaining one on,
	 * until all are in or {@code stop} says so.
	 *
	 * @return the keys deposited
	 * @throws InterruptedException if interrupted while waiting
	 */
	public long run(BooleanSupplier stop) throws InterruptedException {
		List<Relay> remaining = remaining();
		if (remaining.isEmpty()) {
			return 0;
		}
		double start = remaining.get(0).seconds();
		long wallStart = System.nanoTime();
		long deposited = 0;
		for (Relay relay : remaining) {
			long due = wallStart + (long) ((relay.seconds() - start) / speed * 1e9);
			while (!stop.getAsBoolean()) {
				long waitMillis = (due - System.nanoTime()) / 1_000_000;
				if (waitMillis <= 0) {
					break;
				}
				sleeper.sleep(Math.min(waitMillis, 200));
			}
			while (!stop.getAsBoolean() && !hasRoomFor(relay.keys())) {
				sleeper.sleep(200); // a full buffer holds the relay back until the SAEs take keys
			}
			if (stop.getAsBoolean()) {
				break;
			}
			deposited += entity.deposit(pair, keys(relay.keys()));
		}
		return deposited;
	}

	private boolean hasRoomFor(int keys) {
		long available = entity.store().counts(pair.master(), pair.slave()).available();
		return available + keys <= entity.configuration().maxKeyCount();
	}

	private List<byte[]> keys(int count) {
		List<byte[]> keys = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			byte[] key = new byte[entity.configuration().keyBytes()];
			random.nextBytes(key);
			keys.add(key);
		}
		return keys;
	}
}
