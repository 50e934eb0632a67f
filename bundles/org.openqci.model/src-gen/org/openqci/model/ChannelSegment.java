/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Channel Segment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One channel segment; its name is unique in the link and is the first part of its parameter paths (e.g. fibre.length).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.openqci.model.ChannelSegment#getName <em>Name</em>}</li>
 * </ul>
 *
 * @see org.openqci.model.QciPackage#getChannelSegment()
 * @model
 * @generated
 */
public interface ChannelSegment extends ComponentConfig {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.openqci.model.QciPackage#getChannelSegment_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.openqci.model.ChannelSegment#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

} // ChannelSegment
