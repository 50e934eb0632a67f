/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.openqci.model.ChannelSegment;
import org.openqci.model.Experiment;
import org.openqci.model.Link;
import org.openqci.model.QciFactory;
import org.openqci.model.QciPackage;
import org.openqci.model.Sweep;
import org.openqci.model.SweepAxis;

/**
 * The undoable EMF.Edit commands that change an experiment's structure: links, channel segments
 * and sweep axes. Each method returns a command to execute on the domain's command stack, or an
 * unexecutable command when the change does not apply.
 */
public final class StructureCommands {

	private static final QciPackage PKG = QciPackage.eINSTANCE;

	private StructureCommands() {
	}

	/** Adds a copy of {@code link} right after it, with a fresh id and name. */
	public static Command addLinkCopy(EditingDomain domain, Link link) {
		if (!(link.eContainer() instanceof Experiment experiment)) {
			return UnexecutableCommand.INSTANCE;
		}
		Link copy = EcoreUtil.copy(link);
		Set<String> ids = new HashSet<>();
		experiment.getLinks().forEach(l -> ids.add(l.getId()));
		copy.setId(unique(base(link.getId(), "link"), ids));
		copy.setName((link.getName() == null || link.getName().isBlank() ? copy.getId() : link.getName()) + " (copy)");
		int index = experiment.getLinks().indexOf(link) + 1;
		return AddCommand.create(domain, experiment, PKG.getExperiment_Links(), copy, index);
	}

	/** Removes {@code link}, unless it is the experiment's only link. */
	public static Command removeLink(EditingDomain domain, Link link) {
		if (!(link.eContainer() instanceof Experiment experiment) || experiment.getLinks().size() < 2) {
			return UnexecutableCommand.INSTANCE;
		}
		return RemoveCommand.create(domain, experiment, PKG.getExperiment_Links(), link);
	}

	/**
	 * Adds a channel segment to {@code link} after {@code after} (or at the end): a copy of
	 * {@code after} (or of the last segment) under a new name, or a fibre segment when the link
	 * has none.
	 */
	public static Command addSegment(EditingDomain domain, Link link, ChannelSegment after) {
		ChannelSegment template = after != null ? after
				: link.getChannels().isEmpty() ? null : link.getChannels().get(link.getChannels().size() - 1);
		ChannelSegment segment;
		if (template != null) {
			segment = EcoreUtil.copy(template);
		} else {
			segment = QciFactory.eINSTANCE.createChannelSegment();
			segment.setKind("fibre");
		}
		Set<String> names = new HashSet<>();
		link.getChannels().forEach(c -> names.add(c.getName()));
		segment.setName(unique(base(template == null ? null : template.getName(), "segment"), names));
		int index = after == null ? link.getChannels().size() : link.getChannels().indexOf(after) + 1;
		return AddCommand.create(domain, link, PKG.getLink_Channels(), segment, index);
	}

	/** Removes {@code segment}, unless it is its link's only segment. */
	public static Command removeSegment(EditingDomain domain, ChannelSegment segment) {
		if (!(segment.eContainer() instanceof Link link) || link.getChannels().size() < 2) {
			return UnexecutableCommand.INSTANCE;
		}
		return RemoveCommand.create(domain, link, PKG.getLink_Channels(), segment);
	}

	/**
	 * Adds a sweep axis: creates the sweep with one axis over {@code fibre.length} 0–100 km when
	 * the experiment has none, or adds a second axis (a sweep has at most two).
	 */
	public static Command addAxis(EditingDomain domain, Experiment experiment) {
		Sweep sweep = experiment.getSweep();
		if (sweep == null) {
			Sweep created = QciFactory.eINSTANCE.createSweep();
			created.getAxes().add(newAxis("fibre.length", 0, 100, 51, "km"));
			return SetCommand.create(domain, experiment, PKG.getExperiment_Sweep(), created);
		}
		if (sweep.getAxes().size() >= 2) {
			return UnexecutableCommand.INSTANCE;
		}
		SweepAxis axis = newAxis("source.mu", 0.1, 0.9, 5, "");
		return AddCommand.create(domain, sweep, PKG.getSweep_Axes(), axis);
	}

	/** Removes {@code axis}; removing the last axis removes the whole sweep. */
	public static Command removeAxis(EditingDomain domain, SweepAxis axis) {
		if (!(axis.eContainer() instanceof Sweep sweep)) {
			return UnexecutableCommand.INSTANCE;
		}
		if (sweep.getAxes().size() < 2 && sweep.eContainer() instanceof Experiment experiment) {
			return SetCommand.create(domain, experiment, PKG.getExperiment_Sweep(), null);
		}
		return RemoveCommand.create(domain, sweep, PKG.getSweep_Axes(), axis);
	}

	/** A new sweep axis. */
	public static SweepAxis newAxis(String parameter, double from, double to, int steps, String unit) {
		SweepAxis axis = QciFactory.eINSTANCE.createSweepAxis();
		axis.setParameter(parameter);
		axis.setFrom(from);
		axis.setTo(to);
		axis.setSteps(steps);
		axis.setUnit(unit);
		return axis;
	}

	private static String base(String name, String fallback) {
		if (name == null || name.isBlank()) {
			return fallback;
		}
		return name.replaceFirst("-\\d+$", "");
	}

	private static String unique(String base, Set<String> taken) {
		for (int i = 2;; i++) {
			String candidate = base + "-" + i;
			if (!taken.contains(candidate)) {
				return candidate;
			}
		}
	}
}
