/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Shows progress on stderr: on a terminal as one line updated in place ({@code \r}), otherwise
 * (a log, a pipe, CI) as a new line at every 10 %. Cancellation is shared with whoever handles
 * Ctrl-C through an {@link AtomicBoolean}.
 */
final class ConsoleProgressMonitor implements IProgressMonitor {

	private final PrintStream err;
	private final boolean interactive;
	private final AtomicBoolean cancelled;

	private String task = "";
	private String subTask = "";
	private double total;
	private double worked;
	private int shownPercent = -1;
	private int shownDecile;
	private int lineLength;
	private boolean lineOpen;

	ConsoleProgressMonitor(PrintStream err, boolean interactive, AtomicBoolean cancelled) {
		this.err = err;
		this.interactive = interactive;
		this.cancelled = cancelled;
	}

	@Override
	public synchronized void beginTask(String name, int totalWork) {
		task = name == null ? "" : name;
		total = totalWork > 0 ? totalWork : 0;
		worked = 0;
		shownPercent = -1;
		shownDecile = 0;
		show();
	}

	@Override
	public synchronized void done() {
		if (lineOpen) {
			err.println();
			lineOpen = false;
			lineLength = 0;
		}
		err.flush();
	}

	@Override
	public synchronized void internalWorked(double work) {
		if (work > 0 && Double.isFinite(work)) {
			worked = Math.min(total, worked + work);
			show();
		}
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	@Override
	public boolean isCanceled() {
		return cancelled.get();
	}

	@Override
	public void setCanceled(boolean value) {
		cancelled.set(value);
	}

	@Override
	public synchronized void setTaskName(String name) {
		task = name == null ? "" : name;
		if (interactive) {
			redraw();
		}
	}

	@Override
	public synchronized void subTask(String name) {
		subTask = name == null ? "" : name;
		if (interactive) {
			redraw();
		}
	}

	private void show() {
		if (total <= 0) {
			return;
		}
		int percent = (int) Math.floor(100.0 * worked / total + 1e-9);
		if (interactive) {
			if (percent != shownPercent) {
				shownPercent = percent;
				redraw();
			}
		} else {
			int decile = percent / 10;
			if (decile > shownDecile) {
				shownDecile = decile;
				err.println(CommandLine.PROGRAM + ": " + (task.isEmpty() ? "" : task + ": ") + decile * 10 + " %");
				err.flush();
			}
		}
	}

	private void redraw() {
		if (total <= 0) {
			return;
		}
		int percent = (int) Math.floor(100.0 * worked / total + 1e-9);
		String line = String.format(Locale.ROOT, "%s%3d %%%s", task.isEmpty() ? "" : task + ": ", percent,
				subTask.isEmpty() ? "" : "  " + subTask);
		int pad = Math.max(0, lineLength - line.length());
		err.print("\r" + line + " ".repeat(pad));
		err.flush();
		lineLength = line.length();
		lineOpen = true;
	}
}
