/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Parameter Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A parameter value with its unit. When optimise is set, the engine treats the parameter as free and maximises the key rate over the descriptor's range at every sweep point.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.openqci.model.ParameterValue#getName <em>Name</em>}</li>
 *   <li>{@link org.openqci.model.ParameterValue#getValue <em>Value</em>}</li>
 *   <li>{@link org.openqci.model.ParameterValue#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.openqci.model.ParameterValue#isOptimise <em>Optimise</em>}</li>
 * </ul>
 *
 * @see org.openqci.model.QciPackage#getParameterValue()
 * @model
 * @generated
 */
public interface ParameterValue extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.openqci.model.QciPackage#getParameterValue_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.openqci.model.ParameterValue#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #isSetValue()
	 * @see #unsetValue()
	 * @see #setValue(double)
	 * @see org.openqci.model.QciPackage#getParameterValue_Value()
	 * @model unsettable="true"
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.openqci.model.ParameterValue#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #isSetValue()
	 * @see #unsetValue()
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Unsets the value of the '{@link org.openqci.model.ParameterValue#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetValue()
	 * @see #getValue()
	 * @see #setValue(double)
	 * @generated
	 */
	void unsetValue();

	/**
	 * Returns whether the value of the '{@link org.openqci.model.ParameterValue#getValue <em>Value</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Value</em>' attribute is set.
	 * @see #unsetValue()
	 * @see #getValue()
	 * @see #setValue(double)
	 * @generated
	 */
	boolean isSetValue();

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.openqci.model.QciPackage#getParameterValue_Unit()
	 * @model default=""
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.openqci.model.ParameterValue#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Optimise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Optimise</em>' attribute.
	 * @see #setOptimise(boolean)
	 * @see org.openqci.model.QciPackage#getParameterValue_Optimise()
	 * @model
	 * @generated
	 */
	boolean isOptimise();

	/**
	 * Sets the value of the '{@link org.openqci.model.ParameterValue#isOptimise <em>Optimise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optimise</em>' attribute.
	 * @see #isOptimise()
	 * @generated
	 */
	void setOptimise(boolean value);

} // ParameterValue
