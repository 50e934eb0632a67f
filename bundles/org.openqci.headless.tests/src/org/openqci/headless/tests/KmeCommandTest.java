/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqci.headless.CommandContext;
import org.openqci.headless.CommandLine;
import org.openqci.headless.ExitCodes;
import org.openqci.kms.TlsContexts;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code openqci kme}: the demo PKI, and a KME served with keys from a {@code simulate --keys}
 * file, asked over HTTPS with the SAEs' certificates until Ctrl-C stops it.
 */
class KmeCommandTest {

	private static final char[] PASSWORD = "openqci-demo".toCharArray();

	@TempDir
	Path tmp;

	private record Outcome(int code, String out, String err) {
	}

	private static Outcome run(AtomicBoolean cancelled, ByteArrayOutputStream out, String... args) {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = CommandLine.standard().execute(List.of(args),
				new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
						new PrintStream(err, true, StandardCharsets.UTF_8), KmeCommandTest::registry, cancelled, false,
						false));
		return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static Outcome run(String... args) {
		return run(new AtomicBoolean(), new ByteArrayOutputStream(), args);
	}

	@Test
	void pkiWritesTheStoresAndNeverOverwritesThem() {
		Outcome r = run("kme", "pki", tmp.toString(), "--kme", "KME-A", "--sae", "SAE-A", "--sae", "SAE-B");
		assertEquals(ExitCodes.OK, r.code(), r.err());
		for (String file : List.of("ca.p12", "ca.pem", "kme-KME-A.p12", "sae-SAE-A.p12", "sae-SAE-B.p12")) {
			assertTrue(Files.isRegularFile(tmp.resolve(file)), file);
		}
		Outcome again = run("kme", "pki", tmp.toString(), "--kme", "KME-A", "--sae", "SAE-A");
		assertEquals(ExitCodes.BAD_INPUT, again.code());
		assertTrue(again.err().contains("ca.p12"), again.err());
	}

	@Test
	void serveDeliversTheSimulatedKeysToMasterAndSlaveOnce() throws Exception {
		assertEquals(ExitCodes.OK, run("kme", "pki", tmp.toString(), "--kme", "KME-A", "--sae", "SAE-A", "--sae",
				"SAE-B").code());
		byte[] block = new byte[256];
		for (int i = 0; i < block.length; i++) {
			block[i] = (byte) (i * 37 + 11);
		}
		Path keys = tmp.resolve("keys.txt");
		Files.writeString(keys, "0\t2048\t" + HexFormat.of().formatHex(block) + "\n");
		AtomicBoolean cancelled = new AtomicBoolean();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CompletableFuture<Outcome> serving = CompletableFuture.supplyAsync(() -> run(cancelled, out, "kme", "serve",
				tmp.toString(), "--kme", "KME-A", "--peer", "KME-B", "--pair", "SAE-A:SAE-B", "--port", "0", "--keys",
				keys.toString()));
		try {
			URI base = awaitUri(out, serving);
			JsonObject status = get(base, "SAE-A", "/api/v1/keys/SAE-B/status");
			assertEquals(8, status.get("stored_key_count").getAsInt(), status.toString());
			JsonObject enc = get(base, "SAE-A", "/api/v1/keys/SAE-B/enc_keys?number=1");
			JsonObject key = enc.getAsJsonArray("keys").get(0).getAsJsonObject();
			String id = key.get("key_ID").getAsString();
			JsonObject dec = get(base, "SAE-B", "/api/v1/keys/SAE-A/dec_keys?key_ID=" + id);
			assertEquals(key.get("key").getAsString(),
					dec.getAsJsonArray("keys").get(0).getAsJsonObject().get("key").getAsString());
		} finally {
			cancelled.set(true);
		}
		Outcome r = serving.get(20, TimeUnit.SECONDS);
		assertEquals(ExitCodes.OK, r.code(), r.err());
		assertTrue(r.out().contains("SAE-A -> SAE-B: 8 keys available, 0 delivered"), r.out());

		Outcome twice = run("kme", "serve", tmp.toString(), "--kme", "KME-A", "--peer", "KME-B", "--pair",
				"SAE-A:SAE-B", "--port", "0", "--keys", keys.toString());
		assertEquals(ExitCodes.BAD_INPUT, twice.code());
		assertTrue(twice.err().contains("already holds keys for"), twice.err());
	}

