/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Key Demand</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A request for key between two user sites, in bit/s.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.openqci.model.KeyDemand#getId <em>Id</em>}</li>
 *   <li>{@link org.openqci.model.KeyDemand#getFrom <em>From</em>}</li>
 *   <li>{@link org.openqci.model.KeyDemand#getTo <em>To</em>}</li>
 *   <li>{@link org.openqci.model.KeyDemand#getRate <em>Rate</em>}</li>
 * </ul>
 *
 * @see org.openqci.model.QciPackage#getKeyDemand()
 * @model
 * @generated
 */
public interface KeyDemand extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.openqci.model.QciPackage#getKeyDemand_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.openqci.model.KeyDemand#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From</em>' attribute.
	 * @see #setFrom(String)
	 * @see org.openqci.model.QciPackage#getKeyDemand_From()
	 * @model required="true"
	 * @generated
	 */
	String getFrom();

	/**
	 * Sets the value of the '{@link org.openqci.model.KeyDemand#getFrom <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' attribute.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(String value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' attribute.
	 * @see #setTo(String)
	 * @see org.openqci.model.QciPackage#getKeyDemand_To()
	 * @model required="true"
	 * @generated
	 */
	String getTo();

	/**
	 * Sets the value of the '{@link org.openqci.model.KeyDemand#getTo <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' attribute.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(String value);

	/**
	 * Returns the value of the '<em><b>Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rate</em>' attribute.
	 * @see #isSetRate()
	 * @see #unsetRate()
	 * @see #setRate(double)
	 * @see org.openqci.model.QciPackage#getKeyDemand_Rate()
	 * @model unsettable="true"
	 * @generated
	 */
	double getRate();

	/**
	 * Sets the value of the '{@link org.openqci.model.KeyDemand#getRate <em>Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rate</em>' attribute.
	 * @see #isSetRate()
	 * @see #unsetRate()
	 * @see #getRate()
	 * @generated
	 */
	void setRate(double value);

	/**
	 * Unsets the value of the '{@link org.openqci.model.KeyDemand#getRate <em>Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRate()
	 * @see #getRate()
	 * @see #setRate(double)
	 * @generated
	 */
	void unsetRate();

	/**
	 * Returns whether the value of the '{@link org.openqci.model.KeyDemand#getRate <em>Rate</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Rate</em>' attribute is set.
	 * @see #unsetRate()
	 * @see #getRate()
	 * @see #setRate(double)
	 * @generated
	 */
	boolean isSetRate();

} // KeyDemand
