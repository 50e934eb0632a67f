/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.etsi014;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

import org.openqci.device.etsi014.KmeException.Reason;

/**
 * A client of one KME speaking ETSI GS QKD 014 V1.1.1 (2019-02), for one SAE (whose certificate
 * the {@link SSLContext} holds) and its partner SAE.
 * <p>
 * The methods and their URLs (specification clause 5; the methods' own clause numbers,
 * 5.2 to 5.4, could not be confirmed from the sources available, only clause 5 as a whole):
 * <ul>
 * <li>"Get status": {@code GET https://{KME}/api/v1/keys/{slave_SAE_ID}/status} &rarr;
 * {@link #status()};</li>
 * <li>"Get key": {@code GET .../{slave_SAE_ID}/enc_keys?number=&size=} &rarr;
 * {@link #encKeys(int, int)}, or {@code POST} with a Key request body &rarr;
 * {@link #encKeys(KeyRequest)};</li>
 * <li>"Get key with key IDs": {@code GET https://{KME}/api/v1/keys/{master_SAE_ID}/dec_keys?key_ID=}
 * &rarr; {@link #decKey(String)}, or {@code POST} with a Key IDs body &rarr;
 * {@link #decKeys(List)}.</li>
 * </ul>
 * The data formats are those of clause 6: Status (6.1), Key request (6.2), Key container (6.3),
 * Key IDs (6.4), confirmed; Error (6.5, {@code message} and {@code details}) by the same
 * numbering, not confirmed independently. Status codes: 200 OK; 400 Bad request; 401 Unauthorized;
 * 503 Error of server. Any other outcome is a {@link KmeException} with its {@link Reason}.
 * <p>
 * Thread-safe. Each request waits at most the timeout for the connection and again at most the
 * timeout for the whole answer. Key material is only in the returned {@link QkdKey}s, never in an
 * exception's message.
 */
public final class Etsi014Client implements AutoCloseable {

	/** The path of the API under the KME's address (clause 5). */
	public static final String API_PATH = "/api/v1/keys/";

	/** The longest answer accepted, bytes. */
	static final int MAX_BODY = 4 * 1024 * 1024;

	/** How much of a text from the KME a message shows. */
	static final int SHOWN = 200;

	private final URI kmeUrl;
	private final String slaveSaeId;
	private final String masterSaeId;
	private final Duration timeout;
	private final HttpClient http;

