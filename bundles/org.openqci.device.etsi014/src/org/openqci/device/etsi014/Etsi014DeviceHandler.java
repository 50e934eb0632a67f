/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.etsi014;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

import org.openqci.device.api.DeviceCallback;
import org.openqci.device.api.DeviceContext;
import org.openqci.device.api.DeviceHandler;
import org.openqci.device.api.DeviceStatus;
import org.openqci.device.api.DeviceStatus.Detail;
import org.openqci.device.api.DeviceStatus.Status;
import org.openqci.device.api.Reading;

/**
 * One KME, watched through ETSI GS QKD 014's "Get status". {@link #initialize()} binds the
 * configuration (a problem there: {@link Detail#CONFIGURATION_ERROR}) and returns; on the
 * context's scheduler the handler then reads the key stores (a missing or unreadable store, a
 * wrong password: {@link Detail#CONFIGURATION_ERROR} naming the parameter, no retries) and asks
 * for the status every {@code pollInterval}: {@link Status#ONLINE} with the KME and SAE IDs, and
 * the readings. Any failure of a request (nothing listening, a TLS handshake the KME refuses, HTTP
 * 401, a timeout, HTTP 503, a malformed answer) reports {@link Status#OFFLINE} with
 * {@link Detail#COMMUNICATION_ERROR} and the reason, and retries after {@code retryDelay},
 * doubled after each failure up to {@code maxRetryDelay} and reset by a successful request.
 * Commands run on the scheduler too and do not change the status.
 * <p>
 * Key material from {@code getKeys} and {@code getKeysWithIds} is overwritten once counted; it
 * never appears in a status, an answer, an exception or the log.
 * <p>
 * Thread-safe. The state is guarded by one lock, never held during a request; the callback is
 * called with it held, so that nothing is reported once {@link #dispose()} has returned (a
 * callback must therefore not wait for another thread that disposes this handler).
 */
public final class Etsi014DeviceHandler implements DeviceHandler {

	private static final System.Logger LOG = System.getLogger(Etsi014DeviceHandler.class.getName());

	/** The most keys one {@code getKeys} asks for. */
	static final int MAX_KEYS_PER_COMMAND = 10_000;

	private final DeviceContext context;
	private final DeviceCallback callback;
	private final Set<CompletableFuture<String>> pendingCommands = ConcurrentHashMap.newKeySet();

	private final Object lock = new Object();
	/* Guarded by lock. */
	private boolean initialized;
	private boolean disposed;
	private Etsi014Settings settings;
	/** The client, once the key stores are read; {@code null} before and after dispose. */
	private Etsi014Client client;
	/** Whether the last status request succeeded. */
	private boolean online;
	/** The next status request. */
	private ScheduledFuture<?> task;
	private long nextRetryDelay;
	/** The stored key material at the last successful poll, for the key rate; {@code null} after a failure. */
	private Sample previous;

	/** Stored key material, bits, at an instant ({@link System#nanoTime()}). */
	private record Sample(long bits, long nanos) {
	}

	Etsi014DeviceHandler(DeviceContext context) {
		this.context = context;
		this.callback = context.callback();
	}

	@Override
	public void initialize() {
		synchronized (lock) {
			if (initialized || disposed) {
				return;
			}
			initialized = true;
			try {
				settings = context.configuration().bind(Etsi014Settings.class);
			} catch (IllegalArgumentException e) {
				report(DeviceStatus.offline(Detail.CONFIGURATION_ERROR, e.getMessage()));
				return;
			} catch (RuntimeException e) {
				report(DeviceStatus.offline(Detail.HANDLER_ERROR, "cannot read the configuration: " + e));
				return;
			}
			nextRetryDelay = settings.retryDelay();
			report(new DeviceStatus(Status.INITIALIZING, Detail.NONE, "connecting to " + settings.address()));
			schedule(this::poll, 0);
		}
	}

	@Override
	public CompletionStage<String> command(String name, String argument) {
		Command command;
		try {
			command = parse(name, argument);
		} catch (IllegalArgumentException e) {
			return CompletableFuture.failedStage(e);
		}
		CompletableFuture<String> result = new CompletableFuture<>();
		synchronized (lock) {
			if (disposed) {
				return CompletableFuture.failedStage(removed());
			}
			pendingCommands.add(result);
		}
		result.whenComplete((answer, failure) -> pendingCommands.remove(result));
		try {
			context.scheduler().execute(() -> run(command, result));
		} catch (RejectedExecutionException e) {
			result.completeExceptionally(new IllegalStateException("the device is offline (no more work accepted)", e));
		}
		return result.minimalCompletionStage();
	}

