/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.openqci.kms.DemoPki;
import org.openqci.kms.KeyCounts;
import org.openqci.kms.KeyFile;
import org.openqci.kms.KeyManagementEntity;
import org.openqci.kms.KeyStoreDatabase;
import org.openqci.kms.KmeConfiguration;
import org.openqci.kms.KmeServer;
import org.openqci.kms.RelayFeed;
import org.openqci.kms.SaePair;

/**
 * {@code openqci kme pki DIR ...} creates a demonstration CA with certificates for a KME and its
 * SAEs; {@code openqci kme serve DIR ...} runs an ETSI GS QKD 014 key management entity over
 * HTTPS with mutual TLS on those certificates, its keys in a durable store in DIR, optionally
 * filled once from the final keys of {@code openqci simulate --keys} or fed with the relays a
 * network experiment's key pools serve to one demand, until Ctrl-C.
 */
final class KmeCommand implements Command {

	/** The password of the demo PKI's files unless one is given. */
	static final String DEMO_PASSWORD = "openqci-demo";

	@Override
	public String name() {
		return "kme";
	}

	@Override
	public String synopsis() {
		return "pki DIR --kme ID --sae ID... | serve DIR --kme ID --peer ID --pair M:S [options]";
	}

	@Override
	public String summary() {
		return "run an ETSI GS QKD 014 key management entity (HTTPS, mutual TLS)";
	}

	@Override
	public String help() {
		return """
				usage: openqci kme pki DIR --kme ID --sae ID [--sae ID]... [--password P]
				       openqci kme serve DIR --kme ID --peer ID --pair MASTER:SLAVE [--pair ...]
				                         [--port N] [--host H] [--key-size BITS] [--keys FILE] [--password P]
				                         [--network FILE.qci --demand ID [--speed X]]

				pki: creates a demonstration CA (ca.p12, ca.pem), the KME's server certificate
				(kme-ID.p12) and one client certificate per SAE (sae-ID.p12), PKCS#12 files with
				the password (default: openqci-demo). For trials only: the CA's key is not kept.

				serve: serves the key delivery API of ETSI GS QKD 014 (status, enc_keys, dec_keys,
				GET and POST) at https://HOST:PORT/api/v1/keys/ to the SAEs of the pairs, each
				identified by its client certificate. Keys are kept in DIR/keys (an H2 database):
				every delivery is committed before it is answered, so a crash loses no key and
				delivers none twice.

				  --kme ID          this KME's ID (its certificate kme-ID.p12 in DIR)
				  --peer ID         the KME the other SAEs are attached to (target_KME_ID)
				  --pair M:S        master SAE M may ask for keys shared with slave SAE S
				  --port N          the port (default 8443; 0 for any free one)
				  --host H          the address to bind (default 127.0.0.1)
				  --key-size BITS   the size of every key (default 256)
				  --keys FILE       deposit the final keys of 'openqci simulate --keys FILE' for the
				                    first pair, cut into keys of the key size; only into an empty store
				  --network FILE    feed the first pair with the key a network experiment relays to
				                    one demand: its key pools are simulated, and each relay the
				                    demand gets is deposited at its simulated time (key material
				                    drawn at random: the simulation decides how much and when);
				                    after a restart the feed goes on from where the store is
				  --demand ID       the demand of the network whose relays feed the KME
				  --speed X         simulated seconds per second (default 1)
				  --password P      the password of the PKCS#12 files (default: openqci-demo)

				exit codes: 0 success (serve: stopped with Ctrl-C), 1 internal error, 2 bad input
				""";
	}

	@Override
	public int execute(List<String> args, CommandContext context) throws Exception {
		if (args.isEmpty()) {
			throw new UsageException("missing 'pki' or 'serve'");
		}
		if (args.get(0).equals("--help") || args.get(0).equals("-h")) {
			context.out().print(help());
			return ExitCodes.OK;
		}
		Arguments a = Arguments.parse(args.subList(1, args.size()));
		return switch (args.get(0)) {
		case "pki" -> pki(a, context);
		case "serve" -> serve(a, context);
		default -> throw new UsageException("unknown sub-command '" + args.get(0) + "' (pki or serve)");
		};
	}

