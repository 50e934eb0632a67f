/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.application;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.openqci.ui.UiIds;

/**
 * Creates the project {@code examples} on first start, with a copy of every {@code *.qci} file of
 * the folder named by the system property {@code openqci.examples}, and on later starts adds the
 * examples the project lacks (new in an update, or deleted by the user), never replacing a copy
 * the user may have edited. The files are copied, never linked, so that editing an example never
 * changes the originals.
 */
public final class ExamplesProject {

	/** System property naming the folder with the example experiments. */
	public static final String PROPERTY = "openqci.examples";
	/** Name of the project that receives the copies. */
	public static final String PROJECT = "examples";

	private ExamplesProject() {
	}

	/** Creates the examples project, or adds the examples it lacks, unless no examples folder is configured. */
	public static void installIfMissing() {
		String folder = System.getProperty(PROPERTY);
		if (folder == null || folder.isBlank()) {
			return;
		}
		Path source = Path.of(folder);
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(PROJECT);
		if (!Files.isDirectory(source) || (project.exists() && !project.isOpen())) {
			return;
		}
		try {
			workspace.run(monitor -> fill(project, source, monitor), workspace.getRoot(), IWorkspace.AVOID_UPDATE,
					null);
		} catch (CoreException e) {
			ILog.of(ExamplesProject.class).log(e.getStatus());
		}
	}

	private static void fill(IProject project, Path source, org.eclipse.core.runtime.IProgressMonitor monitor)
			throws CoreException {
		List<Path> files = experiments(source);
		SubMonitor sub = SubMonitor.convert(monitor, "Copying the examples", files.size() + 3);
		if (!project.exists()) {
			project.create(sub.split(1));
		}
		if (!project.isOpen()) {
			project.open(sub.split(1));
		}
		// files written while the workbench was not running are unknown to the workspace until refreshed
		project.refreshLocal(IResource.DEPTH_ONE, sub.split(1));
		sub.setWorkRemaining(files.size());
		for (Path file : files) {
			IFile target = project.getFile(file.getFileName().toString());
			if (target.exists()) {
				sub.split(1);
				continue;
			}
			try (InputStream in = Files.newInputStream(file)) {
				target.create(in, IResource.NONE, sub.split(1));
			} catch (IOException e) {
				throw new CoreException(Status.error("Cannot copy the example " + file + ": " + e.getMessage(), e));
			}
		}
	}

	private static List<Path> experiments(Path folder) throws CoreException {
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*." + UiIds.EXPERIMENT_EXTENSION)) {
			for (Path file : stream) {
				if (Files.isRegularFile(file)) {
					files.add(file);
				}
			}
		} catch (IOException e) {
			throw new CoreException(
					new Status(IStatus.ERROR, UiIds.BUNDLE, "Cannot list the examples in " + folder, e));
		}
		files.sort(null);
		return files;
	}
}