	@Override
	public void dispose() {
		Etsi014Client c;
		synchronized (lock) {
			if (disposed) {
				return;
			}
			disposed = true;
			if (task != null) {
				task.cancel(false);
				task = null;
			}
			c = client;
			client = null;
			online = false;
			call(() -> callback.statusUpdated(new DeviceStatus(Status.REMOVED, Detail.NONE, "")));
		}
		if (c != null) {
			c.close();
		}
		for (CompletableFuture<String> f : pendingCommands) {
			f.completeExceptionally(removed());
		}
	}

	/** The client, created from the settings on first use. On the scheduler; {@code null} if disposed or misconfigured. */
	private Etsi014Client client() {
		Etsi014Settings s;
		synchronized (lock) {
			if (disposed) {
				return null;
			}
			if (client != null) {
				return client;
			}
			s = settings;
		}
		Etsi014Client c;
		try {
			SSLContext ssl = Etsi014Client.sslContext(s.keyStore(), s.keyStorePassword(), s.trustStore(),
					s.trustStorePassword());
			c = new Etsi014Client(s.uri(), s.slaveSaeId(), s.masterSaeId(), ssl, Duration.ofMillis(s.timeout()));
		} catch (IllegalArgumentException e) {
			synchronized (lock) {
				task = null;
				report(DeviceStatus.offline(Detail.CONFIGURATION_ERROR, e.getMessage()));
			}
			return null;
		}
		synchronized (lock) {
			if (disposed) {
				c.close();
				return null;
			}
			client = c;
			return c;
		}
	}

	/** One status request, then the next one scheduled. On the scheduler. */
	private void poll() {
		Etsi014Client c = client();
		if (c == null) {
			return;
		}
		try {
			KmeStatus status = c.status();
			long nanos = System.nanoTime();
			Instant now = Instant.now();
			synchronized (lock) {
				if (disposed) {
					return;
				}
				if (!online) {
					online = true;
					report(new DeviceStatus(Status.ONLINE, Detail.NONE, describe(status)));
				}
				List<Reading> readings = new ArrayList<>(4);
				readings.add(new Reading(Etsi014DeviceFactory.STORED_KEY_COUNT, status.storedKeyCount(), now));
				readings.add(new Reading(Etsi014DeviceFactory.KEY_SIZE, status.keySize(), now));
				readings.add(new Reading(Etsi014DeviceFactory.MAX_KEY_COUNT, status.maxKeyCount(), now));
				Sample sample = new Sample(status.storedBits(), nanos);
				if (previous != null && nanos > previous.nanos()) {
					readings.add(new Reading(Etsi014DeviceFactory.KEY_RATE,
							keyRate(previous.bits(), previous.nanos(), sample.bits(), sample.nanos()), now));
				}
				previous = sample;
				for (Reading r : readings) {
					call(() -> callback.readingUpdated(r));
				}
				nextRetryDelay = settings.retryDelay();
				schedule(this::poll, settings.pollInterval());
			}
		} catch (KmeException e) {
			failed(e);
		} catch (RuntimeException e) {
			failed(e);
		}
	}

	/** The key rate, bit/s, between two samples of the stored key material. */
	static double keyRate(long previousBits, long previousNanos, long bits, long nanos) {
		return (bits - previousBits) / ((nanos - previousNanos) / 1e9);
	}

	/** The ONLINE description: where, which KMEs and SAEs, how many keys; never key material. */
	private String describe(KmeStatus s) {
		return "connected to " + settings.address() + ": KME " + Etsi014Client.shown(s.sourceKmeId()) + " to KME "
				+ Etsi014Client.shown(s.targetKmeId()) + ", SAE " + Etsi014Client.shown(s.masterSaeId()) + " to SAE "
				+ Etsi014Client.shown(s.slaveSaeId()) + "; " + s.storedKeyCount() + " keys of " + s.keySize()
				+ " bits stored";
	}

	/** A failed status request: go offline and schedule the next attempt. */
	private void failed(Exception e) {
		synchronized (lock) {
			if (disposed) {
				return;
			}
			online = false;
			previous = null;
			long delay = nextRetryDelay;
			nextRetryDelay = Math.min(2 * delay, settings.maxRetryDelay());
			boolean io = e instanceof KmeException;
			if (!io) {
				LOG.log(Level.WARNING, "ETSI GS QKD 014 device " + context.deviceId() + " failed", e);
			}
			report(DeviceStatus.offline(io ? Detail.COMMUNICATION_ERROR : Detail.HANDLER_ERROR,
					settings.address() + ": " + (io ? e.getMessage() : "the handler failed: " + e) + "; retrying in "
							+ delay + " ms"));
			schedule(this::poll, delay);
		}
	}

	/** What a command does. */
	private enum Kind {
		STATUS, GET_KEYS, GET_KEYS_WITH_IDS
	}

	/** A checked command: its kind and its argument (a number of keys, or key IDs). */
	private record Command(Kind kind, int number, List<String> keyIds) {
	}

