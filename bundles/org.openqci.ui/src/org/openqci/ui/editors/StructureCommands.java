/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.openqci.core.spi.ModelContribution;
import org.openqci.device.catalogue.ModelParameters;
import org.openqci.model.ChannelSegment;
import org.openqci.model.ComponentConfig;
import org.openqci.model.Experiment;
import org.openqci.model.GroundStation;
import org.openqci.model.Link;
import org.openqci.model.PassAnalysis;
import org.openqci.model.QciFactory;
import org.openqci.model.QciPackage;
import org.openqci.model.Satellite;
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

	/**
	 * Adds a pass analysis: the week from today (UTC), 1 s steps, a notional 500 km
	 * sun-synchronous satellite with its epoch at the start, and one ground station (Matera) to edit.
	 */
	public static Command addPasses(EditingDomain domain, Experiment experiment, LocalDate today) {
		if (experiment.getPasses() != null) {
			return UnexecutableCommand.INSTANCE;
		}
		QciFactory f = QciFactory.eINSTANCE;
		PassAnalysis passes = f.createPassAnalysis();
		String start = today.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
		passes.setStart(start);
		passes.setEnd(today.plusDays(7).atStartOfDay(ZoneOffset.UTC).toInstant().toString());
		passes.setStep(1.0);
		Satellite satellite = f.createSatellite();
		satellite.setName("LEO satellite");
		satellite.setEpoch(start);
		satellite.setAltitude(500.0);
		satellite.setInclination(97.4);
		passes.setSatellite(satellite);
		passes.getStations().add(newStation(passes, "Matera", 40.6486, 16.7046, 536.0));
		return SetCommand.create(domain, experiment, PKG.getExperiment_Passes(), passes);
	}

	/** Removes the experiment's pass analysis. */
	public static Command removePasses(EditingDomain domain, Experiment experiment) {
		return experiment.getPasses() == null ? UnexecutableCommand.INSTANCE
				: SetCommand.create(domain, experiment, PKG.getExperiment_Passes(), null);
	}

	/** Adds a ground station (a copy of the first one's position, under a new name) to edit. */
	public static Command addStation(EditingDomain domain, PassAnalysis passes) {
		GroundStation first = passes.getStations().isEmpty() ? null : passes.getStations().get(0);
		GroundStation station = first == null ? newStation(passes, "station", 0.0, 0.0, 0.0)
				: newStation(passes, base(first.getName(), "station"), first.getLatitude(), first.getLongitude(),
						first.getAltitude());
		return AddCommand.create(domain, passes, PKG.getPassAnalysis_Stations(), station);
	}

	/** Removes a ground station (not the last one: a pass analysis needs one). */
	public static Command removeStation(EditingDomain domain, GroundStation station) {
		if (!(station.eContainer() instanceof PassAnalysis passes) || passes.getStations().size() < 2) {
			return UnexecutableCommand.INSTANCE;
		}
		return RemoveCommand.create(domain, passes, PKG.getPassAnalysis_Stations(), station);
	}

	private static GroundStation newStation(PassAnalysis passes, String name, double latitude, double longitude,
			double altitude) {
		Set<String> taken = new HashSet<>();
		passes.getStations().forEach(g -> taken.add(g.getName()));
		GroundStation station = QciFactory.eINSTANCE.createGroundStation();
		station.setName(taken.contains(name) ? unique(name, taken) : name);
		station.setLatitude(latitude);
		station.setLongitude(longitude);
		station.setAltitude(altitude);
		station.setMinElevation(10.0);
		return station;
	}

	/**
	 * Copies a device preset's values into a source or detector, and notes where they came from;
	 * one undoable step. Parameters the model does not declare are left out.
	 */
	public static Command applyPreset(EditingDomain domain, ComponentConfig config, ModelContribution model,
			ModelParameters preset) {
		CompoundCommand command = new CompoundCommand("Values from Device Preset");
		preset.values().forEach((name, value) -> model.parameter(name).ifPresent(
				d -> command.append(ParameterCommands.setValue(domain, config, name, d, value, null))));
		command.append(SetCommand.create(domain, config, PKG.getComponentConfig_Note(), preset.note()));
		return command;
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

	static String unique(String base, Set<String> taken) {
		for (int i = 2;; i++) {
			String candidate = base + "-" + i;
			if (!taken.contains(candidate)) {
				return candidate;
			}
		}
	}
}
