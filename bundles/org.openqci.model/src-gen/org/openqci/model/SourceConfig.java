/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Source Config</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.openqci.model.QciPackage#getSourceConfig()
 * @model
 * @generated
 */
public interface SourceConfig extends ComponentConfig {
} // SourceConfig
