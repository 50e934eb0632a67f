/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.devices;

import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

/**
 * The configured devices in a JSON file. A save writes a temporary file beside it and moves it
 * into place, so a failed save never destroys the previous file; a file that cannot be read is
 * reported with its path and the problem, and left alone.
 */
final class DeviceStore {

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
	private static final Type LIST = new TypeToken<List<ConfiguredDevice>>() {
	}.getType();

	private final Path file;

	DeviceStore(Path file) {
		this.file = file;
	}

	Path file() {
		return file;
	}

	/** The devices in the file, none if it does not exist. */
	List<ConfiguredDevice> load() throws IOException {
		if (!Files.exists(file)) {
			return List.of();
		}
		String text = Files.readString(file, StandardCharsets.UTF_8);
		try {
			List<ConfiguredDevice> devices = GSON.fromJson(text, LIST);
			List<ConfiguredDevice> valid = new ArrayList<>();
			if (devices != null) {
				for (ConfiguredDevice d : devices) {
					if (d != null && d.id() != null && d.typeId() != null) {
						valid.add(new ConfiguredDevice(d.id(), d.name(), d.typeId(),
								d.values() == null ? Map.of() : d.values()));
					}
				}
			}
			return valid;
		} catch (JsonParseException e) {
			throw new IOException(file + ": not a list of configured devices: " + e.getMessage(), e);
		}
	}

	/** Writes the devices atomically. */
	void save(List<ConfiguredDevice> devices) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
		try {
			Files.writeString(temporary, GSON.toJson(devices, LIST), StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
