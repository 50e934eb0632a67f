/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Protocol Config</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.openqci.model.QciPackage#getProtocolConfig()
 * @model
 * @generated
 */
public interface ProtocolConfig extends ComponentConfig {
} // ProtocolConfig
