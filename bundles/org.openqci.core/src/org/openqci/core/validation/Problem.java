/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.validation;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One thing wrong with an experiment, pointing at the model element (and feature) it concerns so
 * that editors can mark it, with a one-line message naming the problem and what was expected.
 *
 * @param severity    error (the experiment cannot run) or warning
 * @param element     the element concerned (may be {@code null} when there is none, e.g. a bad override)
 * @param feature     the feature of {@code element} concerned, or {@code null}
 * @param elementPath the element for humans, e.g. {@code link 'inf' / detector 'threshold-detector' / parameter 'efficiency'}
 * @param message     what is wrong, e.g. {@code value 1.5 is outside [0, 1]}
 */
public record Problem(Severity severity, EObject element, EStructuralFeature feature, String elementPath,
		String message) {

	/** How bad a problem is. */
	public enum Severity {
		/** The experiment cannot be run. */
		ERROR,
		/** The experiment runs, but probably not as intended. */
		WARNING
	}

	/** Checks the mandatory parts. */
	public Problem {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(elementPath, "elementPath");
		Objects.requireNonNull(message, "message");
	}

	/** An error. */
	public static Problem error(EObject element, EStructuralFeature feature, String elementPath, String message) {
		return new Problem(Severity.ERROR, element, feature, elementPath, message);
	}

	/** A warning. */
	public static Problem warning(EObject element, EStructuralFeature feature, String elementPath, String message) {
		return new Problem(Severity.WARNING, element, feature, elementPath, message);
	}

	/** Whether this is an error. */
	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** {@code elementPath + ": " + message}. */
	@Override
	public String toString() {
		return elementPath + ": " + message;
	}
}
