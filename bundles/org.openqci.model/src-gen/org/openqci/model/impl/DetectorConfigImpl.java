/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.openqci.model.DetectorConfig;
import org.openqci.model.QciPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Detector Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class DetectorConfigImpl extends ComponentConfigImpl implements DetectorConfig {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DetectorConfigImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QciPackage.Literals.DETECTOR_CONFIG;
	}

} //DetectorConfigImpl
