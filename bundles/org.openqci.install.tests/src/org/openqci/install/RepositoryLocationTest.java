/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user types for a repository becomes the URI p2 needs, or a message saying what is wrong. */
class RepositoryLocationTest {

	@TempDir
	Path tmp;

	@Test
	void aFolderBecomesItsFileUri() throws Exception {
		assertEquals(tmp.toUri(), RepositoryLocation.parse(tmp.toString()));
	}

	@Test
	void aZippedRepositoryIsOpenedAsAJarUri() throws Exception {
		Path zip = Files.createFile(tmp.resolve("site.zip"));
		assertEquals(URI.create("jar:" + zip.toUri() + "!/"), RepositoryLocation.parse(zip.toString()));
	}

	@Test
	void aUriIsTakenAsItIs() throws Exception {
		assertEquals(URI.create("https://example.org/updates/"), RepositoryLocation.parse(" https://example.org/updates/ "));
		assertEquals(URI.create("file:/opt/site/"), RepositoryLocation.parse("file:/opt/site/"));
	}

	@Test
	void aMissingPathIsNamed() {
		Path missing = tmp.resolve("missing");
		InstallException e = assertThrows(InstallException.class, () -> RepositoryLocation.parse(missing.toString()));
		assertEquals("no repository at " + missing + ": the folder or file does not exist", e.getMessage());
	}

	@Test
	void aMalformedUriAndAnEmptyLocationAreRefused() {
		InstallException bad = assertThrows(InstallException.class, () -> RepositoryLocation.parse("https://a b/"));
		assertTrue(bad.getMessage().startsWith("'https://a b/' is not a valid URI"), bad.getMessage());
		assertEquals("the repository location is empty",
				assertThrows(InstallException.class, () -> RepositoryLocation.parse("  ")).getMessage());
	}

	@Test
	void theTestRuntimeIsNotAP2ManagedInstallation() {
		InstallException e = assertThrows(InstallException.class, PluginInstaller::forRunningInstallation);
		assertTrue(e.getMessage().contains("p2"), e.getMessage());
	}
}
