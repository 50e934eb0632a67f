/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.openqci.core.registry.ModelRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The Eclipse application {@code org.openqci.headless.run}: a thin shell that passes the
 * command-line arguments to {@link CommandLine}, finds the model registry as an OSGi service,
 * turns Ctrl-C into cancellation, and returns the exit code (an {@link Integer}, which the
 * launcher uses as the process's exit status).
 */
public final class HeadlessApplication implements IApplication {

	/** How long a Ctrl-C waits for the running command to stop and clean up. */
	private static final long CANCEL_GRACE_SECONDS = 10;

	private final AtomicBoolean cancelled = new AtomicBoolean();

	@Override
	public Object start(IApplicationContext context) throws Exception {
		context.applicationRunning();
		Object raw = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<String> args = raw instanceof String[] a ? List.of(a) : List.of();
		Bundle bundle = FrameworkUtil.getBundle(HeadlessApplication.class);
		CountDownLatch finished = new CountDownLatch(1);
		Thread ctrlC = new Thread(() -> {
			cancelled.set(true);
			try {
				finished.await(CANCEL_GRACE_SECONDS, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "openqci-ctrl-c");
		Runtime.getRuntime().addShutdownHook(ctrlC);
		try (ServiceWaiter<ModelRegistry> registry = new ServiceWaiter<>(bundle.getBundleContext(),
				ModelRegistry.class, ServiceWaiter.DEFAULT_WAIT)) {
			CommandContext commandContext = new CommandContext(System.out, System.err, registry, cancelled,
					Terminal.isInteractive(), false);
			int code = CommandLine.standard().execute(args, commandContext);
			System.out.flush();
			System.err.flush();
			return Integer.valueOf(code);
		} finally {
			finished.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(ctrlC);
			} catch (IllegalStateException e) {
				// the JVM is already shutting down (Ctrl-C): the hook is running
			}
		}
	}

	@Override
	public void stop() {
		cancelled.set(true);
	}
}
