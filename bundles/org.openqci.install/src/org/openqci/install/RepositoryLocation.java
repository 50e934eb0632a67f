/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.install;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Turns what a user types for a p2 repository (a URI, a folder, a zipped repository) into a URI. */
public final class RepositoryLocation {

	private RepositoryLocation() {
	}

	/**
	 * The repository's URI: {@code text} itself when it has a scheme ({@code file:}, {@code https:},
	 * {@code jar:}); otherwise a path, relative to the working directory, to a repository folder
	 * or to a zipped repository ({@code .zip}, opened as a {@code jar:} URI).
	 *
	 * @throws InstallException if a path does not exist or the URI is malformed
	 */
	public static URI parse(String text) throws InstallException {
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			throw new InstallException("the repository location is empty");
		}
		if (trimmed.matches("[A-Za-z][A-Za-z0-9+.-]+:.*")) {
			try {
				return new URI(trimmed);
			} catch (URISyntaxException e) {
				throw new InstallException("'" + trimmed + "' is not a valid URI: " + e.getReason(), e);
			}
		}
		Path path = Path.of(trimmed).toAbsolutePath().normalize();
		if (!Files.exists(path)) {
			throw new InstallException("no repository at " + path + ": the folder or file does not exist");
		}
		URI uri = path.toUri();
		if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".zip")) {
			return URI.create("jar:" + uri + "!/");
		}
		return uri;
	}
}