	@Test
	void serveFeedsTheRelaysOfANetworkDemandOnceAcrossARestart() throws Exception {
		assertEquals(ExitCodes.OK, run("kme", "pki", tmp.toString(), "--kme", "KME-M", "--sae", "MADRID", "--sae",
				"SANTA-CRUZ").code());
		// the European example, its passes cut to a day and its pools to a quarter of an hour
		String text = Files.readString(TestEnvironment.repository().resolve("examples/european-backbone.qci"))
				.replace("end=\"2026-06-08T00:00:00Z\"", "end=\"2026-06-02T00:00:00Z\"")
				.replace("<pools days=\"7\"", "<pools days=\"0.01\"");
		Path network = tmp.resolve("network.qci");
		Files.writeString(network, text);
		String[] serve = { "kme", "serve", tmp.toString(), "--kme", "KME-M", "--peer", "KME-S", "--pair",
				"MADRID:SANTA-CRUZ", "--port", "0", "--network", network.toString(), "--demand", "madrid-santa-cruz",
				"--speed", "1000000" };
		AtomicBoolean cancelled = new AtomicBoolean();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CompletableFuture<Outcome> serving = CompletableFuture.supplyAsync(() -> run(cancelled, out, serve));
		int total;
		try {
			URI base = awaitUri(out, serving);
			Matcher m = Pattern.compile("relays of demand madrid-santa-cruz \\((\\d+) keys\\)").matcher(
					out.toString(StandardCharsets.UTF_8));
			assertTrue(m.find(), out.toString(StandardCharsets.UTF_8));
			total = Integer.parseInt(m.group(1));
			assertTrue(total > 1000, "a quarter of an hour at 2 kbit/s relays several thousand 256-bit keys: " + total);
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			int stored = 0;
			while (stored < total && System.nanoTime() < end) {
				stored = get(base, "MADRID", "/api/v1/keys/SANTA-CRUZ/status").get("stored_key_count").getAsInt();
				Thread.sleep(100);
			}
			assertEquals(total, stored, "every relayed key reaches the store");
			JsonObject enc = get(base, "MADRID", "/api/v1/keys/SANTA-CRUZ/enc_keys?number=1");
			JsonObject key = enc.getAsJsonArray("keys").get(0).getAsJsonObject();
			JsonObject dec = get(base, "SANTA-CRUZ", "/api/v1/keys/MADRID/dec_keys?key_ID="
					+ key.get("key_ID").getAsString());
			assertEquals(key.get("key").getAsString(),
					dec.getAsJsonArray("keys").get(0).getAsJsonObject().get("key").getAsString());
		} finally {
			cancelled.set(true);
		}
		assertEquals(ExitCodes.OK, serving.get(20, TimeUnit.SECONDS).code());

		AtomicBoolean again = new AtomicBoolean();
		ByteArrayOutputStream out2 = new ByteArrayOutputStream();
		CompletableFuture<Outcome> restarted = CompletableFuture.supplyAsync(() -> run(again, out2, serve));
		try {
			URI base = awaitUri(out2, restarted);
			assertTrue(out2.toString(StandardCharsets.UTF_8).contains("; 0 to come"), out2.toString(
					StandardCharsets.UTF_8));
			Thread.sleep(500);
			assertEquals(total - 1, get(base, "MADRID", "/api/v1/keys/SANTA-CRUZ/status").get("stored_key_count")
					.getAsInt(), "a restart deposits no relay twice");
		} finally {
			again.set(true);
		}
		assertEquals(ExitCodes.OK, restarted.get(20, TimeUnit.SECONDS).code());
	}

	private static org.openqci.core.registry.ModelRegistry registry() {
		try {
			return TestEnvironment.registry();
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void badArgumentsAreNamed() {
		assertEquals(ExitCodes.BAD_INPUT, run("kme").code());
		Outcome r = run("kme", "serve", tmp.toString(), "--kme", "KME-A", "--peer", "KME-B", "--pair", "SAE-A");
		assertEquals(ExitCodes.BAD_INPUT, r.code());
		assertTrue(r.err().contains("--pair needs MASTER:SLAVE"), r.err());
		r = run("kme", "serve", tmp.toString(), "--kme", "KME-A", "--peer", "KME-B", "--pair", "SAE-A:SAE-B");
		assertEquals(ExitCodes.BAD_INPUT, r.code());
		assertTrue(r.err().contains("kme-KME-A.p12 does not exist"), r.err());
	}

	/** The server's address once the command says it is serving (fails if the command ends first). */
	private static URI awaitUri(ByteArrayOutputStream out, CompletableFuture<Outcome> serving) throws Exception {
		Pattern servingAddress = Pattern.compile("serving (https://\\S+)");
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (System.nanoTime() < end) {
			Matcher m = servingAddress.matcher(out.toString(StandardCharsets.UTF_8));
			if (m.find()) {
				return URI.create(m.group(1));
			}
			if (serving.isDone()) {
				throw new AssertionError("the KME stopped: " + serving.get());
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the KME did not start: " + out.toString(StandardCharsets.UTF_8));
	}

	private JsonObject get(URI base, String sae, String path) throws Exception {
		HttpClient client = HttpClient.newBuilder()
				.sslContext(TlsContexts.client(tmp.resolve("sae-" + sae + ".p12"), tmp.resolve("ca.p12"), PASSWORD))
				.build();
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertEquals(200, response.statusCode(), response.body());
		return JsonParser.parseString(response.body()).getAsJsonObject();
	}
}
