/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.navigator;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.model.WorkbenchLabelProvider;

/**
 * Labels of the navigator: the workbench's resource labels and icons, with an error or warning
 * overlay on resources that contain problems.
 */
final class NavigatorLabelProvider extends LabelProvider {

	private final WorkbenchLabelProvider base = new WorkbenchLabelProvider();
	private final Map<String, Image> overlaid = new HashMap<>();

	@Override
	public String getText(Object element) {
		return base.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		Image image = base.getImage(element);
		if (image == null || !(element instanceof IResource resource)) {
			return image;
		}
		int severity = severity(resource);
		if (severity < IMarker.SEVERITY_WARNING) {
			return image;
		}
		String key = image.hashCode() + "/" + severity;
		return overlaid.computeIfAbsent(key, k -> {
			String decoration = severity == IMarker.SEVERITY_ERROR ? FieldDecorationRegistry.DEC_ERROR
					: FieldDecorationRegistry.DEC_WARNING;
			Image small = FieldDecorationRegistry.getDefault().getFieldDecoration(decoration).getImage();
			return new DecorationOverlayIcon(image, ImageDescriptor.createFromImage(small), IDecoration.BOTTOM_LEFT)
					.createImage();
		});
	}

	private static int severity(IResource resource) {
		if (!resource.isAccessible()) {
			return -1;
		}
		try {
			return resource.findMaxProblemSeverity(IMarker.PROBLEM, true, IResource.DEPTH_INFINITE);
		} catch (CoreException e) {
			return -1;
		}
	}

	@Override
	public void dispose() {
		overlaid.values().forEach(Image::dispose);
		overlaid.clear();
		base.dispose();
		super.dispose();
	}
}
