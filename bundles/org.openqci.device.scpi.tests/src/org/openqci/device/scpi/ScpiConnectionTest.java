/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.scpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqci.device.scpi.InstrumentSimulator.Fault;

/** The line protocol: queries, strict numbers, timeouts, a closed connection, closing from another thread. */
class ScpiConnectionTest {

	private static final String HOST = InetAddress.getLoopbackAddress().getHostAddress();

	private InstrumentSimulator sim;
	private ScpiConnection connection;

	@BeforeEach
	void start() throws Exception {
		sim = new InstrumentSimulator();
		connection = new ScpiConnection();
	}

	@AfterEach
	void stop() {
		connection.close();
		sim.stop();
	}

	@Test
	void queriesAndSettings() throws Exception {
		connection.connect(HOST, sim.port(), 1000);
		assertEquals(InstrumentSimulator.IDENTITY, connection.query("*IDN?"), "the \\r\\n is dropped");
		assertEquals(1e-6, connection.queryNumber("MEAS:POW?"), 1e-7);
		connection.write("SENS:POW:WAV 1310");
		assertEquals(1310, connection.queryNumber("SENS:POW:WAV?"));
		assertThrows(IllegalArgumentException.class, () -> connection.write("SENS:POW:WAV 1\n*RST"));
		assertThrows(IllegalArgumentException.class, () -> connection.query(""));
	}

	@Test
	void silenceTimesOut() throws Exception {
		connection.connect(HOST, sim.port(), 50);
		sim.fault(Fault.SILENT);
		long start = System.nanoTime();
		ScpiException e = assertThrows(ScpiException.class, () -> connection.query("MEAS:POW?"));
		assertEquals("no answer to MEAS:POW? within 50 ms", e.getMessage());
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		assertTrue(millis >= 45 && millis < 2000, millis + " ms");
	}

	@Test
	void garbageIsNotANumber() throws Exception {
		connection.connect(HOST, sim.port(), 1000);
		sim.fault(Fault.GARBAGE);
		ScpiException e = assertThrows(ScpiException.class, () -> connection.queryNumber("MEAS:POW?"));
		assertEquals("garbage answer to MEAS:POW?: 'x#@!'", e.getMessage());
	}

	@Test
	void endOfStream() throws Exception {
		connection.connect(HOST, sim.port(), 1000);
		sim.dropAfter = 1;
		sim.fault(Fault.DROP);
		connection.query("*IDN?");
		ScpiException e = assertThrows(ScpiException.class, () -> connection.query("*IDN?"));
		assertEquals("the instrument closed the connection", e.getMessage());
	}

	@Test
	void closeFromAnotherThreadUnblocksAQuery() throws Exception {
		connection.connect(HOST, sim.port(), 60000);
		sim.fault(Fault.SILENT);
		CompletableFuture<String> query = CompletableFuture.supplyAsync(() -> {
			try {
				return connection.query("MEAS:POW?");
			} catch (ScpiException e) {
				throw new RuntimeException(e.getMessage(), e);
			}
		});
		while (!sim.received().contains("MEAS:POW?")) {
			Thread.sleep(1);
		}
		connection.close();
		ExecutionException e = assertThrows(ExecutionException.class, () -> query.get(2, TimeUnit.SECONDS));
		assertEquals("the connection was closed", e.getCause().getMessage());
		assertTrue(connection.isClosed());
	}

	@Test
	void nothingListening() throws Exception {
		int port = sim.port();
		sim.stop();
		ScpiException e = assertThrows(ScpiException.class, () -> connection.connect(HOST, port, 1000));
		assertTrue(e.getMessage().startsWith("nothing accepts connections"), e.getMessage());
	}

	@Test
	void numbersAreParsedStrictly() throws Exception {
		assertEquals(1.5e-6, ScpiConnection.parseNumber("Q?", "1.5E-6"));
		assertEquals(2, ScpiConnection.parseNumber("Q?", " +2 \r"));
		assertEquals(-0.5, ScpiConnection.parseNumber("Q?", "-.5"));
		assertEquals(3, ScpiConnection.parseNumber("Q?", "3."));
		assertTrue(Double.isNaN(ScpiConnection.parseNumber("Q?", "9.91E+37")), "SCPI's not-a-number");
		for (String garbage : new String[] { "NaN", "Infinity", "0x10", "1,5", "1.5 W", "1e999", "1d", "--1", "." }) {
			ScpiException e = assertThrows(ScpiException.class, () -> ScpiConnection.parseNumber("Q?", garbage));
			assertTrue(e.getMessage().startsWith("garbage answer to Q?: '"), e.getMessage());
		}
		assertEquals("empty answer to Q?",
				assertThrows(ScpiException.class, () -> ScpiConnection.parseNumber("Q?", " ")).getMessage());
	}

	@Test
	void garbageIsShownSanitisedAndTruncated() {
		assertEquals("x#@!", ScpiConnection.shown("x#@!"));
		assertEquals("a?b?c?", ScpiConnection.shown("a\u0007b\u00e9c\u0000"));
		String forty = "0123456789".repeat(4);
		assertEquals(forty, ScpiConnection.shown(forty));
		assertEquals(forty + "...", ScpiConnection.shown(forty + "more"));
		assertEquals("garbage answer to Q?: '" + forty + "...'",
				ScpiConnection.garbage("Q?", forty + "\u0001\u0002").getMessage());
	}

	@Test
	void identityMustLookLikeOne() throws Exception {
		assertEquals(InstrumentSimulator.IDENTITY, ScpiDeviceHandler.checkIdentity(" " + InstrumentSimulator.IDENTITY));
		assertEquals("empty answer to *IDN?",
				assertThrows(ScpiException.class, () -> ScpiDeviceHandler.checkIdentity("")).getMessage());
		for (String garbage : new String[] { "x#@!", ",model,1,2", "  ,a", "Maker,\u0001" }) {
			ScpiException e = assertThrows(ScpiException.class, () -> ScpiDeviceHandler.checkIdentity(garbage));
			assertTrue(e.getMessage().startsWith("garbage answer to *IDN?: '"), e.getMessage());
		}
	}
}
