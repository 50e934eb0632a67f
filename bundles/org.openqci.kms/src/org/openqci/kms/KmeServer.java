/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.kms;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.function.Function;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTPS front of a key management entity (ETSI GS QKD 014): a Jetty 12 server speaking HTTP/1.1
 * over TLS 1.3 or 1.2 only, with mutual TLS. A client must present a certificate issued by a CA of
 * the trust store; the common name of that certificate is the caller's SAE ID given to the
 * {@link KeyManagementEntity}, which answers every request (this class knows no endpoint). The
 * entity gets the path as sent (percent-encoded) and the query parameters decoded (UTF-8).
 * <p>
 * Limits: a body of at most {@link KeyManagementEntity#MAX_BODY_BYTES} bytes (a longer one is
 * answered 400 without reaching the entity, after reading and dropping up to
 * {@value #MAX_DROPPED_BYTES} bytes of it); Jetty's default header limits, 8 KiB of request
 * line and headers (431 above) and 8 KiB of response headers; {@link Settings#maxThreads()}
 * threads with at most {@value #MAX_QUEUED_JOBS} queued jobs; idle connections closed after
 * {@value #IDLE_TIMEOUT_MS} ms. Errors that Jetty itself answers (bad request line, headers too
 * large...) carry the specification's Error body too. Nothing of a request's body or answer is
 * logged.
 */
public final class KmeServer implements AutoCloseable {

	/** The default number of threads. */
	public static final int DEFAULT_MAX_THREADS = 16;

	/** The most jobs waiting for a thread. */
	public static final int MAX_QUEUED_JOBS = 256;

	/** How long an idle connection stays open, ms. */
	public static final int IDLE_TIMEOUT_MS = 30_000;

	/** The most bytes of a too long body read (and dropped) before the answer; beyond, the connection is closed. */
	public static final int MAX_DROPPED_BYTES = 1024 * 1024;

	/** How long {@link #stop()} waits for running requests, ms. */
	public static final int STOP_TIMEOUT_MS = 5_000;

	/** The content type of every answer. */
	static final String JSON = "application/json";

	private static final System.Logger LOGGER = System.getLogger(KmeServer.class.getName());

	/**
	 * Where and how a KME server listens.
	 *
	 * @param host               the address to bind, {@code null} for every interface
	 * @param port               the port, 0 for any free one
	 * @param keyStore           the KME's PKCS#12 key store (private key and server certificate)
	 * @param keyStorePassword   its password (also that of the key)
	 * @param trustStore         the PKCS#12 trust store with the CA of the SAEs' certificates
	 * @param trustStorePassword its password
	 * @param maxThreads         the most threads serving requests, at least 8
	 */
	public record Settings(String host, int port, Path keyStore, String keyStorePassword, Path trustStore,
			String trustStorePassword, int maxThreads) {

		/** Checks the values. */
		public Settings {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("port out of range: " + port);
			}
			Objects.requireNonNull(keyStore, "keyStore");
			Objects.requireNonNull(keyStorePassword, "keyStorePassword");
			Objects.requireNonNull(trustStore, "trustStore");
			Objects.requireNonNull(trustStorePassword, "trustStorePassword");
			if (maxThreads < 8) {
				throw new IllegalArgumentException("at least 8 threads are needed: " + maxThreads);
			}
		}

		/** Settings on the loopback address {@code 127.0.0.1}, one password for both stores. */
		public static Settings loopback(int port, Path keyStore, Path trustStore, String password) {
			return new Settings("127.0.0.1", port, keyStore, password, trustStore, password, DEFAULT_MAX_THREADS);
		}

		/** Without the passwords. */
		@Override
		public String toString() {
			return "Settings[host=" + host + ", port=" + port + ", keyStore=" + keyStore + ", trustStore="
					+ trustStore + ", maxThreads=" + maxThreads + "]";
		}
	}

	private final Server server;
	private final ServerConnector connector;

	private KmeServer(Server server, ServerConnector connector) {
		this.server = server;
		this.connector = connector;
	}

	/**
	 * Starts serving {@code entity}.
	 *
	 * @throws IOException if a store cannot be read or the port cannot be bound
	 */
	public static KmeServer start(KeyManagementEntity entity, Settings settings) throws IOException {
		Objects.requireNonNull(entity, "entity");
		return start((Function<KmeRequest, KmeResponse>) entity::handle, settings);
	}

	/**
	 * Starts serving any handler of requests, e.g. a test double of the entity; it is called on
	 * several threads at once.
	 *
	 * @throws IOException if a store cannot be read or the port cannot be bound
	 */
	public static KmeServer start(Function<KmeRequest, KmeResponse> core, Settings settings) throws IOException {
		Objects.requireNonNull(core, "core");
		Objects.requireNonNull(settings, "settings");
		SslContextFactory.Server tls = new SslContextFactory.Server();
		try {
			tls.setKeyStore(TlsContexts.load(settings.keyStore(), settings.keyStorePassword().toCharArray()));
			tls.setTrustStore(TlsContexts.load(settings.trustStore(), settings.trustStorePassword().toCharArray()));
		} catch (GeneralSecurityException e) {
			throw new IOException("cannot read the KME's key or trust store", e);
		}
		tls.setKeyStorePassword(settings.keyStorePassword());
		tls.setKeyManagerPassword(settings.keyStorePassword());
		tls.setTrustStorePassword(settings.trustStorePassword());
		tls.setNeedClientAuth(true);
		tls.setIncludeProtocols("TLSv1.3", "TLSv1.2");
		tls.setSniRequired(false);

		QueuedThreadPool threads = new QueuedThreadPool(settings.maxThreads(), 2, 60_000,
				new ArrayBlockingQueue<>(MAX_QUEUED_JOBS));
		threads.setName("kme-server");
		Server server = new Server(threads);

		HttpConfiguration http = new HttpConfiguration();
		http.setSendServerVersion(false);
		http.setSendXPoweredBy(false);
		http.setSecureScheme("https");
		SecureRequestCustomizer secure = new SecureRequestCustomizer();
		secure.setSniHostCheck(false);
		secure.setSniRequired(false);
		http.addCustomizer(secure);

		ServerConnector connector = new ServerConnector(server, 1, 1,
				new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory(http));
		connector.setHost(settings.host());
		connector.setPort(settings.port());
		connector.setIdleTimeout(IDLE_TIMEOUT_MS);
		server.addConnector(connector);
		server.setHandler(new GracefulHandler(new KmeHandler(core)));
		server.setErrorHandler(new JsonErrorHandler());
		server.setStopTimeout(STOP_TIMEOUT_MS);
		try {
			server.start();
		} catch (Exception e) {
			try {
				server.stop();
			} catch (Exception suppressed) {
				e.addSuppressed(suppressed);
			}
			if (e instanceof IOException io) {
				throw io;
			}
			throw new IOException("cannot start the KME server on port " + settings.port(), e);
		}
		return new KmeServer(server, connector);
	}

	/** The port the server listens on (the bound one when started with port 0), -1 once stopped. */
	public int port() {
		return connector.getLocalPort();
	}

	/** The server's base address, {@code https://localhost:<port>} (the demo certificate's name). */
	public URI uri() {
		return URI.create("https://localhost:" + port());
	}

	/**
	 * Stops the server: no new connection is accepted, running requests may finish for up to
	 * {@value #STOP_TIMEOUT_MS} ms (Jetty checks about once a second whether the connections are
	 * closed, so a stop with clients connected takes a second or so); idempotent.
	 */
	public void stop() {
		try {
			server.stop();
		} catch (Exception e) {
			LOGGER.log(Level.WARNING, "the KME server did not stop cleanly: " + e);
		}
	}

	/** Same as {@link #stop()}. */
	@Override
	public void close() {
		stop();
	}

	/**
	 * The SAE ID of the client of {@code request}: the common name of the certificate it presented,
	 * or {@code ""} if none (or not exactly one common name), which the entity answers with 401.
	 * The TLS data is the attribute {@link EndPoint.SslSessionData#ATTRIBUTE} that
	 * {@link SecureRequestCustomizer} adds.
	 */
	static String callerSaeId(Request request) {
		if (!(request.getAttribute(EndPoint.SslSessionData.ATTRIBUTE) instanceof EndPoint.SslSessionData tls)) {
			return "";
		}
		X509Certificate[] chain = tls.peerCertificates();
		String name = chain == null || chain.length == 0 ? null : commonName(chain[0]);
		return name == null ? "" : name;
	}

	/** The single common name of {@code cert}'s subject, or {@code null}. */
	static String commonName(X509Certificate cert) {
		RDN[] rdns = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.CN);
		if (rdns.length != 1 || rdns[0].isMultiValued()) {
			return null;
		}
		ASN1Encodable value = rdns[0].getFirst().getValue();
		return value instanceof ASN1String text && !text.getString().isEmpty() ? text.getString() : null;
	}

	/** An Error body of the specification with {@code message} and no details. */
	static String error(String message) {
		StringBuilder json = new StringBuilder("{\"message\": \"");
		for (char c : message.toCharArray()) {
			switch (c) {
			case '"' -> json.append("\\\"");
			case '\\' -> json.append("\\\\");
			default -> {
				if (c < 0x20) {
					json.append(String.format("\\u%04x", (int) c));
				} else {
					json.append(c);
				}
			}
			}
		}
		return json.append("\", \"details\": []}").toString();
	}

	/** Writes {@code answer} as the complete response. */
	static void send(Response response, KmeResponse answer, Callback callback) {
		byte[] bytes = answer.json().getBytes(StandardCharsets.UTF_8);
		response.setStatus(answer.status());
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
		response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
		response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
		response.write(true, ByteBuffer.wrap(bytes), callback);
	}

	/** Turns every request into a {@link KmeRequest} for the core and its answer into the response. */
	private static final class KmeHandler extends Handler.Abstract {

		private final Function<KmeRequest, KmeResponse> core;

		KmeHandler(Function<KmeRequest, KmeResponse> core) {
			super(InvocationType.BLOCKING);
			this.core = core;
		}

		@Override
		public boolean handle(Request request, Response response, Callback callback) {
			String caller = callerSaeId(request);
			int max = KeyManagementEntity.MAX_BODY_BYTES;
			byte[] body;
			try {
				body = readBody(request, max);
			} catch (IOException e) {
				callback.failed(e);
				return true;
			}
			if (body == null) {
				send(response, new KmeResponse(400, error("The request body exceeds " + max + " bytes")), callback);
				return true;
			}
			String path = request.getHttpURI().getPath();
			Map<String, List<String>> query;
			try {
				query = query(request);
			} catch (RuntimeException e) {
				query = null;
			}
			if (path == null || query == null) {
				send(response, new KmeResponse(400, error("The request URI is not valid")), callback);
				return true;
			}
			KmeResponse answer;
			try {
				answer = core.apply(new KmeRequest(request.getMethod(), path, query, body, caller));
			} catch (RuntimeException e) {
				// The exception's class only: a message could quote a request.
				LOGGER.log(Level.ERROR, "the KME failed on " + request.getMethod() + " " + path + ": "
						+ e.getClass().getName());
				LOGGER.log(Level.DEBUG, "the KME's failure", e);
				answer = new KmeResponse(503, error("The KME could not process the request"));
			}
			send(response, answer, callback);
			return true;
		}

		/**
		 * The body if it has at most {@code max} bytes, else {@code null}; a longer body is read and
		 * dropped up to {@value KmeServer#MAX_DROPPED_BYTES} bytes so that the client, still
		 * sending, gets the answer rather than a reset connection.
		 */
		private static byte[] readBody(Request request, int max) throws IOException {
			long declared = request.getLength();
			if (declared > MAX_DROPPED_BYTES) {
				return null;
			}
			InputStream in = Content.Source.asInputStream(request);
			byte[] body = in.readNBytes(max + 1);
			if (body.length <= max) {
				return body;
			}
			long dropped = body.length;
			byte[] buffer = new byte[8192];
			for (int n; dropped < MAX_DROPPED_BYTES && (n = in.read(buffer)) >= 0;) {
				dropped += n;
			}
			return null;
		}

		private static Map<String, List<String>> query(Request request) {
			Map<String, List<String>> query = new LinkedHashMap<>();
			for (Fields.Field field : Request.extractQueryParameters(request, StandardCharsets.UTF_8)) {
				query.put(field.getName(), List.copyOf(field.getValues()));
			}
			return query;
		}
	}

	/** Answers the errors Jetty detects itself with an Error body instead of an HTML page. */
	private static final class JsonErrorHandler extends ErrorHandler {

		@Override
		protected void generateResponse(Request request, Response response, int code, String message,
				Throwable cause, Callback callback) {
			String reason = HttpStatus.getMessage(code);
			send(response, new KmeResponse(code, error(reason == null ? "Error " + code : reason)), callback);
		}
	}
}
