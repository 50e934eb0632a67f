/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.scpi;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.openqci.device.api.DeviceCallback;
import org.openqci.device.api.DeviceContext;
import org.openqci.device.api.DeviceHandler;
import org.openqci.device.api.DeviceStatus;
import org.openqci.device.api.DeviceStatus.Detail;
import org.openqci.device.api.DeviceStatus.Status;
import org.openqci.device.api.Reading;
import org.openqci.device.scpi.ScpiProfile.Command;
import org.openqci.device.scpi.ScpiProfile.Poll;

/**
 * One SCPI instrument on a TCP socket. {@link #initialize()} binds the configuration (a problem
 * there: {@link Detail#CONFIGURATION_ERROR}, no connection) and connects on the context's
 * scheduler: {@code *IDN?}, then the type's readings every {@code pollInterval}. Any failure
 * (nothing listening, a timeout, a closed connection, a garbage answer) closes the connection,
 * reports {@link Status#OFFLINE} with {@link Detail#COMMUNICATION_ERROR}, and reconnects after
 * {@code retryDelay}, doubled after each failure up to {@code maxRetryDelay} and reset once a
 * whole round of readings succeeds. Commands run on the scheduler too.
 * <p>
 * Thread-safe. The state is guarded by one lock, never held during I/O; the callback is called
 * with it held, so that nothing is reported once {@link #dispose()} has returned (a callback must
 * therefore not wait for another thread that disposes this handler).
 */
public final class ScpiDeviceHandler implements DeviceHandler {

	private static final System.Logger LOG = System.getLogger(ScpiDeviceHandler.class.getName());

	/** How much of an identification a status shows. */
	private static final int SHOWN_IDENTITY = 100;

	private final DeviceContext context;
	private final ScpiProfile profile;
	private final DeviceCallback callback;
	private final Set<CompletableFuture<String>> pendingCommands = ConcurrentHashMap.newKeySet();

	private final Object lock = new Object();
	/* Guarded by lock. */
	private boolean initialized;
	private boolean disposed;
	private ScpiSettings settings;
	/** The connection being opened or in use, or {@code null}. */
	private ScpiConnection connection;
	/** Whether {@link #connection} has answered {@code *IDN?}. */
	private boolean online;
	/** The next reconnection attempt or the polling. */
	private ScheduledFuture<?> task;
	private long nextRetryDelay;

