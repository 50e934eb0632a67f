/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.devices;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.openqci.device.api.DeviceCallback;
import org.openqci.device.api.DeviceConfiguration;
import org.openqci.device.api.DeviceContext;
import org.openqci.device.api.DeviceHandler;
import org.openqci.device.api.DeviceHandlerFactory;
import org.openqci.device.api.DeviceStatus;
import org.openqci.device.api.DeviceType;
import org.openqci.device.api.Reading;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * The configured devices of the workbench and their running handlers. Device plugins register
 * {@link DeviceHandlerFactory} services; the manager tracks them dynamically, so a plugin installed
 * at run time starts the devices of its types, and one that goes away leaves them offline with the
 * reason. Each running device gets its own scheduler, so a slow device never delays another, and
 * no caller (the UI thread in particular) ever waits for a device. A handler that throws is
 * reported as offline with a handler error instead of taking anything else down.
 * Thread-safe.
 */
@Component(service = DeviceManager.class)
public final class DeviceManager {

	/** How long the reading history of each device reaches back. */
	public static final Duration HISTORY = Duration.ofMinutes(10);

	private final List<DeviceHandlerFactory> factories = new CopyOnWriteArrayList<>();
	private final Map<String, Running> running = new LinkedHashMap<>();
	private final List<ConfiguredDevice> devices = new ArrayList<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private DeviceStore store;
	private volatile ServiceComponentRuntime components;

	/** A running (or not startable) device. */
	private final class Running implements DeviceContext, DeviceCallback {
		final ConfiguredDevice device;
		final DeviceType type;
		final ReadingHistory history = new ReadingHistory(HISTORY);
		final ScheduledExecutorService scheduler;
		volatile DeviceStatus status = new DeviceStatus(DeviceStatus.Status.UNKNOWN, DeviceStatus.Detail.NONE, "");
		volatile DeviceHandler handler;
		volatile boolean disposed;

