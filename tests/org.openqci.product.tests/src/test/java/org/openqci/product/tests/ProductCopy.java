/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private copy of the built product, so that installing into it leaves the build's product
 * alone, and a way to run its headless commands through its own launcher, as a user does.
 */
final class ProductCopy {

	/** The output of one run. */
	record Run(int exitCode, String out, String err) {
		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
		}
	}

	private static final long TIMEOUT_SECONDS = 180;

	private final Path root;

	private ProductCopy(Path root) {
		this.root = root;
	}

	/** Copies the product at {@code product} into {@code target}. */
	static ProductCopy of(Path product, Path target) throws IOException {
		if (!Files.isDirectory(product.resolve("plugins"))) {
			throw new IOException("no product at " + product + ": build it first ('./openqci build')");
		}
		try (Stream<Path> files = Files.walk(product)) {
			for (Path source : (Iterable<Path>) files::iterator) {
				Path copy = target.resolve(product.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(copy);
				} else {
					Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		return new ProductCopy(target);
	}

	/** The copy's folder. */
	Path root() {
		return root;
	}

	/** Runs {@code openqci ARGS} (the headless application) in the copy and waits for it. */
	Run headless(String... args) throws IOException, InterruptedException {
		Path out = Files.createTempFile(root, "out", ".txt");
		Path err = Files.createTempFile(root, "err", ".txt");
		Process process = start(out, err, args);
		if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException("openqci " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS + " s");
		}
		Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
		Files.delete(out);
		Files.delete(err);
		return run;
	}

	/** Starts {@code openqci ARGS} (the headless application) in the copy, output to the files. */
	Process start(Path out, Path err, String... args) throws IOException {
		Path launcher;
		try (Stream<Path> plugins = Files.list(root.resolve("plugins"))) {
			launcher = plugins.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
					.findFirst().orElseThrow(() -> new IOException("the product has no launcher jar"));
		}
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx1g",
				"-Djava.awt.headless=true", "-jar", launcher.toString(), "-install", root.toString(), "-configuration",
				root.resolve("configuration").toString(), "-application", "org.openqci.headless.run", "-nosplash",
				"-data", "@none"));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
		builder.environment().remove("DISPLAY");
		return builder.start();
	}
}
