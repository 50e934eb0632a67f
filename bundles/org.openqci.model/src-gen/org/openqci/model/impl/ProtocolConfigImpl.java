/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.openqci.model.ProtocolConfig;
import org.openqci.model.QciPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Protocol Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class ProtocolConfigImpl extends ComponentConfigImpl implements ProtocolConfig {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProtocolConfigImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QciPackage.Literals.PROTOCOL_CONFIG;
	}

} //ProtocolConfigImpl
