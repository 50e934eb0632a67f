/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.openqci.core.orbit.Pass;
import org.openqci.core.orbit.PassSample;
import org.openqci.core.results.PassPoint;
import org.openqci.core.results.PassResult;
import org.openqci.core.spi.BlockKey;
import org.openqci.core.spi.ChannelBudget;
import org.openqci.core.spi.ChannelModel;
import org.openqci.core.spi.DetectorCharacteristics;
import org.openqci.core.spi.DetectorModel;
import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.core.spi.SourceCharacteristics;
import org.openqci.core.spi.SourceModel;
import org.openqci.core.spi.TimeSlot;
import org.openqci.physics.Maximiser;

/**
 * Evaluates one link along one satellite pass: at every step the satellite channel segments get
 * the pass's elevation and slant range, the other components keep the experiment's values, and
 * the protocol distils one block from all the pulses of the pass
 * ({@link ProtocolModel#evaluateBlock}). Free parameters are optimised once for the whole pass
 * (they cannot change during a block), maximising its secret key. Stateless apart from its
 * inputs; passes are evaluated in parallel.
 */
final class PassEvaluator {

	/** Points of the key-so-far curve per pass (the finite key of each prefix of the pass). */
	private static final int KEY_CURVE_POINTS = 100;

	private final BooleanSupplier cancelled;

	PassEvaluator(BooleanSupplier cancelled) {
		this.cancelled = cancelled;
	}

	/**
	 * Evaluates a pass, starting the optimiser from {@code warm} (the optimum of another pass of the
	 * same link) when given.
	 */
	PassResult evaluate(ResolvedExperiment.Link link, Pass pass, double stepSeconds, PassResult warm) {
		checkCancelled();
		String at = " in pass " + pass.number() + " over " + pass.station() + " at " + pass.start();
		List<Map<String, Double>> values = new ArrayList<>();
		for (ResolvedExperiment.Component c : link.components()) {
			values.add(new LinkedHashMap<>(c.values()));
		}
		List<PassSample> samples = pass.samples();
		double[] seconds = slotDurations(pass, stepSeconds);
		List<ChannelBudget> channels = new ArrayList<>(samples.size());
		for (PassSample sample : samples) {
			channels.add(channel(link, values, sample, at));
		}
		List<ResolvedExperiment.FreeParameter> free = link.free();
		Map<String, Double> optimised = new LinkedHashMap<>();
		if (!free.isEmpty()) {
			List<Maximiser.Variable> variables = free.stream().map(ResolvedExperiment.FreeParameter::variable).toList();
			Maximiser.Result best = Maximiser.maximiseFrom(x -> {
				checkCancelled();
				LinkEvaluator.setFree(values, free, x);
				return block(link, values, channels, seconds, samples.size(), at).secretBits();
			}, variables, LinkEvaluator.warmStart(free,
					warm == null || !(warm.secretBits() > 0.0) ? null : warm.optimisedParameters()),
					LinkEvaluator.seed(link, free));
			LinkEvaluator.setFree(values, free, best.point());
			for (ResolvedExperiment.FreeParameter f : free) {
				optimised.put(f.key(), values.get(f.component()).get(f.descriptor().name()));
			}
		}
		BlockKey key = block(link, values, channels, seconds, samples.size(), at);
		PassSample top = samples.stream().max(Comparator.comparingDouble(PassSample::elevationDeg)).orElseThrow();
		return new PassResult(link.id(), link.name(), pass.station(), pass.number(), pass.start(), pass.end(),
				pass.maxElevationDeg(), top.sunElevationDeg(), key.secretBits(), key.pulses(), key.detections(),
				key.qber(), key.finiteKey(),
				optimised, timeline(link, values, channels, seconds, samples, at));
	}

	/** The time each sample stands for: from it to the next sample (the last one: to the pass's end). */
	private static double[] slotDurations(Pass pass, double step) {
		List<PassSample> samples = pass.samples();
		double[] seconds = new double[samples.size()];
		for (int i = 0; i < seconds.length; i++) {
			Instant next = i + 1 < seconds.length ? samples.get(i + 1).time() : pass.end();
			seconds[i] = Math.max(0.0, Duration.between(samples.get(i).time(), next).toNanos() * 1e-9);
		}
		return seconds;
	}

