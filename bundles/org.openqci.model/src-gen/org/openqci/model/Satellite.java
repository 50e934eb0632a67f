/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Satellite</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A satellite's orbit: a two-line element set (propagated with SGP4), or Keplerian elements at an epoch (propagated analytically with J2).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.openqci.model.Satellite#getName <em>Name</em>}</li>
 *   <li>{@link org.openqci.model.Satellite#getTleLine1 <em>Tle Line1</em>}</li>
 *   <li>{@link org.openqci.model.Satellite#getTleLine2 <em>Tle Line2</em>}</li>
 *   <li>{@link org.openqci.model.Satellite#getEpoch <em>Epoch</em>}</li>
 *   <li>{@link org.openqci.model.Satellite#getAltitude <em>Altitude</em>}</li>
 *   <li>{@link org.openqci.model.Satellite#getEccentricity <em>Eccentricity</em>}</li>
 *   <li>{@link org.openqci.model.Satellite#getInclination <em>Inclination</em>}</li>
 *   <li>{@link org.openqci.model.Satellite#getRaan <em>Raan</em>}</li>
 *   <li>{@link org.openqci.model.Satellite#getArgumentOfPerigee <em>Argument Of Perigee</em>}</li>
 *   <li>{@link org.openqci.model.Satellite#getMeanAnomaly <em>Mean Anomaly</em>}</li>
 * </ul>
 *
 * @see org.openqci.model.QciPackage#getSatellite()
 * @model
 * @generated
 */
public interface Satellite extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.openqci.model.QciPackage#getSatellite_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.openqci.model.Satellite#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Tle Line1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tle Line1</em>' attribute.
	 * @see #setTleLine1(String)
	 * @see org.openqci.model.QciPackage#getSatellite_TleLine1()
	 * @model
	 * @generated
	 */
	String getTleLine1();

	/**
	 * Sets the value of the '{@link org.openqci.model.Satellite#getTleLine1 <em>Tle Line1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tle Line1</em>' attribute.
	 * @see #getTleLine1()
	 * @generated
	 */
	void setTleLine1(String value);

	/**
	 * Returns the value of the '<em><b>Tle Line2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tle Line2</em>' attribute.
	 * @see #setTleLine2(String)
	 * @see org.openqci.model.QciPackage#getSatellite_TleLine2()
	 * @model
	 * @generated
	 */
	String getTleLine2();

	/**
	 * Sets the value of the '{@link org.openqci.model.Satellite#getTleLine2 <em>Tle Line2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tle Line2</em>' attribute.
	 * @see #getTleLine2()
	 * @generated
	 */
	void setTleLine2(String value);

	/**
	 * Returns the value of the '<em><b>Epoch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epoch</em>' attribute.
	 * @see #setEpoch(String)
	 * @see org.openqci.model.QciPackage#getSatellite_Epoch()
	 * @model
	 * @generated
	 */
	String getEpoch();

	/**
	 * Sets the value of the '{@link org.openqci.model.Satellite#getEpoch <em>Epoch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epoch</em>' attribute.
	 * @see #getEpoch()
	 * @generated
	 */
	void setEpoch(String value);

	/**
	 * Returns the value of the '<em><b>Altitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Altitude</em>' attribute.
	 * @see #isSetAltitude()
	 * @see #unsetAltitude()
	 * @see #setAltitude(double)
	 * @see org.openqci.model.QciPackage#getSatellite_Altitude()
	 * @model unsettable="true"
	 * @generated
	 */
	double getAltitude();

	/**
	 * Sets the value of the '{@link org.openqci.model.Satellite#getAltitude <em>Altitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Altitude</em>' attribute.
	 * @see #isSetAltitude()
	 * @see #unsetAltitude()
	 * @see #getAltitude()
	 * @generated
	 */
	void setAltitude(double value);

	/**
	 * Unsets the value of the '{@link org.openqci.model.Satellite#getAltitude <em>Altitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetAltitude()
	 * @see #getAltitude()
	 * @see #setAltitude(double)
	 * @generated
	 */
	void unsetAltitude();

	/**
	 * Returns whether the value of the '{@link org.openqci.model.Satellite#getAltitude <em>Altitude</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Altitude</em>' attribute is set.
	 * @see #unsetAltitude()
	 * @see #getAltitude()
	 * @see #setAltitude(double)
	 * @generated
	 */
	boolean isSetAltitude();

	/**
	 * Returns the value of the '<em><b>Eccentricity</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Eccentricity</em>' attribute.
	 * @see #setEccentricity(double)
	 * @see org.openqci.model.QciPackage#getSatellite_Eccentricity()
	 * @model default="0.0"
	 * @generated
	 */
	double getEccentricity();

	/**
	 * Sets the value of the '{@link org.openqci.model.Satellite#getEccentricity <em>Eccentricity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Eccentricity</em>' attribute.
	 * @see #getEccentricity()
	 * @generated
	 */
	void setEccentricity(double value);

	/**
	 * Returns the value of the '<em><b>Inclination</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inclination</em>' attribute.
	 * @see #isSetInclination()
	 * @see #unsetInclination()
	 * @see #setInclination(double)
	 * @see org.openqci.model.QciPackage#getSatellite_Inclination()
	 * @model unsettable="true"
	 * @generated
	 */
	double getInclination();

	/**
	 * Sets the value of the '{@link org.openqci.model.Satellite#getInclination <em>Inclination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inclination</em>' attribute.
	 * @see #isSetInclination()
	 * @see #unsetInclination()
	 * @see #getInclination()
	 * @generated
	 */
	void setInclination(double value);

	/**
	 * Unsets the value of the '{@link org.openqci.model.Satellite#getInclination <em>Inclination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetInclination()
	 * @see #getInclination()
	 * @see #setInclination(double)
	 * @generated
	 */
	void unsetInclination();

	/**
	 * Returns whether the value of the '{@link org.openqci.model.Satellite#getInclination <em>Inclination</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Inclination</em>' attribute is set.
	 * @see #unsetInclination()
	 * @see #getInclination()
	 * @see #setInclination(double)
	 * @generated
	 */
	boolean isSetInclination();

	/**
	 * Returns the value of the '<em><b>Raan</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Raan</em>' attribute.
	 * @see #setRaan(double)
	 * @see org.openqci.model.QciPackage#getSatellite_Raan()
	 * @model default="0.0"
	 * @generated
	 */
	double getRaan();

	/**
	 * Sets the value of the '{@link org.openqci.model.Satellite#getRaan <em>Raan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Raan</em>' attribute.
	 * @see #getRaan()
	 * @generated
	 */
	void setRaan(double value);

	/**
	 * Returns the value of the '<em><b>Argument Of Perigee</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Argument Of Perigee</em>' attribute.
	 * @see #setArgumentOfPerigee(double)
	 * @see org.openqci.model.QciPackage#getSatellite_ArgumentOfPerigee()
	 * @model default="0.0"
	 * @generated
	 */
	double getArgumentOfPerigee();

	/**
	 * Sets the value of the '{@link org.openqci.model.Satellite#getArgumentOfPerigee <em>Argument Of Perigee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Argument Of Perigee</em>' attribute.
	 * @see #getArgumentOfPerigee()
	 * @generated
	 */
	void setArgumentOfPerigee(double value);

	/**
	 * Returns the value of the '<em><b>Mean Anomaly</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mean Anomaly</em>' attribute.
	 * @see #setMeanAnomaly(double)
	 * @see org.openqci.model.QciPackage#getSatellite_MeanAnomaly()
	 * @model default="0.0"
	 * @generated
	 */
	double getMeanAnomaly();

	/**
	 * Sets the value of the '{@link org.openqci.model.Satellite#getMeanAnomaly <em>Mean Anomaly</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mean Anomaly</em>' attribute.
	 * @see #getMeanAnomaly()
	 * @generated
	 */
	void setMeanAnomaly(double value);

} // Satellite
