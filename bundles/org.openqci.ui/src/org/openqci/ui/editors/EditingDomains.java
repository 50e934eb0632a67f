/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.openqci.model.provider.QciLabelledItemProviderAdapterFactory;

/** Creates the EMF.Edit adapter factory and editing domain of an experiment editor. */
public final class EditingDomains {

	private EditingDomains() {
	}

	/** The item providers of experiments, of resources, and reflective ones for anything else. */
	public static ComposedAdapterFactory newAdapterFactory() {
		ComposedAdapterFactory factory = new ComposedAdapterFactory(
				ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		factory.addAdapterFactory(new QciLabelledItemProviderAdapterFactory());
		factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return factory;
	}

	/** An editing domain with its own command stack over {@code resourceSet}. */
	public static AdapterFactoryEditingDomain newDomain(ComposedAdapterFactory factory, ResourceSet resourceSet) {
		return new AdapterFactoryEditingDomain(factory, new BasicCommandStack(), resourceSet);
	}
}
