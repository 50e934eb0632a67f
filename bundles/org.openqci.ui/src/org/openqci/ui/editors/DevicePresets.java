/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openqci.device.catalogue.CataloguePresets;
import org.openqci.device.catalogue.ModelParameters;
import org.openqci.device.catalogue.Preset;

/**
 * The device presets whose values fit a source or detector model: each preset of the simulated
 * catalogue (taken from a datasheet or paper) that maps onto the model's parameters.
 */
final class DevicePresets {

	/** A preset offered for a model: a label for the list and the model parameters it gives. */
	record Choice(String label, ModelParameters parameters) {
	}

	private DevicePresets() {
	}

	/** The presets that give parameters of the model {@code modelId}, in catalogue order. */
	static List<Choice> forModel(String modelId) {
		List<Choice> choices = new ArrayList<>();
		if (modelId == null) {
			return choices;
		}
		for (String type : CataloguePresets.typeIds()) {
			for (Preset preset : CataloguePresets.presets(type)) {
				Optional<ModelParameters> p = CataloguePresets.modelParameters(type, preset.name());
				if (p.isPresent() && p.get().modelId().equals(modelId)) {
					choices.add(new Choice(type + ": " + preset.name() + "  (" + preset.source() + ")", p.get()));
				}
			}
		}
		return choices;
	}
}
