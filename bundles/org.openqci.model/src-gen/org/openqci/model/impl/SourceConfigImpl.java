/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.openqci.model.QciPackage;
import org.openqci.model.SourceConfig;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Source Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class SourceConfigImpl extends ComponentConfigImpl implements SourceConfig {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SourceConfigImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QciPackage.Literals.SOURCE_CONFIG;
	}

} //SourceConfigImpl
