/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.etsi014;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The test key stores of {@code certs/} (see its README): found through the class loader (inside
 * OSGi the folder is in the fragment's root; a resource that is not a plain file is copied to a
 * temporary file), else upwards from the test classes, else under the repository path from the
 * working directory.
 */
final class TestCertificates {

	/** The password of every test store (test-only). */
	static final String PASSWORD = "changeit";

	/** The folder of the certificates in the repository. */
	private static final String REPOSITORY_FOLDER = "bundles/org.openqci.device.etsi014.tests/certs";

	private static final Map<String, Path> FOUND = new ConcurrentHashMap<>();

	private TestCertificates() {
	}

	/** The path of {@code certs/NAME}, e.g. {@code SAE_A.p12}. */
	static Path path(String name) {
		return FOUND.computeIfAbsent(name, TestCertificates::find);
	}

	/** The path of {@code certs/NAME} as text, for a configuration. */
	static String file(String name) {
		return path(name).toString();
	}

	private static Path find(String name) {
		try {
			URL url = TestCertificates.class.getClassLoader().getResource("certs/" + name);
			if (url != null) {
				if ("file".equals(url.getProtocol())) {
					return Path.of(url.toURI());
				}
				Path copy = Files.createTempFile("etsi014-", "-" + name);
				copy.toFile().deleteOnExit();
				try (InputStream in = url.openStream()) {
					Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
				}
				return copy;
			}
			CodeSource source = TestCertificates.class.getProtectionDomain().getCodeSource();
			if (source != null && source.getLocation() != null && "file".equals(source.getLocation().getProtocol())) {
				for (Path p = Path.of(source.getLocation().toURI()); p != null; p = p.getParent()) {
					Path candidate = p.resolve("certs").resolve(name);
					if (Files.isRegularFile(candidate)) {
						return candidate;
					}
				}
			}
			for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
				Path candidate = p.resolve(REPOSITORY_FOLDER).resolve(name);
				if (Files.isRegularFile(candidate)) {
					return candidate;
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the test certificate " + name, e);
		} catch (URISyntaxException e) {
			throw new IllegalStateException("cannot locate the test certificate " + name, e);
		}
		throw new IllegalStateException("test certificate certs/" + name + " not found");
	}
}