	ScpiDeviceHandler(DeviceContext context, ScpiProfile profile) {
		this.context = context;
		this.profile = profile;
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
				settings = context.configuration().bind(ScpiSettings.class);
			} catch (IllegalArgumentException e) {
				report(DeviceStatus.offline(Detail.CONFIGURATION_ERROR, e.getMessage()));
				return;
			} catch (RuntimeException e) {
				report(DeviceStatus.offline(Detail.HANDLER_ERROR, "cannot read the configuration: " + e));
				return;
			}
			nextRetryDelay = settings.retryDelay();
			report(new DeviceStatus(Status.INITIALIZING, Detail.NONE, "connecting to " + settings.address()));
			schedule(this::connect, 0);
		}
	}

	@Override
	public CompletionStage<String> command(String name, String argument) {
		Command command = profile.command(name).orElse(null);
		if (command == null) {
			return CompletableFuture.failedStage(new IllegalArgumentException("unknown command '"
					+ ScpiConnection.shown(String.valueOf(name)) + "'; " + profile.type().id() + " accepts "
					+ profile.commands().keySet().stream().sorted().toList()));
		}
		String line;
		try {
			line = command.line(argument);
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
			context.scheduler().execute(() -> run(command, line, result));
		} catch (RejectedExecutionException e) {
			result.completeExceptionally(new IllegalStateException("the device is offline (no more work accepted)", e));
		}
		return result.minimalCompletionStage();
	}

	@Override
	public void dispose() {
		ScpiConnection c;
		synchronized (lock) {
			if (disposed) {
				return;
			}
			disposed = true;
			if (task != null) {
				task.cancel(false);
				task = null;
			}
			c = connection;
			connection = null;
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

	/** One attempt: connect, identify, start polling. On the scheduler. */
	private void connect() {
		ScpiConnection c = new ScpiConnection();
		ScpiSettings s;
		synchronized (lock) {
			if (disposed) {
				return;
			}
			connection = c;
			online = false;
			s = settings;
		}
		try {
			c.connect(s.host(), s.port(), s.timeout());
			String identity = checkIdentity(c.query("*IDN?"));
			synchronized (lock) {
				if (disposed || connection != c) {
					c.close();
					return;
				}
				online = true;
				report(new DeviceStatus(Status.ONLINE, Detail.NONE,
						"connected to " + s.address() + ": " + ScpiConnection.shown(identity, SHOWN_IDENTITY)));
				try {
					task = context.scheduler().scheduleWithFixedDelay(() -> poll(c), 0, s.pollInterval(),
							TimeUnit.MILLISECONDS);
				} catch (RejectedExecutionException e) {
					rejected(c);
				}
			}
		} catch (Exception e) {
			failed(c, e);
		}
	}

	/** One round of readings. On the scheduler. */
	private void poll(ScpiConnection c) {
		try {
			for (Poll p : profile.polls()) {
				double value = c.queryNumber(p.query());
				if (Double.isNaN(value)) {
					continue; // the instrument has no valid value now (SCPI's not-a-number)
				}
				Reading reading = new Reading(p.reading().name(), value, Instant.now());
				synchronized (lock) {
					if (disposed || connection != c) {
						return;
					}
					call(() -> callback.readingUpdated(reading));
				}
			}
			synchronized (lock) {
				if (!disposed && connection == c) {
					nextRetryDelay = settings.retryDelay();
				}
			}
		} catch (Exception e) {
			failed(c, e);
		}
	}

	/** Runs a command. On the scheduler. */
	private void run(Command command, String line, CompletableFuture<String> result) {
		ScpiConnection c;
		String address;
		synchronized (lock) {
			if (disposed) {
				result.completeExceptionally(removed());
				return;
			}
			c = online ? connection : null;
			address = settings == null ? "" : settings.address();
		}
		if (c == null) {
			result.completeExceptionally(new IllegalStateException("the device is offline"));
			return;
		}
		try {
			String answer = switch (command.kind()) {
				case TEXT_QUERY -> c.query(line).strip();
				case NUMBER_QUERY -> {
					String a = c.query(line);
					ScpiConnection.parseNumber(line, a);
					yield a.strip();
				}
				case NUMBER_SETTING -> {
					c.write(line);
					yield "";
				}
			};
			result.complete(answer);
		} catch (ScpiException e) {
			failed(c, e);
			result.completeExceptionally(new ScpiException(address + ": " + e.getMessage(), e));
		} catch (RuntimeException e) {
			result.completeExceptionally(e);
		}
	}

	/** A failure of {@code c}: unless it is stale, go offline and schedule the next attempt. */
	private void failed(ScpiConnection c, Exception e) {
		synchronized (lock) {
			c.close();
			if (disposed || connection != c) {
				return;
			}
			connection = null;
			online = false;
			if (task != null) {
				task.cancel(false);
				task = null;
			}
			long delay = nextRetryDelay;
			nextRetryDelay = Math.min(2 * delay, settings.maxRetryDelay());
			boolean io = e instanceof IOException;
			if (!io) {
				LOG.log(Level.WARNING, "SCPI device " + context.deviceId() + " failed", e);
			}
			report(DeviceStatus.offline(io ? Detail.COMMUNICATION_ERROR : Detail.HANDLER_ERROR,
					settings.address() + ": " + (io ? e.getMessage() : "the handler failed: " + e) + "; retrying in "
							+ delay + " ms"));
			schedule(this::connect, delay);
		}
	}

	/** Schedules {@code r} as {@link #task}. With the lock held. */
	private void schedule(Runnable r, long delayMillis) {
		try {
			task = context.scheduler().schedule(r, delayMillis, TimeUnit.MILLISECONDS);
		} catch (RejectedExecutionException e) {
			rejected(connection);
		}
	}

	/** The scheduler refuses work: give up. With the lock held. */
	private void rejected(ScpiConnection c) {
		if (c != null) {
			c.close();
		}
		connection = null;
		online = false;
		task = null;
		report(DeviceStatus.offline(Detail.HANDLER_ERROR, settings.address()
				+ ": the workbench's scheduler accepts no more work; not reconnecting"));
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
			LOG.log(Level.WARNING, "the callback of SCPI device " + context.deviceId() + " failed", e);
		}
	}

	private static IllegalStateException removed() {
		return new IllegalStateException("the device has been removed");
	}

	/**
	 * The answer to {@code *IDN?} if it has the IEEE 488.2 shape: printable fields separated by
	 * commas, the first (the maker) not blank.
	 *
	 * @throws ScpiException "empty answer" or "garbage answer" otherwise
	 */
	static String checkIdentity(String answer) throws ScpiException {
		String text = answer.strip();
		if (text.isEmpty()) {
			throw new ScpiException("empty answer to *IDN?");
		}
		int comma = text.indexOf(',');
		boolean printable = text.chars().allMatch(ch -> ch >= ' ' && ch < 0x7f);
		if (comma <= 0 || text.substring(0, comma).isBlank() || !printable) {
			throw ScpiConnection.garbage("*IDN?", answer);
		}
		return text;
	}
}
