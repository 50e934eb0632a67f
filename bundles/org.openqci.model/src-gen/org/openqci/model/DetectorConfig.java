/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Detector Config</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.openqci.model.QciPackage#getDetectorConfig()
 * @model
 * @generated
 */
public interface DetectorConfig extends ComponentConfig {
} // DetectorConfig
