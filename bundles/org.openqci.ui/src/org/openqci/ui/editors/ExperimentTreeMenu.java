/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.openqci.model.ChannelSegment;
import org.openqci.model.ComponentConfig;
import org.openqci.model.Experiment;
import org.openqci.model.GroundStation;
import org.openqci.model.KeyDemand;
import org.openqci.model.KeyPools;
import org.openqci.model.Link;
import org.openqci.model.Network;
import org.openqci.model.NetworkLink;
import org.openqci.model.NetworkNode;
import org.openqci.model.provider.ExperimentLabels;
import org.openqci.model.PassAnalysis;
import org.openqci.model.SweepAxis;

/**
 * The context menu of the experiment tree: add a link (a copy of the selected one), remove a
 * link, add or remove a channel segment, add or remove a sweep axis, add or remove a satellite
 * pass analysis and its ground stations; add or remove the network, its nodes, links, demands and
 * key pools. Every entry executes an
 * EMF.Edit command, so it can be undone.
 */
final class ExperimentTreeMenu {

	private final EditingDomain domain;
	private final Supplier<Experiment> experiment;

	ExperimentTreeMenu(EditingDomain domain, Supplier<Experiment> experiment) {
		this.domain = domain;
		this.experiment = experiment;
	}

	/** Fills {@code menu} for {@code selection}. */
	void fill(IMenuManager menu, IStructuredSelection selection) {
		Object selected = selection.getFirstElement();
		Link link = linkOf(selected);
		Experiment model = experiment.get();
		if (model == null) {
			return;
		}
		Link template = link != null ? link : model.getLinks().isEmpty() ? null : model.getLinks().get(0);
		if (template != null) {
			menu.add(action("Add &Link (copy of '" + template.getId() + "')",
					StructureCommands.addLinkCopy(domain, template)));
		}
		if (link != null) {
			menu.add(action("Remove Link '" + link.getId() + "'", StructureCommands.removeLink(domain, link)));
			menu.add(new Separator());
			ChannelSegment segment = selected instanceof ChannelSegment s ? s : null;
			menu.add(action("Add &Channel Segment", StructureCommands.addSegment(domain, link, segment)));
			if (segment != null) {
				menu.add(action("Remove Channel Segment '" + segment.getName() + "'",
						StructureCommands.removeSegment(domain, segment)));
			}
		}
		menu.add(new Separator());
		menu.add(action("Add Sweep &Axis", StructureCommands.addAxis(domain, model)));
		if (selected instanceof SweepAxis axis) {
			menu.add(action("Remove Sweep Axis", StructureCommands.removeAxis(domain, axis)));
		}
		menu.add(new Separator());
		PassAnalysis passes = model.getPasses();
		if (passes == null) {
			menu.add(action("Add Satellite &Passes", StructureCommands.addPasses(domain, model,
					LocalDate.now(ZoneOffset.UTC))));
		} else {
			menu.add(action("Add Ground &Station", StructureCommands.addStation(domain, passes)));
			if (selected instanceof GroundStation station) {
				menu.add(action("Remove Ground Station '" + station.getName() + "'",
						StructureCommands.removeStation(domain, station)));
			}
			menu.add(action("Remove Satellite Passes", StructureCommands.removePasses(domain, model)));
		}
		menu.add(new Separator());
		fillNetwork(menu, model, selected);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	private void fillNetwork(IMenuManager menu, Experiment model, Object selected) {
		Network network = model.getNetwork();
		if (network == null) {
			menu.add(action("Add &Network", NetworkCommands.addNetwork(domain, model)));
			return;
		}
		menu.add(action("Add Network &Node", NetworkCommands.addNode(domain, network,
				selected instanceof NetworkNode n ? n : null)));
		menu.add(action("Add Network Lin&k", NetworkCommands.addLink(domain, model, network,
				selected instanceof NetworkLink l ? l : null)));
		menu.add(action("Add Key &Demand", NetworkCommands.addDemand(domain, network,
				selected instanceof KeyDemand d ? d : null)));
		if (network.getPools() == null) {
			menu.add(action("Add Key &Pools", NetworkCommands.addPools(domain, network)));
		}
		if (selected instanceof NetworkNode || selected instanceof NetworkLink || selected instanceof KeyDemand
				|| selected instanceof KeyPools) {
			menu.add(action("Remove " + ExperimentLabels.text(selected), NetworkCommands.remove(domain, (EObject) selected)));
		}
		menu.add(action("Remove Network", NetworkCommands.remove(domain, network)));
	}

	private Action action(String label, Command command) {
		Action action = new Action(label) {
			@Override
			public void run() {
				if (command.canExecute()) {
					domain.getCommandStack().execute(command);
				}
			}
		};
		action.setEnabled(command.canExecute());
		return action;
	}

	private static Link linkOf(Object selected) {
		if (selected instanceof Link l) {
			return l;
		}
		if (selected instanceof ComponentConfig c && c.eContainer() instanceof Link l) {
			return l;
		}
		return null;
	}
}
