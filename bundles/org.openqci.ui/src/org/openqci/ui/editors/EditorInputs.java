/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import java.net.URI;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.ide.ResourceUtil;

/** Finds the local file behind an editor input (workspace file, path or file URI). */
final class EditorInputs {

	private EditorInputs() {
	}

	/** The local file of {@code input}, or {@code null} if it has none. */
	static Path path(IEditorInput input) {
		IFile file = ResourceUtil.getFile(input);
		if (file != null) {
			IPath location = file.getLocation();
			return location == null ? null : location.toPath();
		}
		if (input instanceof IPathEditorInput pathInput) {
			return pathInput.getPath().toPath();
		}
		if (input instanceof IURIEditorInput uriInput) {
			URI uri = uriInput.getURI();
			if (uri != null && "file".equals(uri.getScheme())) {
				return Path.of(uri);
			}
		}
		return null;
	}
}
