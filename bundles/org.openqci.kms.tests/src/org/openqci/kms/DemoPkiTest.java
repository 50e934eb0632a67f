/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.kms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests of {@link DemoPki}: the files, the chain, the names and usages, no overwriting. */
final class DemoPkiTest {

	private static final char[] PASSWORD = "demo-password".toCharArray();
	private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
	private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
	private static final int DIGITAL_SIGNATURE = 0;
	private static final int KEY_CERT_SIGN = 5;

	@TempDir
	Path dir;

	@Test
	void writesEveryFile() throws Exception {
		DemoPki.Stores stores = DemoPki.create(dir, "KME-1", List.of("SAE-A", "SAE-B"), PASSWORD);
		assertEquals(dir.resolve("ca.p12"), stores.caStore());
		assertEquals(dir.resolve("ca.pem"), stores.caPem());
		assertEquals(dir.resolve("kme-KME-1.p12"), stores.kme());
		assertEquals(dir.resolve("sae-SAE-A.p12"), stores.sae("SAE-A"));
		assertEquals(dir.resolve("sae-SAE-B.p12"), stores.sae("SAE-B"));
		assertEquals(List.of("SAE-A", "SAE-B"), List.copyOf(stores.saes().keySet()));
		try (var files = Files.list(dir)) {
			assertEquals(Set.of("ca.p12", "ca.pem", "kme-KME-1.p12", "sae-SAE-A.p12", "sae-SAE-B.p12"),
					Set.copyOf(files.map(p -> p.getFileName().toString()).toList()));
		}
	}

	@Test
	void theCaIsSelfSignedAndOnlyACertificateInTheTrustStore() throws Exception {
		DemoPki.Stores stores = DemoPki.create(dir, "KME-1", List.of("SAE-A"), PASSWORD);
		KeyStore trust = load(stores.caStore());
		assertEquals(List.of(DemoPki.CA_ALIAS), Collections.list(trust.aliases()));
		assertTrue(trust.isCertificateEntry(DemoPki.CA_ALIAS));
		X509Certificate ca = (X509Certificate) trust.getCertificate(DemoPki.CA_ALIAS);
		ca.verify(ca.getPublicKey());
		assertEquals(ca.getSubjectX500Principal(), ca.getIssuerX500Principal());
		assertTrue(ca.getBasicConstraints() >= 0, "CA:true");
		assertTrue(ca.getKeyUsage()[KEY_CERT_SIGN], "keyCertSign");
		assertTrue(ca.getCriticalExtensionOIDs().contains("2.5.29.19"), "basic constraints critical");
		assertEquals("EC", ca.getPublicKey().getAlgorithm());
		assertValidForAYear(ca);

		try (InputStream in = Files.newInputStream(stores.caPem())) {
			assertEquals(ca, CertificateFactory.getInstance("X.509").generateCertificate(in));
		}
		assertTrue(Files.readString(stores.caPem()).startsWith("-----BEGIN CERTIFICATE-----\n"));
	}

	@Test
	void theKmeCertificateIsAServerCertificateForLocalhost() throws Exception {
		DemoPki.Stores stores = DemoPki.create(dir, "KME-1", List.of("SAE-A"), PASSWORD);
		X509Certificate ca = caOf(stores);
		KeyStore kme = load(stores.kme());
		X509Certificate cert = checkedLeaf(kme, ca);
		assertEquals("KME-1", KmeServer.commonName(cert));
		assertEquals(List.of(SERVER_AUTH), cert.getExtendedKeyUsage());
		Collection<List<?>> names = cert.getSubjectAlternativeNames();
		assertTrue(names.contains(List.of(2, "localhost")), names::toString);
		assertTrue(names.contains(List.of(7, "127.0.0.1")), names::toString);
		assertEquals(2, names.size());
	}

	@Test
	void eachSaeHasAClientCertificateNamedByItsId() throws Exception {
		DemoPki.Stores stores = DemoPki.create(dir, "KME-1", List.of("SAE-A", "SAE_B.2"), PASSWORD);
		X509Certificate ca = caOf(stores);
		for (String sae : List.of("SAE-A", "SAE_B.2")) {
			X509Certificate cert = checkedLeaf(load(stores.sae(sae)), ca);
			assertEquals(sae, KmeServer.commonName(cert));
			assertEquals(List.of(CLIENT_AUTH), cert.getExtendedKeyUsage());
			assertNull(cert.getSubjectAlternativeNames());
		}
	}

