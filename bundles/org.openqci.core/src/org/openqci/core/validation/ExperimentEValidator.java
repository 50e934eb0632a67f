/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.validation;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.openqci.core.registry.ModelRegistry;
import org.openqci.model.Experiment;

/**
 * Makes the {@link ExperimentValidator} available to EMF's {@code Diagnostician}, e.g. for
 * editors: register it for the experiment package with
 * {@code EValidator.Registry.INSTANCE.put(QciPackage.eINSTANCE, new ExperimentEValidator(registry))}.
 * Each problem becomes a diagnostic whose data is {@code [element, feature]} (just
 * {@code [element]} when the problem names no feature) and whose message is the problem's text.
 * The experiment is validated once per diagnostician run; each element reports the problems of
 * its own subtree.
 */
public final class ExperimentEValidator implements EValidator {

	/** The diagnostic source of every diagnostic this validator creates. */
	public static final String DIAGNOSTIC_SOURCE = "org.openqci.core";

	private static final String DONE_KEY = ExperimentEValidator.class.getName() + ".validated";

	private final ExperimentValidator validator;

	/** A validator against the models of {@code registry}. */
	public ExperimentEValidator(ModelRegistry registry) {
		this.validator = new ExperimentValidator(registry);
	}

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(EcoreUtil.getRootContainer(eObject) instanceof Experiment experiment)) {
			return true;
		}
		Set<EObject> done = done(context);
		for (EObject e = eObject; e != null; e = e.eContainer()) {
			if (done.contains(e)) {
				return true;
			}
		}
		done.add(eObject);
		boolean valid = true;
		List<Problem> problems = validator.validate(experiment);
		for (Problem problem : problems) {
			boolean inside = problem.element() == null ? eObject == experiment
					: EcoreUtil.isAncestor(eObject, problem.element());
			if (!inside) {
				continue;
			}
			valid &= !problem.isError();
			if (diagnostics != null) {
				Object[] data = problem.feature() == null ? new Object[] { problem.element() }
						: new Object[] { problem.element(), problem.feature() };
				diagnostics.add(new BasicDiagnostic(problem.isError() ? Diagnostic.ERROR : Diagnostic.WARNING,
						DIAGNOSTIC_SOURCE, 0, problem.toString(), data));
			}
		}
		return valid;
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	@SuppressWarnings("unchecked")
	private static Set<EObject> done(Map<Object, Object> context) {
		if (context == null) {
			return Collections.newSetFromMap(new IdentityHashMap<>());
		}
		return (Set<EObject>) context.computeIfAbsent(DONE_KEY, k -> Collections.newSetFromMap(new IdentityHashMap<>()));
	}
}
