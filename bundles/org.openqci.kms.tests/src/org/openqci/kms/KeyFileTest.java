/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.kms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key files of {@code simulate --keys}, cut into keys; malformed files named with the line. */
class KeyFileTest {

	@TempDir
	Path tmp;

	@Test
	void blocksAreCutIntoWholeKeysAndTheirRestDropped() throws IOException {
		Path file = tmp.resolve("keys.txt");
		// block 0: 40 bits = 5 bytes -> two keys of 2 bytes, 1 byte dropped; block 1: 17 bits -> 2 whole bytes
		Files.writeString(file, "0\t40\t0102030405\n\n1\t17\taabbcc\n");
		List<byte[]> keys = KeyFile.read(file, 2);
		assertEquals(3, keys.size());
		assertArrayEquals(new byte[] { 1, 2 }, keys.get(0));
		assertArrayEquals(new byte[] { 3, 4 }, keys.get(1));
		assertArrayEquals(new byte[] { (byte) 0xaa, (byte) 0xbb }, keys.get(2));
	}

	@Test
	void aMalformedLineIsNamedWithItsProblem() throws IOException {
		assertProblem("0\t16\t0102\n1\t16\t01\n", "line 2: 16 bits need 4 hexadecimal digits, found 2 (truncated?)");
		assertProblem("0\tsixteen\t0102\n", "line 1: the bit count 'sixteen' is not a number");
		assertProblem("0\t16\t01zz\n", "line 1: the key is not hexadecimal");
		assertProblem("0 16 0102\n", "line 1: expected 3 tab-separated fields");
	}

	private void assertProblem(String content, String expected) throws IOException {
		Path file = tmp.resolve("bad.txt");
		Files.writeString(file, content);
		IOException e = assertThrows(IOException.class, () -> KeyFile.read(file, 2));
		assertTrue(e.getMessage().startsWith(file + ", " + expected), e.getMessage());
	}
}
