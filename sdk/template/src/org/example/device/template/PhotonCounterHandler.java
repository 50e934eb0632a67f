/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.device.template;

import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.openqci.device.api.DeviceContext;
import org.openqci.device.api.DeviceHandler;
import org.openqci.device.api.DeviceStatus;
import org.openqci.device.api.Reading;

/**
 * One configured counter. The SDK's rules, which every handler follows: {@link #initialize()}
 * returns at once and works on the context's scheduler; problems are reported as a status, never
 * thrown; nothing is reported after {@link #dispose()}.
 */
final class PhotonCounterHandler implements DeviceHandler {

	private final DeviceContext context;
	private final SplittableRandom random = new SplittableRandom();
	private volatile CounterSettings settings;
	private volatile ScheduledFuture<?> polling;
	private volatile boolean disposed;
	private long total;

	PhotonCounterHandler(DeviceContext context) {
		this.context = context;
	}

	@Override
	public void initialize() {
		try {
			settings = context.configuration().bind(CounterSettings.class);
		} catch (IllegalArgumentException e) {
			context.callback().statusUpdated(DeviceStatus.offline(DeviceStatus.Detail.CONFIGURATION_ERROR,
					e.getMessage()));
			return;
		}
		// A real instrument: open the connection here, on the scheduler, and report OFFLINE with
		// COMMUNICATION_ERROR (and retry later) when it does not answer.
		context.callback().statusUpdated(DeviceStatus.online());
		polling = context.scheduler().scheduleWithFixedDelay(this::measure, 0, (long) settings.updateInterval(),
				TimeUnit.MILLISECONDS);
	}

	/** Takes one reading: here a Poisson draw, for a real device a query to the instrument. */
	void measure() {
		if (disposed) {
			return;
		}
		CounterSettings s = settings;
		long counts = poisson(s.meanRate() * s.gateTime());
		synchronized (this) {
			total += counts;
		}
		context.callback().readingUpdated(new Reading(PhotonCounterFactory.COUNT_RATE, counts / s.gateTime(),
				Instant.now()));
	}

	@Override
	public CompletionStage<String> command(String name, String argument) {
		if (!PhotonCounterFactory.CLEAR.equals(name)) {
			return CompletableFuture.failedFuture(new IllegalArgumentException("no command '" + name + "'"));
		}
		synchronized (this) {
			long cleared = total;
			total = 0;
			return CompletableFuture.completedFuture(cleared + " counts cleared");
		}
	}

	@Override
	public void dispose() {
		disposed = true;
		ScheduledFuture<?> p = polling;
		if (p != null) {
			p.cancel(false);
		}
	}

	/** A Poisson draw: Knuth's product method for small means, a normal approximation above 50. */
	private long poisson(double mean) {
		if (mean > 50) {
			return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
		}
		double limit = Math.exp(-mean);
		double product = random.nextDouble();
		long k = 0;
		while (product > limit) {
			product *= random.nextDouble();
			k++;
		}
		return k;
	}
}