	@Test
	void refusesToOverwriteAndWritesNothingThen() throws Exception {
		DemoPki.Stores first = DemoPki.create(dir, "KME-1", List.of("SAE-A"), PASSWORD);
		byte[] ca = Files.readAllBytes(first.caStore());
		FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
				() -> DemoPki.create(dir, "KME-2", List.of("SAE-Z"), PASSWORD));
		assertTrue(e.getMessage().contains(first.caStore().toString()), e.getMessage());
		assertArrayEquals(ca, Files.readAllBytes(first.caStore()));
		assertFalse(Files.exists(dir.resolve("kme-KME-2.p12")));
		assertFalse(Files.exists(dir.resolve("sae-SAE-Z.p12")));

		Path other = dir.resolve("other");
		Files.createDirectories(other);
		Files.writeString(other.resolve("sae-SAE-B.p12"), "mine");
		e = assertThrows(FileAlreadyExistsException.class,
				() -> DemoPki.create(other, "KME-1", List.of("SAE-A", "SAE-B"), PASSWORD));
		assertTrue(e.getMessage().contains("sae-SAE-B.p12"), e.getMessage());
		assertEquals("mine", Files.readString(other.resolve("sae-SAE-B.p12")));
		assertFalse(Files.exists(other.resolve("ca.p12")));
	}

	@Test
	void refusesIdsThatAreNotPlainNames() {
		for (String bad : List.of("", "../x", "a/b", ".hidden", "SAE A", "é")) {
			assertThrows(IllegalArgumentException.class, () -> DemoPki.create(dir, "KME-1", List.of(bad), PASSWORD),
					bad);
		}
		assertThrows(IllegalArgumentException.class, () -> DemoPki.create(dir, "../KME", List.of("SAE-A"), PASSWORD));
		assertThrows(IllegalArgumentException.class,
				() -> DemoPki.create(dir, "KME-1", new ArrayList<>(List.of("SAE-A", "SAE-A")), PASSWORD));
	}

	@Test
	void theStoresOpenOnlyWithThePassword() throws Exception {
		DemoPki.Stores stores = DemoPki.create(dir, "KME-1", List.of("SAE-A"), PASSWORD);
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(stores.sae("SAE-A"))) {
			assertThrows(java.io.IOException.class, () -> store.load(in, "wrong".toCharArray()));
		}
	}

	/** The key entry's certificate, checked: signed by {@code ca}, chain [leaf, ca], not a CA, digitalSignature. */
	private static X509Certificate checkedLeaf(KeyStore store, X509Certificate ca) throws Exception {
		assertEquals(List.of(DemoPki.KEY_ALIAS), Collections.list(store.aliases()));
		assertTrue(store.isKeyEntry(DemoPki.KEY_ALIAS));
		assertTrue(store.getKey(DemoPki.KEY_ALIAS, PASSWORD) instanceof PrivateKey);
		Certificate[] chain = store.getCertificateChain(DemoPki.KEY_ALIAS);
		assertEquals(2, chain.length);
		assertEquals(ca, chain[1]);
		X509Certificate cert = (X509Certificate) chain[0];
		cert.verify(ca.getPublicKey());
		assertEquals(ca.getSubjectX500Principal(), cert.getIssuerX500Principal());
		assertEquals(-1, cert.getBasicConstraints(), "CA:false");
		assertTrue(cert.getKeyUsage()[DIGITAL_SIGNATURE], "digitalSignature");
		assertFalse(cert.getKeyUsage()[KEY_CERT_SIGN], "no keyCertSign");
		assertEquals("EC", cert.getPublicKey().getAlgorithm());
		assertValidForAYear(cert);
		return cert;
	}

	private static void assertValidForAYear(X509Certificate cert) throws Exception {
		cert.checkValidity();
		Duration left = Duration.between(Instant.now(), cert.getNotAfter().toInstant());
		assertTrue(left.compareTo(Duration.ofDays(364)) > 0 && left.compareTo(Duration.ofDays(366)) < 0,
				left::toString);
	}

	private static X509Certificate caOf(DemoPki.Stores stores) throws Exception {
		return (X509Certificate) load(stores.caStore()).getCertificate(DemoPki.CA_ALIAS);
	}

	private static KeyStore load(Path file) throws Exception {
		return TlsContexts.load(file, PASSWORD);
	}
}