	/** The command, its argument checked. */
	static Command parse(String name, String argument) {
		boolean none = argument == null || argument.isBlank();
		if (Etsi014DeviceFactory.STATUS.equals(name)) {
			if (!none) {
				throw new IllegalArgumentException("status takes no argument, not '" + Etsi014Client.shown(argument)
						+ "'");
			}
			return new Command(Kind.STATUS, 0, List.of());
		}
		if (Etsi014DeviceFactory.GET_KEYS.equals(name)) {
			int number = 1;
			if (!none) {
				try {
					number = Integer.parseInt(argument.strip());
				} catch (NumberFormatException e) {
					number = -1;
				}
				if (number < 1 || number > MAX_KEYS_PER_COMMAND) {
					throw new IllegalArgumentException("getKeys: '" + Etsi014Client.shown(argument)
							+ "' is not a number of keys from 1 to " + MAX_KEYS_PER_COMMAND);
				}
			}
			return new Command(Kind.GET_KEYS, number, List.of());
		}
		if (Etsi014DeviceFactory.GET_KEYS_WITH_IDS.equals(name)) {
			if (none) {
				throw new IllegalArgumentException("getKeysWithIds needs an argument: key IDs, comma-separated");
			}
			List<String> ids = new ArrayList<>();
			for (String part : argument.split(",", -1)) {
				String id = part.strip();
				if (id.isEmpty() || !id.chars().allMatch(ch -> ch > ' ' && ch < 0x7f)) {
					throw new IllegalArgumentException("getKeysWithIds: '" + Etsi014Client.shown(argument)
							+ "' is not a comma-separated list of key IDs");
				}
				ids.add(id);
			}
			return new Command(Kind.GET_KEYS_WITH_IDS, 0, List.copyOf(ids));
		}
		throw new IllegalArgumentException("unknown command '" + Etsi014Client.shown(String.valueOf(name)) + "'; "
				+ Etsi014DeviceFactory.TYPE_ID + " accepts [" + Etsi014DeviceFactory.STATUS + ", "
				+ Etsi014DeviceFactory.GET_KEYS + ", " + Etsi014DeviceFactory.GET_KEYS_WITH_IDS + "]");
	}

	/** Runs a command. On the scheduler. */
	private void run(Command command, CompletableFuture<String> result) {
		Etsi014Client c;
		String address;
		String master;
		synchronized (lock) {
			if (disposed) {
				result.completeExceptionally(removed());
				return;
			}
			c = online ? client : null;
			address = settings == null ? "" : settings.address();
			master = settings == null ? "" : settings.masterSaeId();
		}
		if (c == null) {
			result.completeExceptionally(new IllegalStateException("the device is offline"));
			return;
		}
		try {
			String answer = switch (command.kind()) {
				case STATUS -> c.status().toJson();
				case GET_KEYS -> {
					KeyContainer keys = c.encKeys(command.number(), 0);
					List<String> ids = keys.keyIds();
					keys.destroy();
					yield String.join(",", ids);
				}
				case GET_KEYS_WITH_IDS -> {
					if (master.isEmpty()) {
						throw new IllegalStateException("masterSaeId: not configured; getKeysWithIds needs the ID "
								+ "of the SAE that took the keys");
					}
					KeyContainer keys = c.decKeys(command.keyIds());
					int n = keys.keys().size();
					keys.destroy();
					yield Integer.toString(n);
				}
			};
			result.complete(answer);
		} catch (KmeException e) {
			result.completeExceptionally(new KmeException(e.reason(), e.httpStatus(), address + ": " + e.getMessage(),
					e.errorMessage(), e.details(), e));
		} catch (RuntimeException e) {
			result.completeExceptionally(e);
		}
	}

	/** Schedules {@code r} as {@link #task}. With the lock held. */
	private void schedule(Runnable r, long delayMillis) {
		try {
			task = context.scheduler().schedule(r, delayMillis, TimeUnit.MILLISECONDS);
		} catch (RejectedExecutionException e) {
			task = null;
			online = false;
			report(DeviceStatus.offline(Detail.HANDLER_ERROR, settings.address()
					+ ": the workbench's scheduler accepts no more work; not polling"));
		}
	}

	/** Reports a status unless disposed. With the lock held. */
	private void report(DeviceStatus status) {
		if (!disposed) {
			call(() -> callback.statusUpdated(status));
		}
	}

	/** Calls the callback; its failures are the workbench's, logged and otherwise ignored. */
	private void call(Runnable report) {
		try {
			report.run();
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "the callback of ETSI GS QKD 014 device " + context.deviceId() + " failed", e);
		}
	}

	private static IllegalStateException removed() {
		return new IllegalStateException("the device has been removed");
	}
}
