/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.results;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary file in the same directory that is moved into place only
 * when complete, so a failed write never leaves a partial file or damages an existing one.
 */
final class AtomicFiles {

	/** Writes text to a writer; may fail. */
	@FunctionalInterface
	interface Content {
		void writeTo(Writer writer) throws IOException;
	}

	private AtomicFiles() {
	}

	static void write(Path file, Content content) throws IOException {
		Path target = file.toAbsolutePath();
		Path dir = target.getParent();
		if (dir != null) {
			Files.createDirectories(dir);
		}
		Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
		boolean moved = false;
		try {
			try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
				content.writeTo(writer);
			}
			try {
				Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
			}
			moved = true;
		} finally {
			if (!moved) {
				Files.deleteIfExists(tmp);
			}
		}
	}
}