	private static int pki(Arguments a, CommandContext context) throws Exception {
		a.require(a.kme, "--kme");
		if (a.saes.isEmpty()) {
			throw new UsageException("--sae is required (one per SAE)");
		}
		try {
			DemoPki.Stores stores = DemoPki.create(a.dir, a.kme, a.saes, a.password.toCharArray());
			context.out().println(stores.caStore());
			context.out().println(stores.caPem());
			context.out().println(stores.kme());
			stores.saes().values().forEach(context.out()::println);
			return ExitCodes.OK;
		} catch (IOException | IllegalArgumentException e) {
			context.err().println(CommandLine.PROGRAM + ": kme pki: " + e.getMessage());
			return ExitCodes.BAD_INPUT;
		}
	}

	private static int serve(Arguments a, CommandContext context) throws Exception {
		a.require(a.kme, "--kme");
		a.require(a.peer, "--peer");
		if (a.pairs.isEmpty()) {
			throw new UsageException("--pair MASTER:SLAVE is required");
		}
		PrintStream err = context.err();
		KmeConfiguration configuration;
		List<byte[]> deposit;
		try {
			Set<String> saes = new LinkedHashSet<>();
			a.pairs.forEach(p -> {
				saes.add(p.master());
				saes.add(p.slave());
			});
			configuration = new KmeConfiguration(a.kme, a.peer, saes, a.pairs, a.keySize, 1000, 1_000_000);
			deposit = a.keys == null ? List.of() : KeyFile.read(a.keys, configuration.keyBytes());
		} catch (IOException | IllegalArgumentException e) {
			err.println(CommandLine.PROGRAM + ": kme serve: " + e.getMessage());
			return ExitCodes.BAD_INPUT;
		}
		List<RelayFeed.Relay> relays = List.of();
		if (a.network != null) {
			a.require(a.demand, "--demand");
			if (a.keys != null) {
				throw new UsageException("--keys and --network cannot be combined (one source of keys per store)");
			}
			if (context.registry().get() == null) {
				err.println(CommandLine.PROGRAM + ": kme serve: no model registry to evaluate the network");
				return ExitCodes.INTERNAL_ERROR;
			}
			ConsoleProgressMonitor monitor = new ConsoleProgressMonitor(err, context.interactive(), context.cancelled());
			try {
				relays = NetworkRelays.of(a.network, a.demand, a.keySize, context.registry().get(), monitor);
			} finally {
				monitor.done();
			}
		}
		Path keyStore = a.dir.resolve(DemoPki.kmeFile(a.kme));
		Path trustStore = a.dir.resolve(DemoPki.CA_STORE);
		for (Path file : List.of(keyStore, trustStore)) {
			if (!Files.isRegularFile(file)) {
				err.println(CommandLine.PROGRAM + ": kme serve: " + file + " does not exist (make it with 'openqci kme pki')");
				return ExitCodes.BAD_INPUT;
			}
		}
		try (KeyStoreDatabase store = KeyStoreDatabase.open(a.dir.resolve("keys"))) {
			KeyManagementEntity entity = new KeyManagementEntity(configuration, store);
			SaePair first = a.pairs.get(0);
			if (!deposit.isEmpty()) {
				if (store.counts(first.master(), first.slave()).deposited() > 0) {
					err.println(CommandLine.PROGRAM + ": kme serve: the store already holds keys for " + first
							+ "; --keys fills an empty store only (the same key must never be deposited twice)");
					return ExitCodes.BAD_INPUT;
				}
				entity.deposit(first, deposit);
			}
			KmeServer.Settings settings = new KmeServer.Settings(a.host, a.port, keyStore, a.password, trustStore,
					a.password, KmeServer.DEFAULT_MAX_THREADS);
			try (KmeServer server = KmeServer.start(entity, settings)) {
				for (SaePair pair : a.pairs) {
					KeyCounts counts = store.counts(pair.master(), pair.slave());
					context.out().printf("%s -> %s: %d keys available, %d delivered%n", pair.master(), pair.slave(),
							counts.available(), counts.deliveredToMaster() + counts.deliveredToSlave());
				}
				Thread feeder = a.network == null ? null : startRelayFeed(a, entity, first, relays, context);
				context.out().println("KME " + a.kme + " serving " + server.uri() + " (Ctrl-C stops it)");
				context.out().flush();
				while (!context.isCancelled()) {
					Thread.sleep(200);
				}
				if (feeder != null) {
					feeder.join(5000);
				}
			}
		} catch (IOException e) {
			err.println(CommandLine.PROGRAM + ": kme serve: " + e.getMessage());
			return ExitCodes.BAD_INPUT;
		}
		return ExitCodes.OK;
	}

