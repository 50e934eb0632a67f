/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that it is either replaced whole or not at all: the content goes to a new
 * temporary file in the same folder, is flushed to the disk, and then the temporary file is
 * renamed over the target. Whatever fails on the way, the previous file is left as it was and
 * the temporary file is removed. A new file gets the permissions the process gives any new
 * file; a replaced file keeps its own. Used for experiment files, result files and exports.
 */
public final class AtomicFileWriter {

	/** Writes the content of a file to a stream. */
	@FunctionalInterface
	public interface Content {
		/**
		 * Writes the whole content.
		 *
		 * @param out the stream to write to; the caller closes it
		 */
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFileWriter() {
	}

	/**
	 * Replaces {@code target} with the content written by {@code content}.
	 *
	 * @param target  the file to write; a symbolic link is followed, so that the file it points to
	 *                is replaced and the link stays
	 * @param content writes the new content
	 * @throws IOException when the content cannot be written or moved into place; the previous
	 *                     file is then untouched
	 */
	public static void write(Path target, Content content) throws IOException {
		Path file = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
		if (Files.isDirectory(file)) {
			throw new IOException(target + ": is a folder, not a file");
		}
		Path folder = file.getParent();
		Path temporary = createTemporary(folder, file.getFileName().toString());
		boolean moved = false;
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				OutputStream out = Channels.newOutputStream(channel);
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			copyPermissions(file, temporary);
			move(temporary, file);
			moved = true;
			syncFolder(folder);
		} finally {
			if (!moved) {
				Files.deleteIfExists(temporary);
			}
		}
	}

	/** Creates an empty hidden file next to the target, with the permissions of a new file. */
	private static Path createTemporary(Path folder, String name) throws IOException {
		for (int attempt = 0;; attempt++) {
			String suffix = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
			Path temporary = folder.resolve("." + name + "." + suffix + ".tmp");
			try {
				Files.newByteChannel(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
				return temporary;
			} catch (FileAlreadyExistsException e) {
				if (attempt >= 10) {
					throw e;
				}
			}
		}
	}

	/** Keeps the permissions of the file being replaced (a private file stays private). */
	private static void copyPermissions(Path from, Path to) throws IOException {
		if (!Files.exists(from)) {
			return;
		}
		PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
		PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
		if (source != null && target != null) {
			target.setPermissions(source.readAttributes().permissions());
		}
	}

	private static void move(Path temporary, Path file) throws IOException {
		try {
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Makes the rename itself durable where the platform allows it; best effort. */
	private static void syncFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | RuntimeException e) {
			// Not supported on every platform (e.g. Windows); the rename has happened anyway.
		}
	}
}
