/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.kms;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads the final keys {@code ./openqci simulate --keys FILE} writes (one block a line: index, bit
 * count and the key in hexadecimal, tab-separated, bit i of the key as bit i mod 8 of byte i / 8)
 * and cuts them into keys of a fixed size for a key store. The bits of a block that do not fill
 * a whole key are dropped. A malformed file is refused with the file, the line and the problem.
 */
public final class KeyFile {

	private KeyFile() {
	}

	/**
	 * The keys of {@code keyBytes} bytes in the file, in order.
	 *
	 * @throws IOException if the file cannot be read, or names the line and the problem if it is
	 *                     malformed
	 */
	public static List<byte[]> read(Path file, int keyBytes) throws IOException {
		if (keyBytes < 1) {
			throw new IllegalArgumentException("key size " + keyBytes + " bytes is not positive");
		}
		List<byte[]> keys = new ArrayList<>();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				byte[] block = block(line, file, number);
				for (int from = 0; from + keyBytes <= block.length; from += keyBytes) {
					byte[] key = new byte[keyBytes];
					System.arraycopy(block, from, key, 0, keyBytes);
					keys.add(key);
				}
			}
		}
		return keys;
	}

	/** The whole bytes of a line's key. */
	private static byte[] block(String line, Path file, int number) throws IOException {
		String[] fields = line.split("\t", -1);
		if (fields.length != 3) {
			throw malformed(file, number, "expected 3 tab-separated fields (index, bits, hexadecimal key), found "
					+ fields.length);
		}
		long bits;
		try {
			bits = Long.parseLong(fields[1]);
		} catch (NumberFormatException e) {
			throw malformed(file, number, "the bit count '" + shorten(fields[1]) + "' is not a number");
		}
		if (bits < 0 || (bits + 7) / 8 * 2 != fields[2].length()) {
			throw malformed(file, number, bits + " bits need " + Math.max(0, (bits + 7) / 8 * 2)
					+ " hexadecimal digits, found " + fields[2].length() + " (truncated?)");
		}
		byte[] bytes;
		try {
			bytes = HexFormat.of().parseHex(fields[2]);
		} catch (IllegalArgumentException e) {
			throw malformed(file, number, "the key is not hexadecimal");
		}
		int whole = (int) (bits / 8);
		if (whole == bytes.length) {
			return bytes;
		}
		byte[] complete = new byte[whole];
		System.arraycopy(bytes, 0, complete, 0, whole);
		return complete;
	}

	private static IOException malformed(Path file, int line, String problem) {
		return new IOException(file + ", line " + line + ": " + problem);
	}

	private static String shorten(String text) {
		return text.length() > 20 ? text.substring(0, 20) + "..." : text;
	}
}
