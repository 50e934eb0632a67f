/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.etsi014;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.openqci.device.api.DeviceCallback;
import org.openqci.device.api.DeviceStatus;
import org.openqci.device.api.DeviceStatus.Detail;
import org.openqci.device.api.DeviceStatus.Status;
import org.openqci.device.api.Reading;

/** A callback that records what a handler reports, with when, and waits for it. */
final class RecordingCallback implements DeviceCallback {

	/** A status and when it arrived ({@link System#nanoTime()}). */
	record Timed(DeviceStatus status, long nanos) {
	}

	private final List<Timed> statuses = new ArrayList<>();
	private final List<Reading> readings = new ArrayList<>();

	@Override
	public synchronized void statusUpdated(DeviceStatus status) {
		statuses.add(new Timed(status, System.nanoTime()));
		notifyAll();
	}

	@Override
	public synchronized void readingUpdated(Reading reading) {
		readings.add(reading);
		notifyAll();
	}

	/** The statuses so far. */
	synchronized List<DeviceStatus> statuses() {
		return statuses.stream().map(Timed::status).toList();
	}

	/** The statuses so far, with when they arrived. */
	synchronized List<Timed> timedStatuses() {
		return List.copyOf(statuses);
	}

	/** The readings so far. */
	synchronized List<Reading> readings() {
		return List.copyOf(readings);
	}

	/** Waits until at least {@code count} statuses match; returns the {@code count}-th. */
	DeviceStatus awaitStatus(Predicate<DeviceStatus> matching, int count, Duration timeout) {
		List<DeviceStatus> found = await(() -> statuses().stream().filter(matching).toList(), count, timeout,
				"statuses");
		return found.get(count - 1);
	}

	/** Waits for the first status matching. */
	DeviceStatus awaitStatus(Predicate<DeviceStatus> matching, Duration timeout) {
		return awaitStatus(matching, 1, timeout);
	}

	/** Waits for the first status matching that comes after the {@code after} first statuses. */
	DeviceStatus awaitStatusAfter(int after, Predicate<DeviceStatus> matching, Duration timeout) {
		return await(() -> {
			List<DeviceStatus> all = statuses();
			return all.subList(Math.min(after, all.size()), all.size()).stream().filter(matching).toList();
		}, 1, timeout, "statuses after the first " + after).get(0);
	}

	/** Waits until at least {@code count} readings named {@code name} arrived; returns them. */
	List<Reading> awaitReadings(String name, int count, Duration timeout) {
		return await(() -> readings().stream().filter(r -> r.name().equals(name)).toList(), count, timeout,
				"readings of " + name);
	}

	private synchronized <T> List<T> await(Supplier<List<T>> found, int count, Duration timeout,
			String what) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			List<T> list = found.get();
			if (list.size() >= count) {
				return list;
			}
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new AssertionError("waited " + timeout.toMillis() + " ms for " + count + " " + what
						+ ", got " + list.size() + "; statuses: " + statuses() + "; readings: " + readings.size());
			}
			try {
				wait(Math.max(1, left / 1_000_000));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted", e);
			}
		}
	}

	/** A status predicate. */
	static Predicate<DeviceStatus> is(Status status) {
		return s -> s.status() == status;
	}

	/** A status predicate. */
	static Predicate<DeviceStatus> is(Status status, Detail detail) {
		return s -> s.status() == status && s.detail() == detail;
	}
}
