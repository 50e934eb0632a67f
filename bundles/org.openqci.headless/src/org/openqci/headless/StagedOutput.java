/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Output files written first into a hidden staging folder inside the output folder and moved
 * into place together once all of them are complete. A failure or a cancellation before
 * {@link #commit()} leaves the output folder as it was; {@link #close()} removes the staging
 * folder in every case.
 */
final class StagedOutput implements AutoCloseable {

	private final Path dir;
	private final Path staging;
	private final Map<String, Path> files = new LinkedHashMap<>();

	private StagedOutput(Path dir, Path staging) {
		this.dir = dir;
		this.staging = staging;
	}

	/** Creates the output folder (and its parents) if needed, and a staging folder in it. */
	static StagedOutput in(Path dir) throws IOException {
		if (Files.exists(dir) && !Files.isDirectory(dir)) {
			throw new FileAlreadyExistsException(dir.toString(), null, "exists and is not a folder");
		}
		Files.createDirectories(dir);
		Path staging = Files.createTempDirectory(dir, ".openqci-run-");
		return new StagedOutput(dir, staging);
	}

	/** Where to write the file {@code name} before the commit. */
	Path file(String name) {
		Path p = staging.resolve(name);
		files.put(name, p);
		return p;
	}

	/**
	 * Moves every staged file into the output folder, replacing files of the same name.
	 *
	 * @return the final paths, in the order the files were staged
	 */
	List<Path> commit() throws IOException {
		for (Map.Entry<String, Path> e : files.entrySet()) {
			if (!Files.isRegularFile(e.getValue())) {
				throw new IOException("output " + e.getKey() + " was not written");
			}
		}
		List<Path> result = new ArrayList<>();
		for (Map.Entry<String, Path> e : files.entrySet()) {
			Path target = dir.resolve(e.getKey());
			try {
				Files.move(e.getValue(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException ex) {
				Files.move(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
			}
			result.add(target);
		}
		return result;
	}

	/** Deletes the staging folder and whatever is left in it. */
	@Override
	public void close() throws IOException {
		if (!Files.exists(staging)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(staging)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
