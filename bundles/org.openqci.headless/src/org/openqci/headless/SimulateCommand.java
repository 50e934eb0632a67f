/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.SubMonitor;
import org.openqci.core.engine.ExperimentEngine;
import org.openqci.core.engine.ExperimentException;
import org.openqci.core.engine.LinkSnapshot;
import org.openqci.core.registry.ModelRegistry;
import org.openqci.core.validation.Problem;
import org.openqci.model.Experiment;
import org.openqci.model.files.ExperimentFileException;
import org.openqci.model.files.ExperimentFiles;
import org.openqci.physics.Entropy;
import org.openqci.postprocessing.BitString;
import org.openqci.postprocessing.ErrorCorrection;
import org.openqci.sim.ErrorCorrections;
import org.openqci.sim.KeyDistillationRun;
import org.openqci.sim.SimulationSetup;

/**
 * {@code openqci simulate FILE [--link ID] [--seconds N] [--seed S] [--correction ID] [--keys FILE]}: simulates a
 * link of the experiment at its own values pulse by pulse for N seconds and runs every block
 * through the post-processing (sifting, Cascade, verification, Lim et al.'s bound with the
 * measured leakage, Toeplitz hashing); prints each block and the totals, and can write the final
 * keys (hexadecimal, one block a line). The sweep is ignored.
 */
final class SimulateCommand implements Command {

	@Override
	public String name() {
		return "simulate";
	}

	@Override
	public String synopsis() {
		return "FILE [--link ID] [--seconds N] [--seed S] [--correction ID] [--keys FILE]";
	}

	@Override
	public String summary() {
		return "simulate a link pulse by pulse and distil its keys";
	}

	@Override
	public String help() {
		return """
				usage: openqci simulate FILE [--link ID] [--seconds N] [--seed S] [--correction ID] [--keys FILE]

				Simulates one link of the experiment at the experiment's own values (the sweep is
				ignored) pulse by pulse, for N seconds at the source's repetition rate, in blocks of
				the protocol's block size n_X, and distils each block as a real system would:
				sifting, parameter estimation (abort above 11 % QBER), error correction,
				verification, the finite-key bound of Lim et al. with the bits error correction
				disclosed, and Toeplitz privacy amplification. Prints one line per block and the
				totals.

				  --link ID      the link to simulate (default: the first bb84-decoy-finite-key link)
				  --seconds N    simulated seconds (default 1); whole blocks, at least one
				  --seed S       seed of the simulation (default 1): the same seed, the same keys
				  --correction ID  the error correction: cascade-optimised (default),
				                 cascade-original, ldpc, or one a plugin contributes
				  --keys FILE    write the final keys, one block a line: index, bits, hexadecimal

				exit codes: 0 success, 1 internal error, 2 bad input, 130 cancelled (Ctrl-C)
				""";
	}

