/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.results;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.openqci.model.files.AtomicFileWriter;

/**
 * Exports a result set as CSV in long format: one line per link and sweep point, with columns
 * {@code link, protocol}, one per sweep axis ({@code fibre.length [km]}), the key rates, QBER,
 * gain, channel transmittance and the PLOB and TGW bounds, then one column per optimised
 * parameter ({@code opt source.mu [1]}) and one per protocol detail. Numbers are written with
 * full precision ({@link Double#toString(double)}, locale independent); NaN and infinite values
 * are left empty. Fields are quoted per RFC 4180 where needed; lines end with LF.
 */
public final class ResultCsvWriter {

	private ResultCsvWriter() {
	}

	/** Writes the CSV to {@code file} atomically (a failed write leaves no partial file). */
	public static void write(ResultSet results, Path file) throws IOException {
		AtomicFileWriter.write(file, out -> {
			Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			write(results, w);
			w.flush();
		});
	}

	/** The CSV text, header first. */
	public static String toCsv(ResultSet results) {
		StringWriter out = new StringWriter();
		try {
			write(results, out);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringWriter does not fail
		}
		return out.toString();
	}

	private static void write(ResultSet results, Writer out) throws IOException {
		line(out, ResultColumns.all(results));
		List<String> keys = results.optimisedParameterKeys();
		List<String> details = results.detailNames();
		for (ResultRow row : results.rows()) {
			List<String> fields = new ArrayList<>();
			fields.add(row.linkId());
			fields.add(row.protocolId());
			for (double c : row.coordinates()) {
				fields.add(number(c));
			}
			for (double q : ResultColumns.quantities(row)) {
				fields.add(number(q));
			}
			for (String key : keys) {
				fields.add(number(row.optimisedParameters().get(key)));
			}
			for (String name : details) {
				fields.add(number(row.details().get(name)));
			}
			line(out, fields);
		}
	}

	/** Writes one CSV line of fields, quoted where needed. */
	public static void line(Writer out, List<String> fields) throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(quote(fields.get(i)));
		}
		out.write('\n');
	}

	/** A field quoted per RFC 4180 when it holds a comma, quote or line break. */
	static String quote(String field) {
		if (field == null) {
			return "";
		}
		if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
			return field;
		}
		return '"' + field.replace("\"", "\"\"") + '"';
	}

	/** A number at full precision, or empty for null, NaN and infinities. */
	public static String number(Double v) {
		return v == null || !Double.isFinite(v) ? "" : Double.toString(v);
	}
}
