/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** Helpers for tests that drive the running workbench: workspace files, event loop, jobs. */
public final class UiTestSupport {

	/** The example the UI tests open. */
	public static final String EXAMPLE = "gys-decoy-bb84.qci";

	private UiTestSupport() {
	}

	/** The repository root: the system property {@code openqci.repo}, else the first parent of the working directory with {@code examples/}. */
	public static Path repository() {
		String property = System.getProperty("openqci.repo");
		if (property != null && !property.isBlank()) {
			return Path.of(property);
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("examples").resolve(EXAMPLE))) {
				return dir;
			}
		}
		throw new IllegalStateException("set the system property openqci.repo to the repository root");
	}

	/** The open project {@code name}, created if needed. */
	public static IProject project(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (!project.exists()) {
			project.create(null);
		}
		if (!project.isOpen()) {
			project.open(null);
		}
		return project;
	}

	/** Copies the example experiment into {@code project} as {@code name} (replacing an older copy). */
	public static IFile copyExample(IProject project, String name) throws IOException, CoreException {
		Path source = repository().resolve("examples").resolve(EXAMPLE);
		try (InputStream in = Files.newInputStream(source)) {
			return write(project, name, in);
		}
	}

	/** Writes {@code content} to {@code name} in {@code project} (replacing an older file). */
	public static IFile write(IProject project, String name, InputStream content) throws CoreException {
		IFile file = project.getFile(name);
		if (file.exists()) {
			file.setContents(content, IResource.FORCE, null);
		} else {
			file.create(content, IResource.FORCE, null);
		}
		return file;
	}

	/** The active workbench page. */
	public static IWorkbenchPage page() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		return window.getActivePage();
	}

	/** Runs the event loop until it is idle. */
	public static void spin() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// keep dispatching
		}
	}

	/** Runs the event loop for {@code millis} milliseconds. */
	public static void spin(long millis) throws InterruptedException {
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			spin();
			Thread.sleep(10);
		}
	}

	/** Runs the event loop until {@code condition} holds or {@code millis} pass; returns the condition. */
	public static boolean spinUntil(BooleanSupplier condition, long millis) throws InterruptedException {
		long end = System.currentTimeMillis() + millis;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
			spin();
			Thread.sleep(10);
		}
		spin();
		return condition.getAsBoolean();
	}

	/**
	 * Waits until no job of {@code family} is left (running the event loop meanwhile, so jobs may
	 * post to the display), joins the family, then runs the event loop once more.
	 */
	public static void waitForJobs(Object family, long millis) throws InterruptedException {
		spinUntil(() -> Job.getJobManager().find(family).length == 0, millis);
		Job.getJobManager().join(family, null);
		spin();
	}
}
