/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installs the third-party example device plugin (built outside our reactor against the SDK, in
 * its own p2 repository) into a copy of the built product through p2's operations API
 * ({@code openqci install}), and checks that after a restart its device type is offered, next to
 * ours, without any change to our bundles. The steps build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginInstallationTest {

	private static final String FEATURE = "org.example.qrng.feature";
	private static final String TYPE = "org.example.qrng.vacuum-noise";

	@TempDir
	static Path temp;

	private static ProductCopy product;
	private static String repository;

	@BeforeAll
	static void copyProduct() throws Exception {
		product = ProductCopy.of(Path.of(System.getProperty("openqci.product")), temp.resolve("product"));
		Path repo = Path.of(System.getProperty("openqci.plugin.repository"));
		assertTrue(Files.isRegularFile(repo.resolve("content.jar")) || Files.isRegularFile(repo.resolve("content.xml")),
				"no p2 repository at " + repo + ": build sdk/examples/qrng first");
		repository = repo.toString();
	}

	@Test
	@Order(1)
	void theProductOffersOnlyItsOwnDeviceTypesAtFirst() throws Exception {
		ProductCopy.Run run = product.headless("devices");
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().contains("sim-snspd\t"), run::toString);
		assertFalse(run.out().contains(TYPE), run::toString);
	}

	@Test
	@Order(2)
	void listsWhatTheRepositoryOffers() throws Exception {
		ProductCopy.Run run = product.headless("install", repository, "--list");
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().startsWith(FEATURE + " 1.0.0."), run::toString);
		assertTrue(run.out().contains("Example Photonics QRNG for OpenQCI"), run::toString);
	}

	@Test
	@Order(3)
	void aMissingRepositoryOrFeatureIsNamedAndNothingIsInstalled() throws Exception {
		ProductCopy.Run missing = product.headless("install", temp.resolve("no-such-repo").toString());
		assertEquals(2, missing.exitCode(), missing::toString);
		assertTrue(missing.err().contains("no repository at " + temp.resolve("no-such-repo")), missing::toString);

		ProductCopy.Run unknown = product.headless("install", repository, "org.example.nothing");
		assertEquals(2, unknown.exitCode(), unknown::toString);
		assertTrue(unknown.err().contains("has no feature 'org.example.nothing'; it offers: " + FEATURE),
				unknown::toString);
	}

	@Test
	@Order(4)
	void unsignedArtifactsAreRefusedUnlessAccepted() throws Exception {
		ProductCopy.Run run = product.headless("install", repository);
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().contains("not signed") && run.err().contains("org.example.qrng"), run::toString);
		assertFalse(product.headless("devices").out().contains(TYPE), "nothing was installed");
	}

	@Test
	@Order(5)
	void installsTheFeatureAndItsDeviceTypeAppearsAfterARestart() throws Exception {
		ProductCopy.Run install = product.headless("install", repository, FEATURE, "--accept-unsigned");
		assertEquals(0, install.exitCode(), install::toString);
		assertTrue(install.out().startsWith("installed " + FEATURE + " 1.0.0."), install::toString);

		ProductCopy.Run devices = product.headless("devices");
		assertEquals(0, devices.exitCode(), devices::toString);
		String line = devices.out().lines().filter(l -> l.startsWith(TYPE + "\t")).findFirst().orElse("");
		assertTrue(line.contains("Vacuum-noise QRNG (Example Photonics)") && line.contains("\torg.example.qrng 1.0.0"),
				devices::toString);
		assertTrue(devices.out().contains("sim-snspd\t"), "our own device types are still there");
	}

	@Test
	@Order(6)
	void installingAgainSaysItIsInstalledAlready() throws Exception {
		ProductCopy.Run run = product.headless("install", repository, "--accept-unsigned");
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().contains("installed already"), run::toString);
	}
}
