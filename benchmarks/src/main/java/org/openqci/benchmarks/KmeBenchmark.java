/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openqci.kms.DemoPki;
import org.openqci.kms.KeyManagementEntity;
import org.openqci.kms.KeyStoreDatabase;
import org.openqci.kms.KmeConfiguration;
import org.openqci.kms.KmeServer;
import org.openqci.kms.SaePair;
import org.openqci.kms.TlsContexts;

/**
 * The load test of the key management entity on loopback: one operation is a key delivered to
 * both SAEs, the master's {@code enc_keys} for one 256-bit key and then the slave's
 * {@code dec_keys} for it, each an HTTPS request with mutual TLS (connections kept alive) to a
 * {@link KmeServer} whose store (H2, a committed transaction per delivery) holds
 * {@value #KEYS} keys, from {@value #CLIENTS} client threads at once. Throughput mode gives the
 * sustained deliveries per second, sample mode the latency percentiles of one delivery.
 */
@State(Scope.Benchmark)
@BenchmarkMode({ Mode.Throughput, Mode.SampleTime })
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Threads(KmeBenchmark.CLIENTS)
public class KmeBenchmark {

	/** Client threads. */
	public static final int CLIENTS = 4;

	/** Keys deposited before the run. */
	public static final int KEYS = 300_000;

	private static final char[] PASSWORD = "bench".toCharArray();
	private static final Pattern KEY_ID = Pattern.compile("\"key_ID\"\\s*:\\s*\"([^\"]+)\"");

	private Path dir;
	private KeyStoreDatabase store;
	private KmeServer server;
	private HttpClient master;
	private HttpClient slave;
	private URI base;

	/** Makes the PKI, fills the store and starts the server. */
	@Setup(Level.Trial)
	public void start() throws Exception {
		dir = Files.createTempDirectory("kme-bench");
		DemoPki.create(dir, "KME-A", List.of("SAE-A", "SAE-B"), PASSWORD);
		store = KeyStoreDatabase.open(dir.resolve("keys"));
		SaePair pair = new SaePair("SAE-A", "SAE-B");
		KmeConfiguration configuration = new KmeConfiguration("KME-A", "KME-B", Set.of("SAE-A", "SAE-B"),
				List.of(pair), 256, 1000, KEYS);
		KeyManagementEntity entity = new KeyManagementEntity(configuration, store);
		SplittableRandom random = new SplittableRandom(1);
		for (int deposited = 0; deposited < KEYS; deposited += 10_000) {
			List<byte[]> keys = new ArrayList<>();
			for (int i = 0; i < 10_000; i++) {
				byte[] key = new byte[32];
				random.nextBytes(key);
				keys.add(key);
			}
			entity.deposit(pair, keys);
		}
		server = KmeServer.start(entity, KmeServer.Settings.loopback(0, dir.resolve(DemoPki.kmeFile("KME-A")),
				dir.resolve(DemoPki.CA_STORE), new String(PASSWORD)));
		base = server.uri();
		master = client("SAE-A");
		slave = client("SAE-B");
	}

	private HttpClient client(String sae) throws Exception {
		return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
				.sslContext(TlsContexts.client(dir.resolve(DemoPki.saeFile(sae)), dir.resolve(DemoPki.CA_STORE), PASSWORD))
				.build();
	}

	/** Stops the server and deletes the files. */
	@TearDown(Level.Trial)
	public void stop() throws IOException {
		server.close();
		store.close();
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	/** One key delivered to the master and then to the slave. */
	@Benchmark
	public String deliverOneKey() throws Exception {
		String enc = get(master, "/api/v1/keys/SAE-B/enc_keys?number=1");
		Matcher id = KEY_ID.matcher(enc);
		if (!id.find()) {
			throw new IllegalStateException("no key in " + enc);
		}
		return get(slave, "/api/v1/keys/SAE-A/dec_keys?key_ID=" + id.group(1));
	}

	private String get(HttpClient client, String path) throws Exception {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
		return response.body();
	}
}
