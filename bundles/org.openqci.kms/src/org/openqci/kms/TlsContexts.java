/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.kms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Objects;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS contexts for the clients of a KME (its SAEs): the SAE's certificate from a PKCS#12 key store
 * for mutual TLS and the trusted CA from a PKCS#12 trust store, as {@link DemoPki} writes them.
 * For tests and for users' own clients, e.g. {@code HttpClient.newBuilder().sslContext(...)}.
 */
public final class TlsContexts {

	/** The protocols a KME speaks. */
	private static final String[] PROTOCOLS = { "TLSv1.3", "TLSv1.2" };

	private TlsContexts() {
	}

	/**
	 * A client context with SAE's key store and the CA's trust store, both with {@code password}.
	 *
	 * @throws IOException              if a store cannot be read (or the password is wrong)
	 * @throws GeneralSecurityException if a store is not usable
	 */
	public static SSLContext client(Path saeStore, Path trustStore, char[] password)
			throws IOException, GeneralSecurityException {
		return client(saeStore, password, trustStore, password);
	}

	/**
	 * A client context from SAE's key store and the CA's trust store with their own passwords; a
	 * {@code null} {@code saeStore} gives a context without a client certificate (which a KME refuses).
	 *
	 * @throws IOException              if a store cannot be read (or a password is wrong)
	 * @throws GeneralSecurityException if a store is not usable
	 */
	public static SSLContext client(Path saeStore, char[] saePassword, Path trustStore, char[] trustPassword)
			throws IOException, GeneralSecurityException {
		Objects.requireNonNull(trustStore, "trustStore");
		TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		tmf.init(load(trustStore, trustPassword));
		KeyManagerFactory kmf = null;
		if (saeStore != null) {
			kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			kmf.init(load(saeStore, saePassword), saePassword);
		}
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
		return context;
	}

	/** Parameters restricting a client of {@code context} to TLS 1.3 and 1.2, with host name checks. */
	public static SSLParameters parameters(SSLContext context) {
		SSLParameters parameters = context.getDefaultSSLParameters();
		parameters.setProtocols(PROTOCOLS.clone());
		parameters.setEndpointIdentificationAlgorithm("HTTPS");
		return parameters;
	}

	/** Reads a PKCS#12 store. */
	static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
		Objects.requireNonNull(password, "password");
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(file)) {
			store.load(in, password);
		}
		return store;
	}
}
