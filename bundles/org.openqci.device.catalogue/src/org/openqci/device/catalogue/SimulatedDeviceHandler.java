/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

import org.openqci.device.api.DeviceConfiguration;
import org.openqci.device.api.DeviceContext;
import org.openqci.device.api.DeviceHandler;
import org.openqci.device.api.DeviceStatus;
import org.openqci.device.api.DeviceStatus.Detail;
import org.openqci.device.api.Reading;

/**
 * One simulated device. {@link #initialize()} returns at once; on the scheduler it checks the
 * configuration (an unknown {@code preset} or a bad value: OFFLINE with
 * {@link Detail#CONFIGURATION_ERROR}), reports ONLINE and then, every {@code updateInterval} ms,
 * each reading with its simulated noise, drawn from a generator seeded with {@code seed} (0: from
 * the clock). Commands: {@code preset} (switch to a preset; configured values still win) and
 * {@code reset} (back to the configured preset, generator reseeded). Nothing is reported after
 * {@link #dispose()} returns.
 */
public final class SimulatedDeviceHandler implements DeviceHandler {

	private final DeviceContext context;
	private final CatalogueType type;
	private final Object lock = new Object();

	private boolean disposed;
	private boolean online;
	private ScheduledFuture<?> updates;
	private Preset configuredPreset;
	private Map<String, Double> values;
	private long seed;
	private long intervalMillis;
	private RandomGenerator random;

	SimulatedDeviceHandler(DeviceContext context, CatalogueType type) {
		this.context = context;
		this.type = type;
	}

	@Override
	public void initialize() {
		context.scheduler().execute(this::start);
	}

	private void start() {
		synchronized (lock) {
			if (disposed) {
				return;
			}
			try {
				DeviceStatus problem = configure(context.configuration());
				if (problem != null) {
					context.callback().statusUpdated(problem);
					return;
				}
				online = true;
				context.callback().statusUpdated(DeviceStatus.online());
				updates = context.scheduler().scheduleAtFixedRate(this::update, intervalMillis, intervalMillis,
						TimeUnit.MILLISECONDS);
			} catch (RuntimeException e) {
				online = false;
				context.callback().statusUpdated(DeviceStatus.offline(Detail.HANDLER_ERROR, e.toString()));
			}
		}
	}

	/** Reads the configuration; returns the OFFLINE status if it is invalid, else {@code null}. */
	private DeviceStatus configure(DeviceConfiguration configuration) {
		List<String> problems = configuration.problems();
		if (!problems.isEmpty()) {
			return DeviceStatus.offline(Detail.CONFIGURATION_ERROR, String.join("; ", problems));
		}
		CommonSettings settings = configuration.bind(CommonSettings.class);
		Optional<Preset> preset = type.preset(settings.preset());
		if (preset.isEmpty()) {
			return DeviceStatus.offline(Detail.CONFIGURATION_ERROR, unknownPreset(settings.preset()));
		}
		configuredPreset = preset.get();
		values = type.resolve(configuredPreset, configuration);
		seed = settings.seed() != 0 ? settings.seed() : System.nanoTime();
		random = new SplittableRandom(seed);
		intervalMillis = settings.updateInterval();
		return null;
	}

	private String unknownPreset(String name) {
		return Common.PRESET + ": unknown preset '" + name + "' for " + type.id() + "; known presets: "
				+ Common.names(type.presets());
	}

	private void update() {
		synchronized (lock) {
			if (disposed || !online) {
				return;
			}
			try {
				Instant now = Instant.now();
				type.sample(values, random, intervalMillis / 1000.0)
						.forEach((name, value) -> context.callback().readingUpdated(new Reading(name, value, now)));
			} catch (RuntimeException e) {
				online = false;
				updates.cancel(false);
				context.callback().statusUpdated(DeviceStatus.offline(Detail.HANDLER_ERROR, e.toString()));
			}
		}
	}

	@Override
	public CompletionStage<String> command(String name, String argument) {
		synchronized (lock) {
			if (disposed || !online) {
				return CompletableFuture.failedFuture(new IllegalStateException(type.id() + " is offline"));
			}
			if (Common.PRESET.equals(name)) {
				String wanted = argument == null ? "" : argument.trim();
				Optional<Preset> preset = type.preset(wanted);
				if (preset.isEmpty()) {
					return CompletableFuture.failedFuture(new IllegalArgumentException(unknownPreset(wanted)));
				}
				values = type.resolve(preset.get(), context.configuration());
				return CompletableFuture.completedFuture("preset " + wanted);
			}
			if (Common.RESET.equals(name)) {
				values = type.resolve(configuredPreset, context.configuration());
				random = new SplittableRandom(seed);
				return CompletableFuture.completedFuture("");
			}
			return CompletableFuture.failedFuture(new IllegalArgumentException(
					"unknown command '" + name + "'; known commands: " + Common.PRESET + ", " + Common.RESET));
		}
	}

	@Override
	public void dispose() {
		synchronized (lock) {
			disposed = true;
			online = false;
			if (updates != null) {
				updates.cancel(false);
			}
		}
	}

	/** The numeric values in use (for tests). */
	Map<String, Double> values() {
		synchronized (lock) {
			return values;
		}
	}
}