	/**
	 * Starts depositing the relays not yet in the store, in a thread of its own that stops with
	 * the command, after saying how many there are.
	 *
	 * @throws UsageException if the store holds keys that are not these relays'
	 */
	private static Thread startRelayFeed(Arguments a, KeyManagementEntity entity, SaePair pair,
			List<RelayFeed.Relay> relays, CommandContext context) throws UsageException {
		RelayFeed feed = new RelayFeed(entity, pair, relays, a.speed, Thread::sleep);
		int remaining;
		try {
			remaining = feed.remaining().size();
		} catch (IllegalStateException e) {
			throw new UsageException(e.getMessage());
		}
		double days = relays.isEmpty() ? 0 : relays.get(relays.size() - 1).seconds() / 86_400;
		context.out().printf(Locale.ROOT, "%s: %d relays of demand %s (%d keys) over %.3g simulated days; %d to come at "
				+ "%s x%n", a.network, relays.size(), a.demand, feed.totalKeys(), days, remaining, a.speed);
		Thread feeder = new Thread(() -> {
			try {
				feed.run(context::isCancelled);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			} catch (RuntimeException e) {
				context.err().println(CommandLine.PROGRAM + ": kme serve: the relay feed stopped: " + e.getMessage());
			}
		}, "relay feed");
		feeder.setDaemon(true);
		feeder.start();
		return feeder;
	}

	/** The options of both sub-commands. */
	private static final class Arguments {
		Path dir;
		String kme;
		String peer;
		final List<String> saes = new ArrayList<>();
		final List<SaePair> pairs = new ArrayList<>();
		String host = "127.0.0.1";
		int port = 8443;
		int keySize = 256;
		Path keys;
		Path network;
		String demand;
		double speed = 1;
		String password = DEMO_PASSWORD;

		static Arguments parse(List<String> args) throws UsageException {
			Arguments a = new Arguments();
			for (int i = 0; i < args.size(); i++) {
				String arg = args.get(i);
				switch (arg) {
				case "--kme" -> a.kme = Options.value(args, ++i, arg);
				case "--peer" -> a.peer = Options.value(args, ++i, arg);
				case "--sae" -> a.saes.add(Options.value(args, ++i, arg));
				case "--pair" -> a.pairs.add(pair(Options.value(args, ++i, arg)));
				case "--host" -> a.host = Options.value(args, ++i, arg);
				case "--port" -> a.port = Options.integer(Options.value(args, ++i, arg), arg);
				case "--key-size" -> a.keySize = Options.integer(Options.value(args, ++i, arg), arg);
				case "--keys" -> a.keys = Path.of(Options.value(args, ++i, arg));
				case "--network" -> a.network = Path.of(Options.value(args, ++i, arg));
				case "--demand" -> a.demand = Options.value(args, ++i, arg);
				case "--speed" -> a.speed = speed(Options.number(Options.value(args, ++i, arg), arg));
				case "--password" -> a.password = Options.value(args, ++i, arg);
				default -> {
					if (arg.startsWith("--") || a.dir != null) {
						throw new UsageException("unexpected argument '" + arg + "'");
					}
					a.dir = Path.of(arg);
				}
				}
			}
			if (a.dir == null) {
				throw new UsageException("missing DIR");
			}
			return a;
		}

		private static double speed(double speed) throws UsageException {
			if (speed > 0 && Double.isFinite(speed)) {
				return speed;
			}
			throw new UsageException("--speed needs a number > 0, not " + speed);
		}

		private static SaePair pair(String text) throws UsageException {
			int colon = text.indexOf(':');
			if (colon <= 0 || colon == text.length() - 1) {
				throw new UsageException("--pair needs MASTER:SLAVE, not '" + text + "'");
			}
			try {
				return new SaePair(text.substring(0, colon), text.substring(colon + 1));
			} catch (IllegalArgumentException e) {
				throw new UsageException("--pair " + text + ": " + e.getMessage());
			}
		}

		void require(String value, String option) throws UsageException {
			if (value == null) {
				throw new UsageException(option + " is required");
			}
		}
	}
}