	@Override
	public int execute(List<String> args, CommandContext context) throws Exception {
		PrintStream err = context.err();
		Path file = null;
		String linkId = null;
		double seconds = 1;
		long seed = 1;
		Path keys = null;
		String correctionId = ErrorCorrections.DEFAULT_ID;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
				case "--help", "-h" -> {
					context.out().print(help());
					return ExitCodes.OK;
				}
				case "--link" -> linkId = Options.value(args, ++i, arg);
				case "--seconds" -> seconds = Options.number(Options.value(args, ++i, arg), arg);
				case "--seed" -> seed = (long) Options.number(Options.value(args, ++i, arg), arg);
				case "--correction" -> correctionId = Options.value(args, ++i, arg);
				case "--keys" -> keys = Path.of(Options.value(args, ++i, arg));
				default -> {
					if (arg.startsWith("--") || file != null) {
						throw new UsageException("unexpected argument '" + arg + "'");
					}
					file = Path.of(arg);
				}
			}
		}
		if (file == null) {
			throw new UsageException("missing FILE");
		}
		if (!(seconds > 0)) {
			throw new UsageException("--seconds must be positive");
		}
		Experiment experiment;
		try {
			experiment = ExperimentFiles.load(file);
		} catch (ExperimentFileException e) {
			err.println(CommandLine.PROGRAM + ": " + e.getMessage());
			return ExitCodes.BAD_INPUT;
		}
		ModelRegistry registry = context.registry().get();
		if (registry == null) {
			err.println(CommandLine.PROGRAM + ": no model registry: the OSGi service is not available");
			return ExitCodes.INTERNAL_ERROR;
		}
		SimulationSetup setup;
		ErrorCorrection correction;
		try {
			correction = ErrorCorrections.find(correctionId);
			setup = SimulationSetup.of(choose(new ExperimentEngine(registry).snapshot(experiment), linkId, file));
		} catch (ExperimentException e) {
			for (Problem p : e.problems()) {
				err.println(CommandLine.PROGRAM + ": " + file + ": " + p.elementPath() + ": " + p.message());
			}
			return ExitCodes.BAD_INPUT;
		} catch (IllegalArgumentException e) {
			err.println(CommandLine.PROGRAM + ": simulate: " + file + ": " + e.getMessage());
			return ExitCodes.BAD_INPUT;
		}
		return simulate(setup, correction, seconds, seed, keys, context);
	}

	private static int simulate(SimulationSetup setup, ErrorCorrection correction, double seconds, long seed,
			Path keys, CommandContext context) throws IOException {
		int blocks = setup.blocks(seconds);
		KeyDistillationRun run = setup.run(seed, correction);
		PrintStream out = context.out();
		out.printf(Locale.ROOT, "%d block(s) of %d pulses (%.3g s each), error correction: %s%n", blocks,
				setup.pulsesPerBlock(), setup.pulsesPerBlock() / setup.pulseRate(), correction.name());
		out.println("block\tend [s]\tsifted\tQBER test\terrors\tleaked\tf\tauth\tfinal\toutcome");
		List<String> keyLines = new ArrayList<>();
		ConsoleProgressMonitor monitor = new ConsoleProgressMonitor(context.err(), context.interactive(),
				context.cancelled());
		SubMonitor progress = SubMonitor.convert(monitor, "Simulating", blocks);
		KeyDistillationRun.Summary summary;
		try {
			summary = run.run(blocks, (index, end, r) -> {
				out.printf(Locale.ROOT, "%d\t%.4f\t%d\t%.4f\t%d\t%d\t%.3f\t%d\t%d\t%s%n", index, end, r.siftedBits(),
						r.testQber(), r.errorsCorrected(), r.leakedBits(), r.efficiency(), r.authenticationBits(),
						r.finalBits(), r.aborted() == null ? "ok" : r.aborted());
				if (keys != null) {
					keyLines.add(index + "\t" + r.finalBits() + "\t" + hex(r.finalKeyAlice()));
				}
				progress.worked(1);
			}, context::isCancelled);
		} finally {
			monitor.done();
		}
		if (context.isCancelled()) {
			context.err().println(CommandLine.PROGRAM + ": cancelled");
			return ExitCodes.CANCELLED;
		}
		double qber = summary.siftedBits() == 0 ? 0 : summary.errorsCorrected() / (double) summary.siftedBits();
		double f = summary.errorsCorrected() == 0 ? Double.NaN
				: summary.leakedBits() / (summary.siftedBits() * Entropy.binary(qber));
		out.printf(Locale.ROOT, "total: %.4f s simulated, %d blocks (%d without key), sifted %d, corrected %d "
				+ "errors (QBER %.4f), leaked %d (f %.3f), authentication %d, final key %d bits (%.4g bit/s)%n",
				summary.seconds(), summary.blocks(), summary.blocksAborted(), summary.siftedBits(),
				summary.errorsCorrected(), qber, summary.leakedBits(), f, summary.authenticationBits(),
				summary.finalBits(), summary.keyRate());
		if (keys != null) {
			try (Writer writer = Files.newBufferedWriter(keys, StandardCharsets.UTF_8)) {
				for (String line : keyLines) {
					writer.write(line);
					writer.write('\n');
				}
			}
			out.println(keys);
		}
		return ExitCodes.OK;
	}

	private static LinkSnapshot choose(List<LinkSnapshot> links, String id, Path file) {
		for (LinkSnapshot link : links) {
			if (id == null ? SimulationSetup.PROTOCOL.equals(link.protocolId()) : link.id().equals(id)) {
				return link;
			}
		}
		throw new IllegalArgumentException(id == null ? "no link uses " + SimulationSetup.PROTOCOL
				: "no link '" + id + "' (links: " + String.join(", ", links.stream().map(LinkSnapshot::id).toList())
						+ ")");
	}

	/** The key's bits as hexadecimal, bit i of the key as bit (i mod 8) of byte i / 8. */
	private static String hex(BitString key) {
		long[] words = key.toLongArray();
		byte[] bytes = new byte[(key.length() + 7) / 8];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (words[i / 8] >>> (8 * (i % 8)));
		}
		return HexFormat.of().formatHex(bytes);
	}
}