	private ChannelBudget channel(ResolvedExperiment.Link link, List<Map<String, Double>> values, PassSample sample,
			String at) {
		List<ResolvedExperiment.Component> segments = link.channels();
		List<ChannelBudget> budgets = new ArrayList<>(segments.size());
		for (int i = 0; i < segments.size(); i++) {
			ResolvedExperiment.Component segment = segments.get(i);
			Map<String, Double> v = values.get(i + 1);
			if (PassRequests.isSatelliteChannel(segment.model())) {
				v.put(PassRequests.ELEVATION, sample.elevationDeg());
				v.put(PassRequests.SLANT_RANGE, sample.rangeKm());
				if (segment.model().parameter(PassRequests.SUN_ELEVATION).isPresent()) {
					v.put(PassRequests.SUN_ELEVATION, sample.sunElevationDeg());
				}
			}
			ParameterValues p = ParameterValues.of(v);
			budgets.add(LinkEvaluator.call(segment, at, () -> ((ChannelModel) segment.model()).budget(p)));
		}
		return ChannelBudget.chain(budgets);
	}

	/** The block of the first {@code count} slots at the current parameter values. */
	private BlockKey block(ResolvedExperiment.Link link, List<Map<String, Double>> values, List<ChannelBudget> channels,
			double[] seconds, int count, String at) {
		List<TimeSlot> slots = slots(link, values, channels, seconds, count, at);
		ResolvedExperiment.Component protocol = link.protocol();
		ParameterValues p = ParameterValues.of(values.get(values.size() - 1));
		return LinkEvaluator.call(protocol, at, () -> ((ProtocolModel) protocol.model()).evaluateBlock(slots, p));
	}

	private static List<TimeSlot> slots(ResolvedExperiment.Link link, List<Map<String, Double>> values,
			List<ChannelBudget> channels, double[] seconds, int count, String at) {
		SourceCharacteristics source = source(link, values, at);
		DetectorCharacteristics detector = detector(link, values, at);
		List<TimeSlot> slots = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			if (seconds[i] > 0.0) {
				slots.add(new TimeSlot(new LinkBudget(channels.get(i), source, detector),
						source.repetitionRateHz() * seconds[i]));
			}
		}
		return slots;
	}

	private List<PassPoint> timeline(ResolvedExperiment.Link link, List<Map<String, Double>> values,
			List<ChannelBudget> channels, double[] seconds, List<PassSample> samples, String at) {
		SourceCharacteristics source = source(link, values, at);
		DetectorCharacteristics detector = detector(link, values, at);
		ResolvedExperiment.Component protocol = link.protocol();
		ParameterValues p = ParameterValues.of(values.get(values.size() - 1));
		double[] keySoFar = keySoFar(link, values, channels, seconds, at);
		List<PassPoint> points = new ArrayList<>(samples.size());
		for (int i = 0; i < samples.size(); i++) {
			checkCancelled();
			LinkBudget budget = new LinkBudget(channels.get(i), source, detector);
			KeyRate r = LinkEvaluator.call(protocol, at, () -> ((ProtocolModel) protocol.model()).evaluate(budget, p));
			PassSample s = samples.get(i);
			points.add(new PassPoint(s.time(), s.elevationDeg(), s.rangeKm(), s.sunElevationDeg(),
					channels.get(i).lossDb(), r.gain() * source.repetitionRateHz(), r.qber(), keySoFar[i]));
		}
		return points;
	}

	/**
	 * The finite key of the block from the start of the pass to each step: evaluated at about
	 * {@value #KEY_CURVE_POINTS} steps (each a whole finite-key analysis of that prefix) and
	 * interpolated linearly between them; exact at the last step.
	 */
	private double[] keySoFar(ResolvedExperiment.Link link, List<Map<String, Double>> values,
			List<ChannelBudget> channels, double[] seconds, String at) {
		int n = channels.size();
		double[] key = new double[n];
		int every = Math.max(1, (int) Math.ceil(n / (double) KEY_CURVE_POINTS));
		int previous = -1;
		double previousKey = 0.0;
		for (int i = Math.min(n - 1, every - 1); previous < n - 1; i = Math.min(n - 1, i + every)) {
			checkCancelled();
			double k = block(link, values, channels, seconds, i + 1, at).secretBits();
			for (int j = previous + 1; j <= i; j++) {
				key[j] = previousKey + (k - previousKey) * (j - previous) / (double) (i - previous);
			}
			previous = i;
			previousKey = k;
		}
		return key;
	}

	private static SourceCharacteristics source(ResolvedExperiment.Link link, List<Map<String, Double>> values,
			String at) {
		ResolvedExperiment.Component c = link.source();
		ParameterValues v = ParameterValues.of(values.get(0));
		return LinkEvaluator.call(c, at, () -> ((SourceModel) c.model()).characterise(v));
	}

	private static DetectorCharacteristics detector(ResolvedExperiment.Link link, List<Map<String, Double>> values,
			String at) {
		ResolvedExperiment.Component c = link.detector();
		ParameterValues v = ParameterValues.of(values.get(values.size() - 2));
		return LinkEvaluator.call(c, at, () -> ((DetectorModel) c.model()).characterise(v));
	}

	private void checkCancelled() {
		if (cancelled.getAsBoolean()) {
			throw new LinkEvaluator.Cancelled();
		}
	}
}
