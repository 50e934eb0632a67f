/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.openqci.core.validation.Problem;
import org.openqci.ui.UiIds;

/**
 * Mirrors validation problems as problem markers on the experiment file, so that they appear in
 * the Problems view: severity, message, location (the element path) and the element's URI
 * fragment (to select it again from the marker).
 */
public final class ProblemMarkers {

	/** Marker attribute holding the EMF URI fragment of the problem's element. */
	public static final String URI_FRAGMENT = "org.openqci.ui.uriFragment";

	private ProblemMarkers() {
	}

	/** Replaces the OpenQCI problem markers of {@code file} with markers for {@code problems}. */
	public static void replace(IFile file, List<Problem> problems) throws CoreException {
		if (file == null || !file.exists()) {
			return;
		}
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		workspace.run(monitor -> {
			file.deleteMarkers(UiIds.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
			for (Problem problem : problems) {
				file.createMarker(UiIds.PROBLEM_MARKER, attributes(problem));
			}
		}, null, IWorkspace.AVOID_UPDATE, null);
	}

	/** Removes the OpenQCI problem markers of {@code file}. */
	public static void clear(IFile file) throws CoreException {
		if (file != null && file.exists()) {
			file.deleteMarkers(UiIds.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
		}
	}

	private static Map<String, Object> attributes(Problem problem) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.SEVERITY,
				problem.isError() ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
		attributes.put(IMarker.MESSAGE, description(problem));
		attributes.put(IMarker.LOCATION, problem.elementPath());
		attributes.put(IMarker.TRANSIENT, Boolean.FALSE);
		String fragment = fragment(problem.element());
		if (fragment != null) {
			attributes.put(URI_FRAGMENT, fragment);
		}
		return attributes;
	}

	/**
	 * The problem with the innermost element it concerns, e.g. {@code parameter 'efficiency':
	 * value 1.5 is outside [0, 1]}; the whole path is the marker's location.
	 */
	static String description(Problem problem) {
		String path = problem.elementPath();
		if (path == null || path.isEmpty()) {
			return problem.message();
		}
		int last = path.lastIndexOf(" / ");
		return (last < 0 ? path : path.substring(last + 3)) + ": " + problem.message();
	}

	private static String fragment(EObject element) {
		if (element == null) {
			return null;
		}
		Resource resource = element.eResource();
		return resource == null ? null : resource.getURIFragment(element);
	}
}
