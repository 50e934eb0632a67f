/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.results;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.openqci.model.files.AtomicFileWriter;

/**
 * Exports a result set as JSON: an object with {@code provenance} (experiment, file, sha256,
 * overrides, bundles, created as ISO-8601, seeds), {@code axes} ({@code path, label, unit}),
 * {@code columns} (the CSV column names with units) and {@code series}, one per link
 * ({@code link, name, protocol, points}); each point has {@code coordinates, keyRatePerPulse,
 * keyRatePerSecond, qber, gain, channelTransmittance, plob, tgw, optimised, details}. NaN and
 * infinite numbers are written as {@code null}.
 */
public final class ResultJsonWriter {

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
			.create();

	private ResultJsonWriter() {
	}

	/** Writes the JSON to {@code file} atomically (a failed write leaves no partial file). */
	public static void write(ResultSet results, Path file) throws IOException {
		AtomicFileWriter.write(file, out -> {
			Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			GSON.toJson(toJsonTree(results), w);
			w.flush();
		});
	}

	/** The JSON text. */
	public static String toJson(ResultSet results) {
		return GSON.toJson(toJsonTree(results));
	}

	/** The JSON document as a Gson tree. */
	static JsonObject toJsonTree(ResultSet results) {
		JsonObject root = new JsonObject();
		root.add("provenance", provenance(results.provenance()));
		JsonArray axes = new JsonArray();
		for (SweepAxisInfo axis : results.axes()) {
			JsonObject a = new JsonObject();
			a.addProperty("path", axis.path());
			a.addProperty("label", axis.label());
			a.addProperty("unit", axis.unit());
			axes.add(a);
		}
		root.add("axes", axes);
		JsonArray columns = new JsonArray();
		ResultColumns.all(results).forEach(columns::add);
		root.add("columns", columns);
		JsonArray series = new JsonArray();
		for (Map.Entry<String, List<ResultRow>> e : results.rowsByLink().entrySet()) {
			ResultRow first = e.getValue().get(0);
			JsonObject s = new JsonObject();
			s.addProperty("link", e.getKey());
			s.addProperty("name", first.linkName());
			s.addProperty("protocol", first.protocolId());
			JsonArray points = new JsonArray();
			for (ResultRow row : e.getValue()) {
				points.add(point(row));
			}
			s.add("points", points);
			series.add(s);
		}
		root.add("series", series);
		return root;
	}

	private static JsonObject point(ResultRow row) {
		JsonObject p = new JsonObject();
		JsonArray coordinates = new JsonArray();
		for (double c : row.coordinates()) {
			coordinates.add(number(c));
		}
		p.add("coordinates", coordinates);
		p.add("keyRatePerPulse", number(row.secretKeyPerPulse()));
		p.add("keyRatePerSecond", number(row.secretKeyPerSecond()));
		p.add("qber", number(row.qber()));
		p.add("gain", number(row.gain()));
		p.add("channelTransmittance", number(row.channelTransmittance()));
		p.add("plob", number(row.plob()));
		p.add("tgw", number(row.tgw()));
		p.add("optimised", numbers(row.optimisedParameters()));
		p.add("details", numbers(row.details()));
		return p;
	}

	private static JsonObject provenance(Provenance provenance) {
		JsonObject p = new JsonObject();
		if (provenance == null) {
			return p;
		}
		p.addProperty("experiment", provenance.experimentName());
		p.addProperty("file", provenance.experimentFile());
		p.addProperty("sha256", provenance.experimentSha256());
		JsonArray overrides = new JsonArray();
		if (provenance.overrides() != null) {
			provenance.overrides().forEach(overrides::add);
		}
		p.add("overrides", overrides);
		JsonObject bundles = new JsonObject();
		if (provenance.bundleVersions() != null) {
			provenance.bundleVersions().forEach(bundles::addProperty);
		}
		p.add("bundles", bundles);
		p.addProperty("created", provenance.created() == null ? null : provenance.created().toString());
		JsonObject seeds = new JsonObject();
		if (provenance.seeds() != null) {
			provenance.seeds().forEach(seeds::addProperty);
		}
		p.add("seeds", seeds);
		return p;
	}

	private static JsonObject numbers(Map<String, Double> values) {
		JsonObject o = new JsonObject();
		values.forEach((k, v) -> o.add(k, number(v)));
		return o;
	}

	private static JsonElement number(Double v) {
		return v == null || !Double.isFinite(v) ? JsonNull.INSTANCE : new JsonPrimitive(v);
	}
}
