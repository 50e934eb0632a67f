/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pass Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Satellite passes over ground stations in a date range: the engine predicts the passes from the orbit and evaluates every link with a satellite channel segment along each pass, the whole pass one finite-key block.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.openqci.model.PassAnalysis#getStart <em>Start</em>}</li>
 *   <li>{@link org.openqci.model.PassAnalysis#getEnd <em>End</em>}</li>
 *   <li>{@link org.openqci.model.PassAnalysis#getStep <em>Step</em>}</li>
 *   <li>{@link org.openqci.model.PassAnalysis#getSatellite <em>Satellite</em>}</li>
 *   <li>{@link org.openqci.model.PassAnalysis#getStations <em>Stations</em>}</li>
 * </ul>
 *
 * @see org.openqci.model.QciPackage#getPassAnalysis()
 * @model
 * @generated
 */
public interface PassAnalysis extends EObject {
	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(String)
	 * @see org.openqci.model.QciPackage#getPassAnalysis_Start()
	 * @model required="true"
	 * @generated
	 */
	String getStart();

	/**
	 * Sets the value of the '{@link org.openqci.model.PassAnalysis#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(String value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(String)
	 * @see org.openqci.model.QciPackage#getPassAnalysis_End()
	 * @model required="true"
	 * @generated
	 */
	String getEnd();

	/**
	 * Sets the value of the '{@link org.openqci.model.PassAnalysis#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(String value);

	/**
	 * Returns the value of the '<em><b>Step</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Step</em>' attribute.
	 * @see #setStep(double)
	 * @see org.openqci.model.QciPackage#getPassAnalysis_Step()
	 * @model default="1.0"
	 * @generated
	 */
	double getStep();

	/**
	 * Sets the value of the '{@link org.openqci.model.PassAnalysis#getStep <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' attribute.
	 * @see #getStep()
	 * @generated
	 */
	void setStep(double value);

	/**
	 * Returns the value of the '<em><b>Satellite</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Satellite</em>' containment reference.
	 * @see #setSatellite(Satellite)
	 * @see org.openqci.model.QciPackage#getPassAnalysis_Satellite()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Satellite getSatellite();

	/**
	 * Sets the value of the '{@link org.openqci.model.PassAnalysis#getSatellite <em>Satellite</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Satellite</em>' containment reference.
	 * @see #getSatellite()
	 * @generated
	 */
	void setSatellite(Satellite value);

	/**
	 * Returns the value of the '<em><b>Stations</b></em>' containment reference list.
	 * The list contents are of type {@link org.openqci.model.GroundStation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stations</em>' containment reference list.
	 * @see org.openqci.model.QciPackage#getPassAnalysis_Stations()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<GroundStation> getStations();

} // PassAnalysis
