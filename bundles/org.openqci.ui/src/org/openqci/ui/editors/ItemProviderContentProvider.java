/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import java.util.Collection;
import java.util.function.Predicate;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * A JFace tree content provider that asks the EMF.Edit item providers of an adapter factory for
 * children and parents (the part of {@code AdapterFactoryContentProvider} that we need, since
 * {@code org.eclipse.emf.edit.ui} is not available).
 */
public final class ItemProviderContentProvider implements ITreeContentProvider {

	private static final Object[] NONE = new Object[0];

	private final AdapterFactory adapterFactory;
	private final Predicate<Object> shown;

	/** A content provider over the item providers of {@code adapterFactory}, showing every child. */
	public ItemProviderContentProvider(AdapterFactory adapterFactory) {
		this(adapterFactory, child -> true);
	}

	/** A content provider over the item providers of {@code adapterFactory}, showing the children {@code shown} accepts. */
	public ItemProviderContentProvider(AdapterFactory adapterFactory, Predicate<Object> shown) {
		this.adapterFactory = adapterFactory;
		this.shown = shown;
	}

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof Resource resource) {
			return resource.getContents().toArray();
		}
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object element) {
		ITreeItemContentProvider provider = provider(element);
		if (provider == null) {
			return NONE;
		}
		Collection<?> children = provider.getChildren(element);
		return children == null ? NONE : children.stream().filter(shown).toArray();
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = provider(element);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider provider = provider(element);
		return provider != null && provider.hasChildren(element) && getChildren(element).length > 0;
	}

	private ITreeItemContentProvider provider(Object element) {
		Object adapter = adapterFactory.adapt(element, ITreeItemContentProvider.class);
		return adapter instanceof ITreeItemContentProvider p ? p : null;
	}
}