		Running(ConfiguredDevice device, DeviceType type) {
			this.device = device;
			this.type = type;
			this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
				Thread t = new Thread(r, "openqci-device-" + device.id());
				t.setDaemon(true);
				return t;
			});
		}

		@Override
		public String deviceId() {
			return device.id();
		}

		@Override
		public DeviceType type() {
			return type;
		}

		@Override
		public DeviceConfiguration configuration() {
			return new DeviceConfiguration(type, device.values());
		}

		@Override
		public DeviceCallback callback() {
			return this;
		}

		@Override
		public ScheduledExecutorService scheduler() {
			return scheduler;
		}

		@Override
		public void statusUpdated(DeviceStatus newStatus) {
			if (!disposed && newStatus != null) {
				status = newStatus;
				fire();
			}
		}

		@Override
		public void readingUpdated(Reading reading) {
			if (!disposed && reading != null) {
				history.add(reading);
			}
		}
	}

	/** Reads and saves the configured devices in {@code file}, and starts those read. */
	public void setStore(Path file) throws IOException {
		List<ConfiguredDevice> loaded;
		synchronized (this) {
			store = new DeviceStore(file);
			loaded = store.load();
			for (ConfiguredDevice d : List.copyOf(devices)) {
				stop(d.id());
			}
			devices.clear();
			devices.addAll(loaded);
			for (ConfiguredDevice d : loaded) {
				start(d);
			}
		}
		fire();
	}

	/** The device types of every installed plugin, sorted by label. */
	public List<DeviceType> types() {
		List<DeviceType> types = new ArrayList<>();
		for (DeviceHandlerFactory f : factories) {
			try {
				types.addAll(f.supportedTypes());
			} catch (RuntimeException e) {
				// a broken plugin offers no types; its devices are reported offline
			}
		}
		types.sort(Comparator.comparing(DeviceType::label));
		return types;
	}

	/** The plugin that provides a device type: its bundle's symbolic name and version. */
	public Optional<String> pluginOf(String typeId) {
		for (DeviceHandlerFactory f : factories) {
			try {
				if (f.supportedTypes().stream().anyMatch(t -> t.id().equals(typeId))) {
					Bundle bundle = FrameworkUtil.getBundle(f.getClass());
					return Optional.of(bundle == null ? f.getClass().getName()
							: bundle.getSymbolicName() + " " + bundle.getVersion());
				}
			} catch (RuntimeException e) {
				// a broken plugin offers no types
			}
		}
		return Optional.empty();
	}

	/**
	 * The device plugins that are installed but do not work: bundles using the device SDK that did
	 * not resolve, and their components that failed to activate, each with the reason.
	 */
	public List<PluginProblem> pluginProblems() {
		Bundle bundle = FrameworkUtil.getBundle(DeviceManager.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		return context == null ? List.of() : PluginProblems.find(context, components);
	}

	/** The type with this id, if an installed plugin provides it. */
	public Optional<DeviceType> type(String typeId) {
		return types().stream().filter(t -> t.id().equals(typeId)).findFirst();
	}

	/** The configured devices with their status, in the order they were added. */
	public synchronized List<DeviceEntry> devices() {
		List<DeviceEntry> entries = new ArrayList<>();
		for (ConfiguredDevice d : devices) {
			Running r = running.get(d.id());
			entries.add(new DeviceEntry(d, r == null ? null : r.type, r == null
					? DeviceStatus.offline(DeviceStatus.Detail.HANDLER_ERROR, "no installed plugin provides the device "
							+ "type '" + d.typeId() + "'")
					: r.status));
		}
		return entries;
	}

	/** The reading history of a device, or an empty one. */
	public synchronized ReadingHistory history(String deviceId) {
		Running r = running.get(deviceId);
		return r == null ? new ReadingHistory(HISTORY) : r.history;
	}

	/**
	 * Adds and starts a device.
	 *
	 * @return its configuration, with a new id
	 * @throws IllegalArgumentException if no installed plugin provides the type
	 */
	public ConfiguredDevice add(String name, String typeId, Map<String, String> values) throws IOException {
		if (type(typeId).isEmpty()) {
			throw new IllegalArgumentException("no installed plugin provides the device type '" + typeId + "'");
		}
		ConfiguredDevice device = new ConfiguredDevice(UUID.randomUUID().toString(), name, typeId, values);
		synchronized (this) {
			devices.add(device);
			save();
			start(device);
		}
		fire();
		return device;
	}

	/** Changes a device's name and configuration, and restarts it. */
	public void update(String deviceId, String name, Map<String, String> values) throws IOException {
		synchronized (this) {
			int i = index(deviceId);
			ConfiguredDevice old = devices.get(i);
			ConfiguredDevice device = new ConfiguredDevice(old.id(), name, old.typeId(), values);
			stop(deviceId);
			devices.set(i, device);
			save();
			start(device);
		}
		fire();
	}

	/** Stops and removes a device. */
	public void remove(String deviceId) throws IOException {
		synchronized (this) {
			devices.remove(index(deviceId));
			stop(deviceId);
			save();
		}
		fire();
	}

	/**
	 * Sends a command to a running device; the answer comes back on the device's own thread.
	 *
	 * @throws IllegalStateException if the device is not running
	 */
	public CompletionStage<String> command(String deviceId, String command, String argument) {
		Running r;
		synchronized (this) {
			r = running.get(deviceId);
		}
		if (r == null || r.handler == null) {
			throw new IllegalStateException("the device is not running");
		}
		return r.handler.command(command, argument);
	}

	/** Calls {@code listener} (on any thread) when devices are added, removed or change status. */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	/** Stops calling {@code listener}. */
	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/** Adds a device plugin and starts the devices of its types that were waiting for it. */
	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY, unbind = "removeFactory")
	public void addFactory(DeviceHandlerFactory factory) {
		factories.add(factory);
		synchronized (this) {
			for (ConfiguredDevice d : devices) {
				if (!running.containsKey(d.id())) {
					start(d);
				}
			}
		}
		fire();
	}

	/** Removes a device plugin and stops the devices of its types. */
	public void removeFactory(DeviceHandlerFactory factory) {
		factories.remove(factory);
		synchronized (this) {
			for (ConfiguredDevice d : devices) {
				if (running.containsKey(d.id()) && type(d.typeId()).isEmpty()) {
					stop(d.id());
				}
			}
		}
		fire();
	}

	/** Gives the component runtime, which reports the plugins' components that failed. */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			unbind = "unsetComponentRuntime")
	void setComponentRuntime(ServiceComponentRuntime runtime) {
		components = runtime;
	}

	void unsetComponentRuntime(ServiceComponentRuntime runtime) {
		if (components == runtime) {
			components = null;
		}
	}

	/** Stops every device. */
	@Deactivate
	public synchronized void dispose() {
		for (String id : List.copyOf(running.keySet())) {
			stop(id);
		}
	}

	/** Starts a device if a plugin provides its type; a handler that fails is reported offline. */
	private void start(ConfiguredDevice device) {
		Optional<DeviceType> type = Optional.empty();
		DeviceHandlerFactory owner = null;
		for (DeviceHandlerFactory f : factories) {
			try {
				type = f.supportedTypes().stream().filter(t -> t.id().equals(device.typeId())).findFirst();
			} catch (RuntimeException e) {
				type = Optional.empty();
			}
			if (type.isPresent()) {
				owner = f;
				break;
			}
		}
		if (owner == null) {
			return;
		}
		Running r = new Running(device, type.get());
		running.put(device.id(), r);
		try {
			r.handler = owner.createHandler(r);
			r.handler.initialize();
		} catch (RuntimeException | LinkageError e) {
			r.status = DeviceStatus.offline(DeviceStatus.Detail.HANDLER_ERROR, "the device plugin failed: "
					+ (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
		}
	}

	private void stop(String deviceId) {
		Running r = running.remove(deviceId);
		if (r == null) {
			return;
		}
		r.disposed = true;
		try {
			if (r.handler != null) {
				r.handler.dispose();
			}
		} catch (RuntimeException | LinkageError e) {
			// the device is gone either way
		} finally {
			r.scheduler.shutdownNow();
		}
	}

	private int index(String deviceId) {
		for (int i = 0; i < devices.size(); i++) {
			if (devices.get(i).id().equals(deviceId)) {
				return i;
			}
		}
		throw new IllegalArgumentException("no configured device has the id '" + deviceId + "'");
	}

	private void save() throws IOException {
		if (store != null) {
			store.save(List.copyOf(devices));
		}
	}

	private void fire() {
		for (Runnable l : listeners) {
			try {
				l.run();
			} catch (RuntimeException e) {
				// a broken listener does not stop the others
			}
		}
	}
}
