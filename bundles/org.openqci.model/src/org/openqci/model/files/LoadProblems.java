/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model.files;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.openqci.model.QciPackage;
import org.xml.sax.SAXParseException;

/**
 * Turns what EMF and the XML parser report about a file that failed to load into one
 * {@link ExperimentFileException} with the line, the column and a sentence a user understands.
 */
final class LoadProblems {

	private LoadProblems() {
	}

	/**
	 * Describes the first problem of a failed load.
	 *
	 * @param file     the file that was read
	 * @param resource the resource it was read into (its errors are looked at first)
	 * @param failure  the exception the load threw, or null when it only recorded errors
	 */
	static ExperimentFileException describe(Path file, Resource resource, Exception failure) {
		Resource.Diagnostic diagnostic = resource.getErrors().isEmpty() ? null : resource.getErrors().get(0);
		if (diagnostic == null) {
			diagnostic = find(failure, Resource.Diagnostic.class);
		}
		SAXParseException parseError = find(diagnostic instanceof Throwable t ? t : failure, SAXParseException.class);
		if (parseError == null && diagnostic == null) {
			parseError = find(failure, SAXParseException.class);
		}
		Throwable cause = failure != null ? failure : diagnostic instanceof Throwable t ? t : null;
		if (parseError != null) {
			String message = text(parseError);
			if (message.contains("DOCTYPE is disallowed")) {
				message = "DOCTYPE declarations are not allowed in experiment files";
			}
			return new ExperimentFileException(file, parseError.getLineNumber(), parseError.getColumnNumber(),
					"malformed XML: " + message, cause);
		}
		if (diagnostic != null) {
			return new ExperimentFileException(file, diagnostic.getLine(), diagnostic.getColumn(), problem(diagnostic),
					cause);
		}
		return new ExperimentFileException(file, "cannot read the experiment: " + text(failure), cause);
	}

	/** The message of an exception, or its type when it has none (walks down to the root cause). */
	static String text(Throwable failure) {
		Throwable current = failure;
		Set<Throwable> seen = new HashSet<>();
		while (current != null && seen.add(current)) {
			String message = current.getMessage();
			if (message != null && !message.isBlank() && !message.equals(String.valueOf(current.getCause()))) {
				return oneLine(message);
			}
			current = current.getCause();
		}
		return failure == null ? "unknown error" : failure.getClass().getSimpleName();
	}

	private static String problem(Resource.Diagnostic diagnostic) {
		if (diagnostic instanceof FeatureNotFoundException e) {
			return "unknown element or attribute '" + e.getName() + "'" + in(e.getObject());
		}
		if (diagnostic instanceof ClassNotFoundException e) {
			return "unknown element type '" + e.getName() + "'";
		}
		if (diagnostic instanceof PackageNotFoundException e) {
			String uri = e.uri();
			if (uri == null || uri.isEmpty()) {
				return "not an OpenQCI experiment: the root element has no namespace (expected '"
						+ QciPackage.eNS_URI + "')";
			}
			return "not an OpenQCI experiment: unknown namespace '" + uri + "' (expected '" + QciPackage.eNS_URI
					+ "')";
		}
		if (diagnostic instanceof IllegalValueException e) {
			String feature = e.getFeature() == null ? "" : " for '" + e.getFeature().getName() + "'";
			return "invalid value '" + e.getValue() + "'" + feature + in(e.getObject());
		}
		if (diagnostic instanceof UnresolvedReferenceException e) {
			return "unresolved reference '" + e.getReference() + "'";
		}
		String message = diagnostic.getMessage();
		return message == null || message.isBlank() ? diagnostic.getClass().getSimpleName() : oneLine(message);
	}

	/** Keeps a message on one line and free of control characters. */
	private static String oneLine(String message) {
		StringBuilder text = new StringBuilder(message.length());
		message.strip().codePoints().forEach(c -> text.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
		return text.toString().replaceAll(" {2,}", " ");
	}

	private static String in(EObject object) {
		return object == null ? "" : " in " + object.eClass().getName();
	}

	private static <T> T find(Throwable failure, Class<T> type) {
		Throwable current = failure;
		Set<Throwable> seen = new HashSet<>();
		while (current != null && seen.add(current)) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
			current = current.getCause();
		}
		return null;
	}
}