	/**
	 * A client. Nothing is sent until a method is called.
	 *
	 * @param kmeUrl      the KME's address, {@code https://host[:port]} (a path is kept in front of
	 *                    {@link #API_PATH})
	 * @param slaveSaeId  the partner SAE for {@link #status()} and {@link #encKeys}, or {@code null}
	 * @param masterSaeId the SAE that requested the keys {@link #decKeys} fetches, or {@code null}
	 * @param ssl         the TLS context with the SAE's client certificate and the trusted CAs
	 * @param timeout     how long to wait for a connection, and for an answer
	 * @throws IllegalArgumentException if the address is not an https URL
	 */
	public Etsi014Client(URI kmeUrl, String slaveSaeId, String masterSaeId, SSLContext ssl, Duration timeout) {
		this.kmeUrl = checkUrl(kmeUrl);
		this.slaveSaeId = slaveSaeId;
		this.masterSaeId = masterSaeId;
		this.timeout = Objects.requireNonNull(timeout, "timeout");
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("timeout: must be positive, not " + timeout);
		}
		this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
				.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout)
				.sslContext(Objects.requireNonNull(ssl, "ssl")).build();
	}

	/** The KME's address. */
	public URI kmeUrl() {
		return kmeUrl;
	}

	/** "Get status" for the configured slave SAE. */
	public KmeStatus status() throws KmeException {
		return status(required(slaveSaeId, "slaveSaeId"));
	}

	/**
	 * "Get status": the key stock the KME holds for this SAE (master) and {@code slaveSaeId}.
	 *
	 * @throws KmeException if the request fails or the answer is not a Status
	 */
	public KmeStatus status(String slaveSaeId) throws KmeException {
		HttpRequest request = get(uri(slaveSaeId, "status", null));
		return exchange("status", request, Etsi014Json::status);
	}

	/**
	 * "Get key" with GET for the configured slave SAE: {@code number} keys of {@code size} bits.
	 *
	 * @param number how many keys, at least 1
	 * @param size   the size of each key in bits, or 0 for the KME's default
	 * @throws KmeException if the request fails, the KME refuses it, or it sends other keys than asked for
	 */
	public KeyContainer encKeys(int number, int size) throws KmeException {
		KeyRequest r = new KeyRequest(number, size);
		String query = "number=" + number + (size > 0 ? "&size=" + size : "");
		HttpRequest request = get(uri(required(slaveSaeId, "slaveSaeId"), "enc_keys", query));
		return checked(r, exchange("enc_keys", request, Etsi014Json::keyContainer));
	}

	/**
	 * "Get key" with POST and a Key request body, for the configured slave SAE.
	 *
	 * @throws KmeException as {@link #encKeys(int, int)}
	 */
	public KeyContainer encKeys(KeyRequest keyRequest) throws KmeException {
		HttpRequest request = post(uri(required(slaveSaeId, "slaveSaeId"), "enc_keys", null),
				Etsi014Json.keyRequest(keyRequest));
		return checked(keyRequest, exchange("enc_keys", request, Etsi014Json::keyContainer));
	}

	/**
	 * "Get key with key IDs" with GET for one key, from the configured master SAE.
	 *
	 * @throws KmeException if the request fails, the KME refuses it, or it sends another key
	 */
	public QkdKey decKey(String keyId) throws KmeException {
		String query = "key_ID=" + URLEncoder.encode(keyId, StandardCharsets.UTF_8);
		HttpRequest request = get(uri(required(masterSaeId, "masterSaeId"), "dec_keys", query));
		KeyContainer keys = checked(List.of(keyId), exchange("dec_keys", request, Etsi014Json::keyContainer));
		return keys.keys().get(0);
	}

	/**
	 * "Get key with key IDs" with POST and a Key IDs body, from the configured master SAE: the
	 * keys the master SAE received with these IDs.
	 *
	 * @throws KmeException if the request fails, the KME refuses it, or it sends other keys
	 */
	public KeyContainer decKeys(List<String> keyIds) throws KmeException {
		if (keyIds.isEmpty()) {
			throw new IllegalArgumentException("no key IDs");
		}
		HttpRequest request = post(uri(required(masterSaeId, "masterSaeId"), "dec_keys", null),
				Etsi014Json.keyIds(keyIds));
		return checked(keyIds, exchange("dec_keys", request, Etsi014Json::keyContainer));
	}

	/** Aborts the requests under way and releases the connections; idempotent. */
	@Override
	public void close() {
		http.shutdownNow();
	}

	/**
	 * A TLS context for an SAE: its client certificate and key from a PKCS#12 key store, the CAs it
	 * trusts from a PKCS#12 trust store (or the JDK's when none is given).
	 *
	 * @param keyStore           path of the PKCS#12 file with the SAE's key and certificate chain
	 * @param keyStorePassword   its password ({@code ""} or {@code null}: none)
	 * @param trustStore         path of the PKCS#12 file with the trusted CA certificates, or
	 *                           {@code null}/blank for the JDK's default trust
	 * @param trustStorePassword its password
	 * @throws IllegalArgumentException with a message starting with the parameter's name
	 *                                  ({@code keyStore}, {@code keyStorePassword},
	 *                                  {@code trustStore}, {@code trustStorePassword}) if a store
	 *                                  is missing, unreadable, or the password is wrong
	 */
	public static SSLContext sslContext(String keyStore, String keyStorePassword, String trustStore,
			String trustStorePassword) {
		char[] keyPassword = password(keyStorePassword);
		KeyStore keys = load("keyStore", "keyStorePassword", keyStore, keyPassword);
		try {
			if (Collections.list(keys.aliases()).stream().noneMatch(a -> isKeyEntry(keys, a))) {
				throw new IllegalArgumentException("keyStore: '" + shown(keyStore)
						+ "' holds no private key with a certificate (the SAE's client certificate)");
			}
			KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			kmf.init(keys, keyPassword);
			TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			if (trustStore == null || trustStore.isBlank()) {
				tmf.init((KeyStore) null);
			} else {
				KeyStore trusted = load("trustStore", "trustStorePassword", trustStore, password(trustStorePassword));
				if (Collections.list(trusted.aliases()).stream().noneMatch(a -> isCertificateEntry(trusted, a))) {
					throw new IllegalArgumentException("trustStore: '" + shown(trustStore)
							+ "' holds no trusted certificate");
				}
				tmf.init(trusted);
			}
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
			return context;
		} catch (UnrecoverableKeyException e) {
			throw new IllegalArgumentException("keyStorePassword: the private key in keyStore '" + shown(keyStore)
					+ "' cannot be read with it", e);
		} catch (GeneralSecurityException | KeyStoreRuntimeException e) {
			throw new IllegalArgumentException("keyStore: cannot use '" + shown(keyStore) + "' ("
					+ shown(String.valueOf(e.getMessage())) + ")", e);
		} finally {
			java.util.Arrays.fill(keyPassword, '\0');
		}
	}

	private static KeyStore load(String parameter, String passwordParameter, String file, char[] password) {
		if (file == null || file.isBlank()) {
			throw new IllegalArgumentException(parameter + ": a value is required (path of a PKCS#12 file)");
		}
		Path path;
		try {
			path = Path.of(file);
		} catch (RuntimeException e) {
			throw new IllegalArgumentException(parameter + ": '" + shown(file) + "' is not a path", e);
		}
		if (!Files.isRegularFile(path)) {
			throw new IllegalArgumentException(parameter + ": no file '" + shown(file) + "'");
		}
		try (InputStream in = Files.newInputStream(path)) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, password);
			return store;
		} catch (NoSuchFileException e) {
			throw new IllegalArgumentException(parameter + ": no file '" + shown(file) + "'", e);
		} catch (IOException e) {
			if (e.getCause() instanceof UnrecoverableKeyException) {
				throw new IllegalArgumentException(passwordParameter + ": wrong password for " + parameter + " '"
						+ shown(file) + "'", e);
			}
			throw new IllegalArgumentException(parameter + ": cannot read '" + shown(file) + "' as PKCS#12 ("
					+ shown(String.valueOf(e.getMessage())) + ")", e);
		} catch (GeneralSecurityException e) {
			throw new IllegalArgumentException(parameter + ": cannot read '" + shown(file) + "' as PKCS#12 ("
					+ shown(String.valueOf(e.getMessage())) + ")", e);
		}
	}

	/** A key store failure inside a lambda. */
	private static final class KeyStoreRuntimeException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		KeyStoreRuntimeException(Throwable cause) {
			super(cause.getMessage(), cause);
		}
	}

	private static boolean isKeyEntry(KeyStore store, String alias) {
		try {
			return store.isKeyEntry(alias) && store.getCertificate(alias) != null;
		} catch (GeneralSecurityException e) {
			throw new KeyStoreRuntimeException(e);
		}
	}

	private static boolean isCertificateEntry(KeyStore store, String alias) {
		try {
			return store.isCertificateEntry(alias);
		} catch (GeneralSecurityException e) {
			throw new KeyStoreRuntimeException(e);
		}
	}

	private static char[] password(String password) {
		return password == null ? new char[0] : password.toCharArray();
	}

	/** The KME's address, checked: https, a host, no query or fragment; without a trailing slash. */
	static URI checkUrl(URI url) {
		Objects.requireNonNull(url, "kmeUrl");
		if (!"https".equalsIgnoreCase(url.getScheme())) {
			throw new IllegalArgumentException("kmeUrl: '" + shown(url.toString())
					+ "' is not an https URL (ETSI GS QKD 014 requires HTTPS)");
		}
		if (url.getHost() == null || url.getRawQuery() != null || url.getRawFragment() != null
				|| url.getRawUserInfo() != null) {
			throw new IllegalArgumentException("kmeUrl: '" + shown(url.toString())
					+ "' is not of the form https://host[:port]");
		}
		String path = url.getRawPath() == null ? "" : url.getRawPath();
		while (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		try {
			return new URI(url.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + url.getRawAuthority() + path);
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException("kmeUrl: '" + shown(url.toString()) + "' is not a URL", e);
		}
	}

	private URI uri(String saeId, String method, String query) {
		String text = kmeUrl + API_PATH + segment(saeId) + "/" + method + (query == null ? "" : "?" + query);
		return URI.create(text);
	}

	/** An SAE ID as one path segment: RFC 3986 unreserved characters kept, the rest percent-encoded. */
	static String segment(String saeId) {
		if (saeId == null || saeId.isEmpty()) {
			throw new IllegalArgumentException("an empty SAE ID");
		}
		StringBuilder b = new StringBuilder();
		for (byte x : saeId.getBytes(StandardCharsets.UTF_8)) {
			int c = x & 0xff;
			if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.'
					|| c == '_' || c == '~') {
				b.append((char) c);
			} else {
				b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
						.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return b.toString();
	}

	private HttpRequest get(URI uri) {
		return HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET().build();
	}

	private HttpRequest post(URI uri, String json) {
		return HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json")
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
	}

	private static String required(String saeId, String parameter) {
		if (saeId == null || saeId.isBlank()) {
			throw new IllegalStateException(parameter + ": not configured");
		}
		return saeId;
	}

	/** Sends a request and reads the answer: status 200 and a body {@code parser} accepts. */
	private <T> T exchange(String operation, HttpRequest request, Function<String, T> parser) throws KmeException {
		HttpResponse<byte[]> response = send(operation, request);
		String body = new String(response.body(), StandardCharsets.UTF_8);
		int status = response.statusCode();
		if (status != 200) {
			throw error(operation, status, body);
		}
		try {
			return parser.apply(body);
		} catch (RuntimeException e) {
			// Gson's messages name the path and the kind of token, never a string's value
			throw new KmeException(Reason.MALFORMED, 200, "malformed answer to " + operation + " ("
					+ shown(String.valueOf(e.getMessage())) + ")", null, List.of(), null);
		}
	}

	private HttpResponse<byte[]> send(String operation, HttpRequest request) throws KmeException {
		CompletableFuture<HttpResponse<byte[]>> future;
		try {
			future = http.sendAsync(request, info -> new LimitedBody());
		} catch (IllegalArgumentException e) {
			throw new KmeException(Reason.UNREACHABLE, "cannot send " + operation + " (" + shown(e.toString()) + ")", e);
		}
		// the request's timeout covers the answer's head; this covers the whole answer
		long wait = 2 * timeout.toMillis() + 100;
		try {
			return future.get(wait, TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			future.cancel(true);
			throw new KmeException(Reason.TIMEOUT, "no complete answer to " + operation + " within " + wait + " ms", e);
		} catch (InterruptedException e) {
			future.cancel(true);
			Thread.currentThread().interrupt();
			throw new KmeException(Reason.CONNECTION, operation + " was interrupted", e);
		} catch (CancellationException e) {
			throw new KmeException(Reason.CONNECTION, operation + " was cancelled", e);
		} catch (ExecutionException e) {
			throw failure(operation, e.getCause());
		}
	}

	/** A failure without an HTTP answer, classified by the exceptions behind it. */
	private KmeException failure(String operation, Throwable t) {
		if (t instanceof KmeException k) {
			return k;
		}
		for (Throwable c = t; c != null; c = c.getCause()) {
			if (c instanceof HttpConnectTimeoutException) {
				return new KmeException(Reason.TIMEOUT, "no connection within " + timeout.toMillis() + " ms", t);
			}
			if (c instanceof HttpTimeoutException) {
				return new KmeException(Reason.TIMEOUT, "no answer to " + operation + " within "
						+ timeout.toMillis() + " ms", t);
			}
			if (c instanceof SSLException) {
				return new KmeException(Reason.TLS, "the TLS handshake failed: the KME refused the SAE's client "
						+ "certificate or its own certificate is not trusted (" + reason(c) + ")", t);
			}
			if (c instanceof ConnectException || c instanceof UnknownHostException
					|| c instanceof UnresolvedAddressException) {
				return new KmeException(Reason.UNREACHABLE, "nothing accepts connections (" + reason(c) + ")", t);
			}
		}
		return new KmeException(Reason.CONNECTION, operation + " failed (" + reason(t) + ")", t);
	}

	private static String reason(Throwable t) {
		String m = t.getMessage();
		return shown(m == null || m.isBlank() ? t.getClass().getSimpleName() : m);
	}

	/** The exception for an HTTP status other than 200, with the KME's Error body if it sent one. */
	private static KmeException error(String operation, int status, String body) {
		Etsi014Json.Error e = Etsi014Json.error(body);
		String what = e == null ? "no Error body" : shown(e.message());
		List<String> details = e == null ? List.of() : e.details().stream().map(Etsi014Client::shown).toList();
		return switch (status) {
			case 400 -> new KmeException(Reason.BAD_REQUEST, status, operation + " refused (HTTP 400 Bad request: "
					+ what + ")", e == null ? null : e.message(), details, null);
			case 401 -> new KmeException(Reason.UNAUTHORIZED, status, "the KME refused the SAE's client certificate for "
					+ operation + " (HTTP 401 Unauthorized: " + what + ")", e == null ? null : e.message(), details, null);
			case 503 -> new KmeException(Reason.UNAVAILABLE, status, "the KME cannot serve " + operation
					+ " (HTTP 503 Error of server: " + what + ")", e == null ? null : e.message(), details, null);
			default -> new KmeException(Reason.HTTP_ERROR, status, operation + " failed (HTTP " + status + ": " + what
					+ ")", e == null ? null : e.message(), details, null);
		};
	}

	/** The keys, if they are what was asked for: {@code number} keys of {@code size} bits. */
	private static KeyContainer checked(KeyRequest request, KeyContainer keys) throws KmeException {
		if (keys.keys().size() != request.number()) {
			throw new KmeException(Reason.MALFORMED, 200, "malformed answer to enc_keys (asked for " + request.number()
					+ " keys, got " + keys.keys().size() + ")", null, List.of(), null);
		}
		if (request.size() > 0) {
			for (QkdKey k : keys.keys()) {
				if (k.bits() != request.size()) {
					throw new KmeException(Reason.MALFORMED, 200, "malformed answer to enc_keys (asked for keys of "
							+ request.size() + " bits, got " + k.bits() + " bits for key_ID " + shown(k.keyId())
							+ ")", null, List.of(), null);
				}
			}
		}
		return keys;
	}

	/** The keys, if they are the ones asked for, in the same order. */
	private static KeyContainer checked(List<String> ids, KeyContainer keys) throws KmeException {
		if (!keys.keyIds().equals(ids)) {
			List<String> missing = ids.stream().filter(id -> !keys.keyIds().contains(id)).toList();
			boolean sameSet = missing.isEmpty() && keys.keys().size() == ids.size();
			if (!sameSet) {
				throw new KmeException(Reason.MALFORMED, 200, "malformed answer to dec_keys (asked for "
						+ ids.size() + " keys, got " + keys.keys().size() + "; missing " + shown(missing.toString())
						+ ")", null, List.of(), null);
			}
		}
		return keys;
	}

	/** Text from the KME or a user made fit for a message: printable ASCII, at most {@value #SHOWN} characters. */
	static String shown(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder b = new StringBuilder(Math.min(text.length(), SHOWN + 3));
		for (int i = 0; i < text.length(); i++) {
			if (b.length() == SHOWN) {
				return b.append("...").toString();
			}
			char c = text.charAt(i);
			b.append(c >= ' ' && c < 0x7f ? c : '?');
		}
		return b.toString();
	}

	/** Collects an answer's body up to {@link #MAX_BODY} bytes. */
	private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

		private final CompletableFuture<byte[]> result = new CompletableFuture<>();
		private final ByteArrayOutputStream out = new ByteArrayOutputStream();
		private Flow.Subscription subscription;

		@Override
		public CompletionStage<byte[]> getBody() {
			return result;
		}

		@Override
		public void onSubscribe(Flow.Subscription s) {
			subscription = s;
			s.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(List<ByteBuffer> items) {
			if (result.isDone()) {
				return;
			}
			for (ByteBuffer b : items) {
				if (out.size() + b.remaining() > MAX_BODY) {
					subscription.cancel();
					result.completeExceptionally(new KmeException(Reason.MALFORMED, "an answer longer than "
							+ MAX_BODY + " bytes", null));
					return;
				}
				byte[] chunk = new byte[b.remaining()];
				b.get(chunk);
				out.write(chunk, 0, chunk.length);
			}
		}

		@Override
		public void onError(Throwable t) {
			result.completeExceptionally(t);
		}

		@Override
		public void onComplete() {
			result.complete(out.toByteArray());
		}
	}
}
