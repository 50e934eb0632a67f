/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sweep</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One or two swept parameters; with two, the engine evaluates the full grid.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.openqci.model.Sweep#getAxes <em>Axes</em>}</li>
 * </ul>
 *
 * @see org.openqci.model.QciPackage#getSweep()
 * @model
 * @generated
 */
public interface Sweep extends EObject {
	/**
	 * Returns the value of the '<em><b>Axes</b></em>' containment reference list.
	 * The list contents are of type {@link org.openqci.model.SweepAxis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Axes</em>' containment reference list.
	 * @see org.openqci.model.QciPackage#getSweep_Axes()
	 * @model containment="true" required="true" upper="2"
	 * @generated
	 */
	EList<SweepAxis> getAxes();

} // Sweep
