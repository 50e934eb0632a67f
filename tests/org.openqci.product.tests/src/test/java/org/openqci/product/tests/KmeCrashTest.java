/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The fault test of the key management entity: the product's {@code openqci kme serve} runs as a
 * process, the master SAE asks for keys in a loop and the slave SAE fetches each one, and the
 * server is killed with SIGKILL at random moments and restarted, {@value #KILLS} times. Afterwards
 * every key ID reached the master at most once and the slave at most once, with the same bytes,
 * and the stock adds up: the keys still stored plus those the master received, plus at most one
 * per request whose answer the kill swallowed, are the keys deposited.
 */
class KmeCrashTest {

	private static final int KILLS = 5;
	private static final int KEYS = 2_000;
	private static final String PASSWORD = "openqci-demo";
	private static final Pattern SERVING = Pattern.compile("serving (https://\\S+)");

	@TempDir
	static Path temp;

	@Test
	void aKilledKmeLosesNoKeyAndDeliversNoneTwice() throws Exception {
		ProductCopy product = ProductCopy.of(Path.of(System.getProperty("openqci.product")), temp.resolve("product"));
		Path dir = temp.resolve("kme");
		ProductCopy.Run pki = product.headless("kme", "pki", dir.toString(), "--kme", "KME-A", "--sae", "SAE-A", "--sae",
				"SAE-B");
		assertEquals(0, pki.exitCode(), pki::toString);
		byte[] block = new byte[KEYS * 32];
		new SplittableRandom(14).nextBytes(block);
		Path keys = temp.resolve("keys.txt");
		Files.writeString(keys, "0\t" + block.length * 8 + "\t" + HexFormat.of().formatHex(block) + "\n");
		HttpClient master = client(dir, "SAE-A");
		HttpClient slave = client(dir, "SAE-B");

		Map<String, String> toMaster = new ConcurrentHashMap<>();
		Map<String, String> toSlave = new ConcurrentHashMap<>();
		int lostAnswers = 0;
		SplittableRandom random = new SplittableRandom(7);
		for (int round = 0; round <= KILLS; round++) {
			Process server = start(product, dir, round == 0 ? keys : null, round);
			try {
				URI base = awaitServing(dir.resolve("out-" + round + ".txt"), server);
				if (round == KILLS) {
					JsonObject status = get(master, base, "/api/v1/keys/SAE-B/status");
					int stored = status.get("stored_key_count").getAsInt();
					assertTrue(stored + toMaster.size() <= KEYS, "more keys than deposited");
					assertTrue(KEYS - stored - toMaster.size() <= lostAnswers, (KEYS - stored - toMaster.size())
							+ " keys unaccounted for, but only " + lostAnswers + " answers were lost");
					for (String id : toMaster.keySet()) {
						if (!toSlave.containsKey(id)) {
							continue;
						}
						HttpResponse<String> again = send(slave, base, "/api/v1/keys/SAE-A/dec_keys?key_ID=" + id);
						assertEquals(400, again.statusCode(), "a key the slave has is delivered again: " + again.body());
						break;
					}
					break;
				}
				// the master and the slave ask in a thread of their own; the kill lands in the middle
				int[] lost = new int[1];
				Thread requests = new Thread(() -> {
					try {
						while (true) {
							JsonObject enc = get(master, base, "/api/v1/keys/SAE-B/enc_keys?number=1");
							JsonObject key = enc.getAsJsonArray("keys").get(0).getAsJsonObject();
							String id = key.get("key_ID").getAsString();
							assertFalse(toMaster.containsKey(id), "key " + id + " reached the master twice");
							toMaster.put(id, key.get("key").getAsString());
							JsonObject dec = get(slave, base, "/api/v1/keys/SAE-A/dec_keys?key_ID=" + id);
							String slaveKey = dec.getAsJsonArray("keys").get(0).getAsJsonObject().get("key")
									.getAsString();
							assertFalse(toSlave.containsKey(id), "key " + id + " reached the slave twice");
							assertEquals(toMaster.get(id), slaveKey, "the slave's key differs from the master's");
							toSlave.put(id, slaveKey);
						}
					} catch (IOException e) {
						lost[0]++; // the server died under this request
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
				}, "requests-" + round);
				AtomicReference<Throwable> failure = new AtomicReference<>();
				requests.setUncaughtExceptionHandler((t, e) -> failure.set(e));
				requests.start();
				Thread.sleep(1000 + random.nextInt(2000));
				server.destroyForcibly(); // SIGKILL, while a request is under way
				requests.join(TimeUnit.SECONDS.toMillis(30));
				if (failure.get() != null) {
					throw new AssertionError(failure.get());
				}
				lostAnswers += lost[0];
			} finally {
				server.destroyForcibly(); // SIGKILL
				server.waitFor(10, TimeUnit.SECONDS);
			}
		}
		System.out.printf("KmeCrashTest: %d kills, %d keys to the master, %d to the slave, %d answers lost%n", KILLS,
				toMaster.size(), toSlave.size(), lostAnswers);
		assertTrue(toMaster.size() > 50, "only " + toMaster.size() + " keys were delivered");
		for (String id : toSlave.keySet()) {
			assertTrue(toMaster.containsKey(id));
		}
	}

	private static Process start(ProductCopy product, Path dir, Path keys, int round) throws IOException {
		Path out = dir.resolve("out-" + round + ".txt");
		Path err = dir.resolve("err-" + round + ".txt");
		return keys == null
				? product.start(out, err, "kme", "serve", dir.toString(), "--kme", "KME-A", "--peer", "KME-B", "--pair",
						"SAE-A:SAE-B", "--port", "0")
				: product.start(out, err, "kme", "serve", dir.toString(), "--kme", "KME-A", "--peer", "KME-B", "--pair",
						"SAE-A:SAE-B", "--port", "0", "--keys", keys.toString());
	}

	private static URI awaitServing(Path out, Process server) throws Exception {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < end) {
			Matcher m = SERVING.matcher(Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "");
			if (m.find()) {
				return URI.create(m.group(1));
			}
			if (!server.isAlive()) {
				throw new AssertionError("the KME exited with " + server.exitValue() + ": "
						+ Files.readString(out.resolveSibling(out.getFileName().toString().replace("out-", "err-"))));
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the KME did not start");
	}

	private static JsonObject get(HttpClient client, URI base, String path) throws IOException, InterruptedException {
		HttpResponse<String> response = send(client, base, path);
		assertEquals(200, response.statusCode(), response.body());
		return JsonParser.parseString(response.body()).getAsJsonObject();
	}

	private static HttpResponse<String> send(HttpClient client, URI base, String path)
			throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** A client with the SAE's certificate of the demo PKI, trusting its CA. */
	private static HttpClient client(Path dir, String sae) throws Exception {
		KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keys.init(load(dir.resolve("sae-" + sae + ".p12")), PASSWORD.toCharArray());
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(load(dir.resolve("ca.p12")));
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
		return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
	}

	private static KeyStore load(Path file) throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(file)) {
			store.load(in, PASSWORD.toCharArray());
		}
		return store;
	}
}
