/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;

/** Image descriptors of the icons shipped in this bundle's {@code icons/} folder. */
public final class UiImages {

	/** Experiment file. */
	public static final String EXPERIMENT = "icons/experiment16.png";

	private UiImages() {
	}

	/** The descriptor of an icon of this bundle, or the "missing image" descriptor. */
	public static ImageDescriptor descriptor(String path) {
		return ResourceLocator.imageDescriptorFromBundle(UiIds.BUNDLE, path)
				.orElseGet(ImageDescriptor::getMissingImageDescriptor);
	}
}
