/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.openqci.core.validation.Problem;
import org.openqci.model.ParameterValue;

/**
 * A JFace label provider that takes icons and texts from the EMF.Edit item providers of an
 * adapter factory, and refreshes its viewer when an item provider reports a change (the part of
 * {@code AdapterFactoryLabelProvider} that we need, since {@code org.eclipse.emf.edit.ui} is not
 * available).
 */
public final class ItemProviderLabelProvider extends ColumnLabelProvider implements INotifyChangedListener {

	private final AdapterFactory adapterFactory;
	private final StructuredViewer viewer;
	private final LocalResourceManager images;
	private final Map<Object, Boolean> severities = new HashMap<>();
	private final Map<Object, List<String>> messages = new HashMap<>();

	/**
	 * A label provider for {@code viewer} over the item providers of {@code adapterFactory}; it
	 * listens to the factory (when it is an {@link IChangeNotifier}) until disposed.
	 */
	public ItemProviderLabelProvider(AdapterFactory adapterFactory, StructuredViewer viewer) {
		this.adapterFactory = adapterFactory;
		this.viewer = viewer;
		this.images = new LocalResourceManager(JFaceResources.getResources(), viewer.getControl());
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = provider(element);
		return provider == null ? String.valueOf(element) : provider.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = provider(element);
		Image image = provider == null ? null : image(provider.getImage(element));
		Boolean error = severities.get(element);
		if (image == null || error == null) {
			return image;
		}
		ImageDescriptor overlay = ImageDescriptor.createFromImage(ProblemDecorations.image(error));
		return images.create(new DecorationOverlayIcon(image, overlay, IDecoration.BOTTOM_LEFT));
	}

	@Override
	public String getToolTipText(Object element) {
		List<String> lines = messages.get(element);
		return lines == null ? null : String.join("\n", lines);
	}

	/**
	 * Marks the elements that have problems (a component also for the problems of its parameter
	 * values) with an error or warning overlay, and refreshes the labels.
	 */
	void setProblems(List<Problem> problems) {
		severities.clear();
		messages.clear();
		for (Problem problem : problems) {
			EObject element = problem.element();
			while (element instanceof ParameterValue) {
				element = element.eContainer();
			}
			if (element == null) {
				continue;
			}
			severities.merge(element, problem.isError(), Boolean::logicalOr);
			messages.computeIfAbsent(element, e -> new ArrayList<>()).add(problem.message());
		}
		if (!viewer.getControl().isDisposed()) {
			viewer.refresh(true);
		}
	}

	private IItemLabelProvider provider(Object element) {
		Object adapter = adapterFactory.adapt(element, IItemLabelProvider.class);
		return adapter instanceof IItemLabelProvider p ? p : null;
	}

	/** An SWT image for the image object of an item provider: a URL, or the base of a composed image. */
	private Image image(Object emfImage) {
		Object base = emfImage;
		while (base instanceof ComposedImage composed) {
			List<Object> parts = composed.getImages();
			base = parts.isEmpty() ? null : parts.get(0);
		}
		if (base instanceof URL url) {
			return images.create(ImageDescriptor.createFromURL(url));
		}
		if (base instanceof ImageDescriptor descriptor) {
			return images.create(descriptor);
		}
		return null;
	}

	@Override
	public void notifyChanged(org.eclipse.emf.common.notify.Notification notification) {
		Control control = viewer.getControl();
		if (control == null || control.isDisposed()) {
			return;
		}
		Runnable refresh = () -> {
			if (control.isDisposed()) {
				return;
			}
			if (notification instanceof IViewerNotification vn) {
				Object element = vn.getElement();
				if (vn.isContentRefresh()) {
					if (element == null) {
						viewer.refresh(vn.isLabelUpdate());
					} else {
						viewer.refresh(element, vn.isLabelUpdate());
					}
				} else if (vn.isLabelUpdate() && element != null) {
					viewer.update(element, null);
				}
			} else {
				viewer.refresh();
			}
		};
		if (control.getDisplay().getThread() == Thread.currentThread()) {
			refresh.run();
		} else {
			control.getDisplay().asyncExec(refresh);
		}
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
		super.dispose();
	}
}
