/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.qrng;

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
 * A simulated QRNG: every update it draws laser-off (electronic) and laser-on (vacuum plus
 * electronic) samples, estimates both variances as the real device would, and reports the noise
 * ratio, the min-entropy ({@link VacuumNoiseEntropy}) and the extractable bit rate.
 */
final class QrngHandler implements DeviceHandler {

	private final DeviceContext context;
	private volatile ScheduledFuture<?> polling;
	private volatile boolean disposed;
	private QrngSettings settings;
	private SplittableRandom random;

	QrngHandler(DeviceContext context) {
		this.context = context;
	}

	@Override
	public void initialize() {
		try {
			settings = context.configuration().bind(QrngSettings.class);
		} catch (IllegalArgumentException e) {
			context.callback().statusUpdated(DeviceStatus.offline(DeviceStatus.Detail.CONFIGURATION_ERROR,
					e.getMessage()));
			return;
		}
		random = settings.seed() == 0 ? new SplittableRandom() : new SplittableRandom((long) settings.seed());
		context.callback().statusUpdated(DeviceStatus.online());
		polling = context.scheduler().scheduleWithFixedDelay(this::measure, 0, (long) settings.updateInterval(),
				TimeUnit.MILLISECONDS);
	}

	private void measure() {
		if (disposed) {
			return;
		}
		int n = (int) settings.estimationSamples();
		double electronic = 1;
		double quantum = electronic * Math.pow(10, settings.noiseRatio() / 10);
		double off = variance(n, electronic);
		double on = variance(n, quantum + electronic);
		double estimatedQuantum = Math.max(0, on - off);
		double ratio = estimatedQuantum > 0 ? 10 * Math.log10(estimatedQuantum / off) : Double.NEGATIVE_INFINITY;
		double entropy = VacuumNoiseEntropy.minEntropy(estimatedQuantum, off, (int) settings.adcBits(),
				settings.adcRange());
		Instant now = Instant.now();
		context.callback().readingUpdated(new Reading(QrngFactory.NOISE_RATIO, ratio, now));
		context.callback().readingUpdated(new Reading(QrngFactory.MIN_ENTROPY, entropy, now));
		context.callback().readingUpdated(new Reading(QrngFactory.BIT_RATE, entropy * settings.sampleRate(), now));
	}

	/** The sample variance of {@code n} zero-mean Gaussian samples of the given variance. */
	private double variance(int n, double trueVariance) {
		double sigma = Math.sqrt(trueVariance);
		double sum = 0;
		double sumSquares = 0;
		for (int i = 0; i < n; i++) {
			double x = sigma * random.nextGaussian();
			sum += x;
			sumSquares += x * x;
		}
		double mean = sum / n;
		return (sumSquares - n * mean * mean) / (n - 1);
	}

	@Override
	public CompletionStage<String> command(String name, String argument) {
		return CompletableFuture.failedFuture(new IllegalArgumentException("this device has no commands"));
	}

	@Override
	public void dispose() {
		disposed = true;
		ScheduledFuture<?> p = polling;
		if (p != null) {
			p.cancel(false);
		}
	}
}
