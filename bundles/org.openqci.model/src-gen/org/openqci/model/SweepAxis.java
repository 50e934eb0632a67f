/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sweep Axis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A swept parameter: its path ([link.]component.parameter), the range in the given unit, the number of points and the spacing.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.openqci.model.SweepAxis#getParameter <em>Parameter</em>}</li>
 *   <li>{@link org.openqci.model.SweepAxis#getFrom <em>From</em>}</li>
 *   <li>{@link org.openqci.model.SweepAxis#getTo <em>To</em>}</li>
 *   <li>{@link org.openqci.model.SweepAxis#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.openqci.model.SweepAxis#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.openqci.model.SweepAxis#isLogarithmic <em>Logarithmic</em>}</li>
 * </ul>
 *
 * @see org.openqci.model.QciPackage#getSweepAxis()
 * @model
 * @generated
 */
public interface SweepAxis extends EObject {
	/**
	 * Returns the value of the '<em><b>Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameter</em>' attribute.
	 * @see #setParameter(String)
	 * @see org.openqci.model.QciPackage#getSweepAxis_Parameter()
	 * @model required="true"
	 * @generated
	 */
	String getParameter();

	/**
	 * Sets the value of the '{@link org.openqci.model.SweepAxis#getParameter <em>Parameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameter</em>' attribute.
	 * @see #getParameter()
	 * @generated
	 */
	void setParameter(String value);

	/**
	 * Returns the value of the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From</em>' attribute.
	 * @see #setFrom(double)
	 * @see org.openqci.model.QciPackage#getSweepAxis_From()
	 * @model
	 * @generated
	 */
	double getFrom();

	/**
	 * Sets the value of the '{@link org.openqci.model.SweepAxis#getFrom <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' attribute.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(double value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' attribute.
	 * @see #setTo(double)
	 * @see org.openqci.model.QciPackage#getSweepAxis_To()
	 * @model
	 * @generated
	 */
	double getTo();

	/**
	 * Sets the value of the '{@link org.openqci.model.SweepAxis#getTo <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' attribute.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(double value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' attribute.
	 * The default value is <code>"50"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' attribute.
	 * @see #setSteps(int)
	 * @see org.openqci.model.QciPackage#getSweepAxis_Steps()
	 * @model default="50"
	 * @generated
	 */
	int getSteps();

	/**
	 * Sets the value of the '{@link org.openqci.model.SweepAxis#getSteps <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Steps</em>' attribute.
	 * @see #getSteps()
	 * @generated
	 */
	void setSteps(int value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.openqci.model.QciPackage#getSweepAxis_Unit()
	 * @model default=""
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.openqci.model.SweepAxis#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Logarithmic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Logarithmic</em>' attribute.
	 * @see #setLogarithmic(boolean)
	 * @see org.openqci.model.QciPackage#getSweepAxis_Logarithmic()
	 * @model
	 * @generated
	 */
	boolean isLogarithmic();

	/**
	 * Sets the value of the '{@link org.openqci.model.SweepAxis#isLogarithmic <em>Logarithmic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Logarithmic</em>' attribute.
	 * @see #isLogarithmic()
	 * @generated
	 */
	void setLogarithmic(boolean value);

} // SweepAxis
