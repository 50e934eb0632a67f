/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model.util;

import org.eclipse.emf.common.util.URI;

import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * <!-- begin-user-doc -->
 * The <b>Resource </b> associated with the package.
 * <!-- end-user-doc -->
 * @see org.openqci.model.util.QciResourceFactoryImpl
 * @generated
 */
public class QciResourceImpl extends XMIResourceImpl {
	/**
	 * Creates an instance of the resource.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param uri the URI of the new resource.
	 * @generated
	 */
	public QciResourceImpl(URI uri) {
		super(uri);
	}

} //QciResourceImpl
