/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.devices;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqci.device.api.Reading;

/**
 * The recent readings of one device, per reading name, for a rolling window of time (older values
 * are dropped). Thread-safe.
 */
public final class ReadingHistory {

	private final Duration window;
	private final Map<String, Deque<Reading>> readings = new LinkedHashMap<>();

	/** A history that keeps {@code window} of readings. */
	public ReadingHistory(Duration window) {
		this.window = window;
	}

	/** Adds a reading and drops what fell out of the window. */
	public synchronized void add(Reading reading) {
		Deque<Reading> values = readings.computeIfAbsent(reading.name(), k -> new ArrayDeque<>());
		values.addLast(reading);
		Instant oldest = reading.time().minus(window);
		while (!values.isEmpty() && values.peekFirst().time().isBefore(oldest)) {
			values.removeFirst();
		}
	}

	/** The readings of one name in the window, oldest first. */
	public synchronized List<Reading> get(String name) {
		Deque<Reading> values = readings.get(name);
		return values == null ? List.of() : new ArrayList<>(values);
	}

	/** The newest reading of one name, or {@code null}. */
	public synchronized Reading latest(String name) {
		Deque<Reading> values = readings.get(name);
		return values == null || values.isEmpty() ? null : values.peekLast();
	}
}
