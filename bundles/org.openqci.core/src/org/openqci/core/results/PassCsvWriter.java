/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.results;

import static org.openqci.core.results.ResultCsvWriter.line;
import static org.openqci.core.results.ResultCsvWriter.number;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.openqci.core.orbit.PassFailure;
import org.openqci.model.files.AtomicFileWriter;

/**
 * Exports the satellite passes of a result set as CSV, in the style of {@link ResultCsvWriter}:
 * a pass table (one line per link and pass: times, duration, maximum elevation, key, pulses,
 * detections, QBER, the optimised parameters) with a line per failed prediction at its end, and a
 * timeline (one line per link, pass and step).
 */
public final class PassCsvWriter {

	private PassCsvWriter() {
	}

	/** Writes the pass table to {@code file} atomically. */
	public static void writePasses(PassResults passes, Path file) throws IOException {
		AtomicFileWriter.write(file, out -> {
			Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writePasses(passes, w);
			w.flush();
		});
	}

	/** Writes the timeline of every pass to {@code file} atomically. */
	public static void writeTimeline(PassResults passes, Path file) throws IOException {
		AtomicFileWriter.write(file, out -> {
			Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writeTimeline(passes, w);
			w.flush();
		});
	}

	static void writePasses(PassResults passes, Writer out) throws IOException {
		Set<String> keys = new LinkedHashSet<>();
		passes.passes().forEach(p -> keys.addAll(p.optimisedParameters().keySet()));
		List<String> header = new ArrayList<>(List.of("link", "station", "pass", "start", "end", "duration [s]",
				"max elevation [deg]", "sun elevation [deg]", "sky", "secret key [bit]", "pulses", "detections", "qber",
				"finite key", "failure"));
		keys.forEach(k -> header.add("opt " + k));
		line(out, header);
		for (PassResult p : passes.passes()) {
			List<String> fields = new ArrayList<>(List.of(p.linkId(), p.station(), Integer.toString(p.number()),
					p.start().toString(), p.end().toString(), number(p.duration().toNanos() * 1e-9),
					number(p.maxElevationDeg()), number(p.sunElevationDeg()), p.sky(), number(p.secretBits()),
					number(p.pulses()), number(p.detections()), number(p.qber()), Boolean.toString(p.finiteKey()), ""));
			keys.forEach(k -> fields.add(number(p.optimisedParameters().get(k))));
			line(out, fields);
		}
		for (PassFailure f : passes.failures()) {
			List<String> fields = new ArrayList<>(List.of("", f.station(), "", f.time().toString(), "", "", "", "", "",
					"", "", "", "", "", f.message()));
			keys.forEach(k -> fields.add(""));
			line(out, fields);
		}
	}

	static void writeTimeline(PassResults passes, Writer out) throws IOException {
		line(out, List.of("link", "station", "pass", "time", "elevation [deg]", "range [km]", "sun elevation [deg]",
				"loss [dB]", "detections [1/s]", "qber", "key so far [bit]"));
		for (PassResult p : passes.passes()) {
			for (PassPoint t : p.timeline()) {
				line(out, List.of(p.linkId(), p.station(), Integer.toString(p.number()), t.time().toString(),
						number(t.elevationDeg()), number(t.rangeKm()), number(t.sunElevationDeg()), number(t.lossDb()),
						number(t.detectionsPerSecond()), number(t.qber()), number(t.keySoFarBits())));
			}
		}
	}
}
