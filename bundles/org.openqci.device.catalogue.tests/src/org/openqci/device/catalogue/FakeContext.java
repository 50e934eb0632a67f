/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.catalogue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.openqci.device.api.DeviceCallback;
import org.openqci.device.api.DeviceConfiguration;
import org.openqci.device.api.DeviceContext;
import org.openqci.device.api.DeviceStatus;
import org.openqci.device.api.DeviceType;
import org.openqci.device.api.Reading;

/** A device context with a real scheduler that records what the handler reports. */
final class FakeContext implements DeviceContext, DeviceCallback, AutoCloseable {

	final List<DeviceStatus> statuses = new CopyOnWriteArrayList<>();
	final List<Reading> readings = new CopyOnWriteArrayList<>();
	private final DeviceType type;
	private final DeviceConfiguration configuration;
	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

	FakeContext(DeviceType type, String... namesAndValues) {
		this.type = type;
		this.configuration = DeviceConfiguration.of(type, namesAndValues);
	}

	@Override
	public String deviceId() {
		return "test-device";
	}

	@Override
	public DeviceType type() {
		return type;
	}

	@Override
	public DeviceConfiguration configuration() {
		return configuration;
	}

	@Override
	public DeviceCallback callback() {
		return this;
	}

	@Override
	public ScheduledExecutorService scheduler() {
		return scheduler;
	}

	@Override
	public void statusUpdated(DeviceStatus status) {
		statuses.add(status);
	}

	@Override
	public void readingUpdated(Reading reading) {
		readings.add(reading);
	}

	/** Waits until the condition holds, at most two seconds; returns whether it does. */
	boolean await(Predicate<FakeContext> condition) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
		while (System.nanoTime() < end) {
			if (condition.test(this)) {
				return true;
			}
			Thread.sleep(5);
		}
		return condition.test(this);
	}

	/** The readings of that name so far. */
	List<Double> values(String name) {
		return readings.stream().filter(r -> r.name().equals(name)).map(Reading::value).toList();
	}

	@Override
	public void close() {
		scheduler.shutdownNow();
	}
}
