/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.scpi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback SCPI instrument for the tests: a power meter and a two-channel counter in one, on an
 * ephemeral port, serving one connection at a time (further ones wait in the backlog), with
 * switchable faults.
 */
final class InstrumentSimulator implements AutoCloseable {

	/** The simulator's answer to {@code *IDN?}. */
	static final String IDENTITY = "OpenQCI,Simulated SCPI instrument,SN0001,1.0";

	/** The answer of a {@link Fault#GARBAGE} instrument. */
	static final String GARBAGE = "x#@!";

	/** A fault, switchable at any time. */
	enum Fault {
		/** Answers correctly. */
		NONE,
		/** Answers after {@link InstrumentSimulator#slowDelayMillis}. */
		SLOW,
		/** Reads queries, never answers. */
		SILENT,
		/** Answers {@value InstrumentSimulator#GARBAGE}. */
		GARBAGE,
		/** Closes the connection after {@link InstrumentSimulator#dropAfter} queries, once. */
		DROP
	}

	private final ServerSocket server;
	private final Thread acceptor;
	private final Random noise = new Random(42);
	private final List<String> received = new CopyOnWriteArrayList<>();
	private final AtomicInteger accepted = new AtomicInteger();
	private final AtomicInteger closedByClient = new AtomicInteger();
	private volatile Socket current;
	private volatile boolean stopped;

	volatile Fault fault = Fault.NONE;
	volatile int dropAfter = 3;
	volatile long slowDelayMillis = 500;
	volatile double wavelength = 1550;
	volatile double gate = 1;

	InstrumentSimulator() throws IOException {
		server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		acceptor = new Thread(this::serve, "instrument-simulator-" + server.getLocalPort());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** The port it listens on. */
	int port() {
		return server.getLocalPort();
	}

	/** How many connections it accepted. */
	int accepted() {
		return accepted.get();
	}

	/** How many connections the client closed (the simulator read the end of the stream). */
	int closedByClient() {
		return closedByClient.get();
	}

	/** Every line received, in order. */
	List<String> received() {
		return List.copyOf(received);
	}

	/** Switches a fault on (or {@link Fault#NONE}: off). */
	void fault(Fault f) {
		fault = f;
	}

	/** Closes the port and the connection being served. */
	void stop() {
		stopped = true;
		try {
			server.close();
		} catch (IOException e) {
			// closed anyway
		}
		Socket s = current;
		if (s != null) {
			try {
				s.close();
			} catch (IOException e) {
				// closed anyway
			}
		}
		acceptor.interrupt();
		try {
			acceptor.join(2000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		stop();
	}

	private void serve() {
		while (!stopped) {
			try (Socket s = server.accept()) {
				current = s;
				accepted.incrementAndGet();
				if (stopped) {
					return;
				}
				serve(s);
			} catch (IOException e) {
				// the port or the connection closed: next connection, unless stopped
			} catch (InterruptedException e) {
				return;
			} finally {
				current = null;
			}
		}
	}

	private void serve(Socket s) throws IOException, InterruptedException {
		BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
		OutputStream out = s.getOutputStream();
		int queries = 0;
		String line;
		while ((line = in.readLine()) != null) {
			String answer = answer(line.strip());
			received.add(line); // after a setting took effect
			if (answer == null) {
				continue;
			}
			queries++;
			Fault f = fault;
			switch (f) {
				case SILENT:
					continue;
				case GARBAGE:
					answer = GARBAGE;
					break;
				case SLOW:
					Thread.sleep(slowDelayMillis);
					break;
				default:
					break;
			}
			out.write((answer + "\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			if (f == Fault.DROP && queries >= dropAfter) {
				fault = Fault.NONE;
				return; // closes the socket
			}
		}
		closedByClient.incrementAndGet();
	}

	/** The answer to a line, or {@code null} for a setting (or an unknown query: no answer, as SCPI does). */
	private String answer(String line) {
		String upper = line.toUpperCase(Locale.ROOT);
		if (upper.equals("*IDN?")) {
			return IDENTITY;
		}
		if (upper.equals("MEAS:POW?")) {
			return String.format(Locale.ROOT, "%.6E", 1.0e-6 * (1 + 0.01 * noise.nextGaussian()));
		}
		if (upper.equals("SENS:POW:WAV?")) {
			return format(wavelength);
		}
		if (upper.startsWith("SENS:POW:WAV ")) {
			wavelength = Double.parseDouble(line.substring(13).strip());
			return null;
		}
		if (upper.equals("SENS:GATE?")) {
			return format(gate);
		}
		if (upper.startsWith("SENS:GATE ")) {
			gate = Double.parseDouble(line.substring(10).strip());
			return null;
		}
		if (upper.equals("MEAS:COUN? 1") || upper.equals("MEAS:COUN? 2")) {
			double rate = upper.endsWith("1") ? 1.0e5 : 2.0e5;
			return String.format(Locale.ROOT, "%.1f", rate * (1 + 0.01 * noise.nextGaussian()));
		}
		return null;
	}

	private static String format(double v) {
		return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
	}
}
