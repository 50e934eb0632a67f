/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.kms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A demonstration public-key infrastructure for a KME and its SAEs, made with Bouncy Castle: a
 * self-signed CA, a server certificate for the KME (common name the KME's ID, valid for
 * {@code localhost} and {@code 127.0.0.1}) and a client certificate per SAE (common name the SAE's
 * ID, which is how the KME recognises its callers). Keys are EC P-256, certificates valid for a
 * year, signed SHA256withECDSA.
 * <p>
 * Files written into the directory, all PKCS#12 with the caller's password except the PEM:
 * {@value #CA_STORE} (the CA certificate only, a trust store), {@value #CA_PEM} (the same
 * certificate for {@code curl --cacert}), {@code kme-<id>.p12} and {@code sae-<id>.p12} (the
 * private key with its certificate and the CA's). Existing files are never overwritten.
 * <p>
 * For demonstrations and tests only: the CA's private key is not kept, so no certificate can be
 * added later; make a new PKI instead.
 */
public final class DemoPki {

	/** The trust store with the CA certificate. */
	public static final String CA_STORE = "ca.p12";

	/** The CA certificate in PEM. */
	public static final String CA_PEM = "ca.pem";

	/** The alias of the CA certificate in every store. */
	public static final String CA_ALIAS = "ca";

	/** The alias of the private key entry in a KME's or an SAE's store. */
	public static final String KEY_ALIAS = "key";

	/** How long the certificates are valid. */
	public static final Duration VALIDITY = Duration.ofDays(365);

	/** IDs usable as file names and common names: letters, digits, '.', '_', '-', not starting with '.'. */
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");

	private static final String SIGNATURE = "SHA256withECDSA";

	/** Allowed clock skew between the machines: certificates are valid from this long ago. */
	private static final Duration BACKDATE = Duration.ofHours(1);

	/**
	 * The files of a demonstration PKI.
	 *
	 * @param caStore the trust store ({@value DemoPki#CA_STORE})
	 * @param caPem   the CA certificate in PEM ({@value DemoPki#CA_PEM})
	 * @param kme     the KME's key store
	 * @param saes    each SAE's key store by SAE ID, in the order given
	 */
	public record Stores(Path caStore, Path caPem, Path kme, Map<String, Path> saes) {

		/** Checks for {@code null} and copies the map. */
		public Stores {
			Objects.requireNonNull(caStore, "caStore");
			Objects.requireNonNull(caPem, "caPem");
			Objects.requireNonNull(kme, "kme");
			saes = Collections.unmodifiableMap(new LinkedHashMap<>(saes));
		}

		/** The key store of SAE {@code saeId}. */
		public Path sae(String saeId) {
			Path path = saes.get(saeId);
			if (path == null) {
				throw new IllegalArgumentException("no key store for SAE " + saeId);
			}
			return path;
		}
	}

	private DemoPki() {
	}

	/** The file name of KME {@code kmeId}'s key store, {@code kme-<id>.p12}. */
	public static String kmeFile(String kmeId) {
		return "kme-" + checkId(kmeId) + ".p12";
	}

	/** The file name of SAE {@code saeId}'s key store, {@code sae-<id>.p12}. */
	public static String saeFile(String saeId) {
		return "sae-" + checkId(saeId) + ".p12";
	}

	/**
	 * Creates the CA, the KME's certificate and one certificate per SAE and writes them into
	 * {@code directory} (created if missing).
	 *
	 * @param directory where the files go
	 * @param kmeId     the KME's ID, the common name of its server certificate
	 * @param saeIds    the SAEs' IDs, the common names of their client certificates (no duplicates)
	 * @param password  the password of every PKCS#12 file
	 * @return the files written
	 * @throws IOException              if a file exists already (nothing is written then; the
	 *                                  exception names the file) or cannot be written
	 * @throws GeneralSecurityException if the JDK cannot make the keys or the stores
	 * @throws IllegalArgumentException if an ID is not a plain name (see {@link #kmeFile(String)})
	 */
	public static Stores create(Path directory, String kmeId, Collection<String> saeIds, char[] password)
			throws IOException, GeneralSecurityException {
		Objects.requireNonNull(directory, "directory");
		Objects.requireNonNull(password, "password");
		Path caStore = directory.resolve(CA_STORE);
		Path caPem = directory.resolve(CA_PEM);
		Path kmeStore = directory.resolve(kmeFile(kmeId));
		Map<String, Path> saeStores = new LinkedHashMap<>();
		for (String sae : new LinkedHashSet<>(saeIds)) {
			saeStores.put(sae, directory.resolve(saeFile(sae)));
		}
		if (saeStores.size() != saeIds.size()) {
			throw new IllegalArgumentException("duplicate SAE IDs in " + saeIds);
		}
		List<Path> all = new ArrayList<>(List.of(caStore, caPem, kmeStore));
		all.addAll(saeStores.values());
		for (Path file : all) {
			if (Files.exists(file) || Files.isSymbolicLink(file)) {
				throw new FileAlreadyExistsException(file.toString(), null, "will not overwrite an existing file");
			}
		}
		Files.createDirectories(directory);

		SecureRandom random = new SecureRandom();
		Instant now = Instant.now();
		KeyPair caKeys = newKeyPair(random);
		X509Certificate ca = caCertificate(caKeys, now, random);
		KeyPair kmeKeys = newKeyPair(random);
		X509Certificate kme = leafCertificate(ca, caKeys.getPrivate(), kmeKeys, kmeId, true, now, random);

		KeyStore trust = emptyStore();
		trust.setCertificateEntry(CA_ALIAS, ca);
		write(caStore, store(trust, password), false);
		write(caPem, pem(ca), false);
		write(kmeStore, store(keyStore(kmeKeys.getPrivate(), kme, ca, password), password), true);
		for (Map.Entry<String, Path> sae : saeStores.entrySet()) {
			KeyPair saeKeys = newKeyPair(random);
			X509Certificate cert = leafCertificate(ca, caKeys.getPrivate(), saeKeys, sae.getKey(), false, now,
					random);
			write(sae.getValue(), store(keyStore(saeKeys.getPrivate(), cert, ca, password), password), true);
		}
		return new Stores(caStore, caPem, kmeStore, saeStores);
	}

	private static String checkId(String id) {
		Objects.requireNonNull(id, "id");
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException(
					"an ID must be 1 to 128 letters, digits, '.', '_' or '-', not starting with '.': " + id);
		}
		return id;
	}

	private static KeyPair newKeyPair(SecureRandom random) throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"), random);
		return generator.generateKeyPair();
	}

	private static X509Certificate caCertificate(KeyPair keys, Instant now, SecureRandom random)
			throws GeneralSecurityException, IOException {
		X500Name name = name("OpenQCI demo KME CA");
		JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(random),
				Date.from(now.minus(BACKDATE)), Date.from(now.plus(VALIDITY)), name, keys.getPublic());
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
		builder.addExtension(Extension.subjectKeyIdentifier, false,
				utils.createSubjectKeyIdentifier(keys.getPublic()));
		return sign(builder, keys.getPrivate());
	}

	private static X509Certificate leafCertificate(X509Certificate ca, PrivateKey caKey, KeyPair keys, String id,
			boolean server, Instant now, SecureRandom random) throws GeneralSecurityException, IOException {
		JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
		X500Principal issuer = ca.getSubjectX500Principal();
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial(random),
				Date.from(now.minus(BACKDATE)), Date.from(now.plus(VALIDITY)),
				new X500Principal(name(id).getEncoded()), keys.getPublic());
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
		builder.addExtension(Extension.extendedKeyUsage, false,
				new ExtendedKeyUsage(server ? KeyPurposeId.id_kp_serverAuth : KeyPurposeId.id_kp_clientAuth));
		if (server) {
			builder.addExtension(Extension.subjectAlternativeName, false,
					new GeneralNames(new GeneralName[] { new GeneralName(GeneralName.dNSName, "localhost"),
							new GeneralName(GeneralName.iPAddress, "127.0.0.1") }));
		}
		builder.addExtension(Extension.subjectKeyIdentifier, false,
				utils.createSubjectKeyIdentifier(keys.getPublic()));
		builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(ca));
		return sign(builder, caKey);
	}

	private static X500Name name(String commonName) {
		return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
	}

	private static BigInteger serial(SecureRandom random) {
		return new BigInteger(127, random).add(BigInteger.ONE);
	}

	private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
			throws GeneralSecurityException, CertIOException {
		try {
			return new JcaX509CertificateConverter().getCertificate(
					builder.build(new JcaContentSignerBuilder(SIGNATURE).build(key)));
		} catch (OperatorCreationException e) {
			throw new GeneralSecurityException("cannot sign with " + SIGNATURE, e);
		}
	}

	private static KeyStore emptyStore() throws GeneralSecurityException, IOException {
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		return store;
	}

	private static KeyStore keyStore(PrivateKey key, X509Certificate cert, X509Certificate ca, char[] password)
			throws GeneralSecurityException, IOException {
		KeyStore store = emptyStore();
		store.setKeyEntry(KEY_ALIAS, key, password, new Certificate[] { cert, ca });
		return store;
	}

	private static byte[] store(KeyStore store, char[] password) throws GeneralSecurityException, IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		store.store(out, password);
		return out.toByteArray();
	}

	private static byte[] pem(X509Certificate cert) throws GeneralSecurityException {
		String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
				.encodeToString(cert.getEncoded());
		return ("-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n")
				.getBytes(StandardCharsets.US_ASCII);
	}

	/** Writes a new file; one holding a private key is readable by its owner only where POSIX allows. */
	private static void write(Path file, byte[] content, boolean secret) throws IOException {
		if (secret && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			FileAttribute<?> ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
			Files.createFile(file, ownerOnly);
			try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				out.write(content);
			}
		} else {
			try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				out.write(content);
			}
		}
	}
}
