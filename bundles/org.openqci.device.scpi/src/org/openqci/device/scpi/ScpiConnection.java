/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.scpi;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * One TCP connection to an SCPI instrument: commands and answers are lines of ASCII text ended by
 * {@code \n} (a {@code \r} before it is dropped). {@link #connect}, {@link #query} and
 * {@link #write} are serialised; {@link #close()} may be called from any thread at any time and
 * makes a blocked call fail. After any {@link ScpiException} the connection is in an unknown state
 * (an answer may still be on its way): close it.
 */
public final class ScpiConnection implements Closeable {

	/** The longest answer accepted, in characters. */
	static final int MAX_ANSWER = 64 * 1024;

	/** How much of an answer a message shows. */
	static final int SHOWN = 40;

	/** A number as SCPI sends it: NR1, NR2 or NR3 (decimal, optionally with an exponent). */
	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

	/** SCPI's "not a number" (SCPI-99, volume 1, 7.2.1.5): the instrument has no valid value. */
	private static final double SCPI_NAN = 9.91e37;

	private final Socket socket = new Socket();
	private volatile boolean closed;
	private int timeout;
	private InputStream in;
	private OutputStream out;

	/** A connection not connected yet. */
	public ScpiConnection() {
	}

	/**
	 * Connects to the instrument, waiting at most {@code timeoutMillis}, which is then the time
	 * allowed for each answer.
	 *
	 * @throws ScpiException if the host is unknown, nothing listens, or it takes too long
	 */
	public synchronized void connect(String host, int port, int timeoutMillis) throws ScpiException {
		if (timeoutMillis <= 0) {
			throw new IllegalArgumentException("timeout must be positive: " + timeoutMillis);
		}
		if (in != null) {
			throw new IllegalStateException("already connected");
		}
		ensureOpen();
		InetSocketAddress address = new InetSocketAddress(host, port);
		if (address.isUnresolved()) {
			throw new ScpiException("unknown host '" + shown(host) + "'");
		}
		timeout = timeoutMillis;
		try {
			socket.setTcpNoDelay(true);
			socket.connect(address, timeoutMillis);
			socket.setSoTimeout(timeoutMillis);
			in = new BufferedInputStream(socket.getInputStream());
			out = new BufferedOutputStream(socket.getOutputStream());
		} catch (SocketTimeoutException e) {
			throw new ScpiException("no connection within " + timeoutMillis + " ms", e);
		} catch (ConnectException e) {
			throw closed ? closedByUs(e) : new ScpiException("nothing accepts connections (" + reason(e) + ")", e);
		} catch (IOException e) {
			throw closed ? closedByUs(e) : new ScpiException("cannot connect (" + reason(e) + ")", e);
		}
	}

	/**
	 * Sends a query and returns the answer, without the line end.
	 *
	 * @throws ScpiException if sending fails, no (complete) answer arrives in time, or the
	 *                       instrument closes the connection
	 */
	public synchronized String query(String command) throws ScpiException {
		send(command);
		return readLine(command);
	}

	/**
	 * Sends a query whose answer is a number and returns it, or {@link Double#NaN} if the
	 * instrument answers SCPI's not-a-number, 9.91E37.
	 *
	 * @throws ScpiException as {@link #query}, and if the answer is not a number
	 */
	public double queryNumber(String command) throws ScpiException {
		return parseNumber(command, query(command));
	}

	/**
	 * Sends a command that has no answer (a setting).
	 *
	 * @throws ScpiException if sending fails
	 */
	public synchronized void write(String command) throws ScpiException {
		send(command);
	}

	/** Closes the connection; idempotent, never blocks for long, never throws. */
	@Override
	public void close() {
		closed = true;
		try {
			socket.close();
		} catch (IOException e) {
			// nothing to do: the socket is closed anyway
		}
	}

	/** Whether {@link #close()} was called. */
	public boolean isClosed() {
		return closed;
	}

	private void send(String command) throws ScpiException {
		checkCommand(command);
		ensureOpen();
		if (out == null) {
			throw new IllegalStateException("not connected");
		}
		try {
			out.write((command + "\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
		} catch (IOException e) {
			throw closed ? closedByUs(e) : new ScpiException("cannot send " + command + " (" + reason(e) + ")", e);
		}
	}

	private String readLine(String command) throws ScpiException {
		StringBuilder line = new StringBuilder();
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeout);
		try {
			while (true) {
				if (in.available() == 0) {
					long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
					if (left <= 0) {
						throw timedOut(command, line);
					}
					socket.setSoTimeout((int) left);
				}
				int b = in.read();
				if (b < 0) {
					throw new ScpiException("the instrument closed the connection");
				}
				if (b == '\n') {
					break;
				}
				if (line.length() >= MAX_ANSWER) {
					throw new ScpiException("the answer to " + command + " is longer than " + MAX_ANSWER + " characters");
				}
				line.append((char) b);
			}
		} catch (SocketTimeoutException e) {
			throw timedOut(command, line);
		} catch (ScpiException e) {
			throw e;
		} catch (IOException e) {
			throw closed ? closedByUs(e) : new ScpiException("the connection failed (" + reason(e) + ")", e);
		}
		int end = line.length();
		if (end > 0 && line.charAt(end - 1) == '\r') {
			line.setLength(end - 1);
		}
		return line.toString();
	}

	private ScpiException timedOut(String command, CharSequence partial) {
		if (closed) {
			return new ScpiException("the connection was closed");
		}
		return partial.isEmpty() ? new ScpiException("no answer to " + command + " within " + timeout + " ms")
				: new ScpiException("no complete answer to " + command + " within " + timeout + " ms (got '"
						+ shown(partial.toString()) + "')");
	}

	private void ensureOpen() throws ScpiException {
		if (closed) {
			throw new ScpiException("the connection was closed");
		}
	}

	private static ScpiException closedByUs(IOException e) {
		return new ScpiException("the connection was closed", e);
	}

	private static String reason(IOException e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

	private static void checkCommand(String command) {
		if (command == null || command.isEmpty()) {
			throw new IllegalArgumentException("an empty command");
		}
		for (int i = 0; i < command.length(); i++) {
			char c = command.charAt(i);
			if (c < ' ' || c >= 0x7f) {
				throw new IllegalArgumentException("a command holds a control or non-ASCII character: '"
						+ shown(command) + "'");
			}
		}
	}

	/**
	 * The number in an answer: a decimal number with an optional exponent, nothing else but
	 * surrounding blanks; {@link Double#NaN} for SCPI's not-a-number.
	 *
	 * @throws ScpiException "garbage answer to COMMAND: 'ANSWER'" otherwise
	 */
	static double parseNumber(String command, String answer) throws ScpiException {
		String text = answer.strip();
		if (text.isEmpty()) {
			throw new ScpiException("empty answer to " + command);
		}
		if (!NUMBER.matcher(text).matches()) {
			throw garbage(command, answer);
		}
		double v = Double.parseDouble(text);
		if (v == SCPI_NAN) {
			return Double.NaN;
		}
		if (!Double.isFinite(v)) {
			throw garbage(command, answer);
		}
		return v;
	}

	/** "garbage answer to COMMAND: 'ANSWER'", the answer {@link #shown}. */
	static ScpiException garbage(String command, String answer) {
		return new ScpiException("garbage answer to " + command + ": '" + shown(answer) + "'");
	}

	/** Text from an instrument made fit for a message: printable ASCII, at most {@link #SHOWN} characters. */
	static String shown(String text) {
		return shown(text, SHOWN);
	}

	/** Text from an instrument made fit for a message: printable ASCII, at most {@code max} characters. */
	static String shown(String text, int max) {
		StringBuilder b = new StringBuilder(Math.min(text.length(), max + 3));
		for (int i = 0; i < text.length(); i++) {
			if (b.length() == max) {
				return b.append("...").toString();
			}
			char c = text.charAt(i);
			b.append(c >= ' ' && c < 0x7f ? c : '?');
		}
		return b.toString();
	}
}
