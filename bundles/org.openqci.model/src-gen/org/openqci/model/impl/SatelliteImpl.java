/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.openqci.model.QciPackage;
import org.openqci.model.Satellite;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Satellite</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.openqci.model.impl.SatelliteImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.openqci.model.impl.SatelliteImpl#getTleLine1 <em>Tle Line1</em>}</li>
 *   <li>{@link org.openqci.model.impl.SatelliteImpl#getTleLine2 <em>Tle Line2</em>}</li>
 *   <li>{@link org.openqci.model.impl.SatelliteImpl#getEpoch <em>Epoch</em>}</li>
 *   <li>{@link org.openqci.model.impl.SatelliteImpl#getAltitude <em>Altitude</em>}</li>
 *   <li>{@link org.openqci.model.impl.SatelliteImpl#getEccentricity <em>Eccentricity</em>}</li>
 *   <li>{@link org.openqci.model.impl.SatelliteImpl#getInclination <em>Inclination</em>}</li>
 *   <li>{@link org.openqci.model.impl.SatelliteImpl#getRaan <em>Raan</em>}</li>
 *   <li>{@link org.openqci.model.impl.SatelliteImpl#getArgumentOfPerigee <em>Argument Of Perigee</em>}</li>
 *   <li>{@link org.openqci.model.impl.SatelliteImpl#getMeanAnomaly <em>Mean Anomaly</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SatelliteImpl extends EObjectImpl implements Satellite {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTleLine1() <em>Tle Line1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTleLine1()
	 * @generated
	 * @ordered
	 */
	protected static final String TLE_LINE1_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTleLine1() <em>Tle Line1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTleLine1()
	 * @generated
	 * @ordered
	 */
	protected String tleLine1 = TLE_LINE1_EDEFAULT;

	/**
	 * The default value of the '{@link #getTleLine2() <em>Tle Line2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTleLine2()
	 * @generated
	 * @ordered
	 */
	protected static final String TLE_LINE2_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTleLine2() <em>Tle Line2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTleLine2()
	 * @generated
	 * @ordered
	 */
	protected String tleLine2 = TLE_LINE2_EDEFAULT;

	/**
	 * The default value of the '{@link #getEpoch() <em>Epoch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpoch()
	 * @generated
	 * @ordered
	 */
	protected static final String EPOCH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEpoch() <em>Epoch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpoch()
	 * @generated
	 * @ordered
	 */
	protected String epoch = EPOCH_EDEFAULT;

	/**
	 * The default value of the '{@link #getAltitude() <em>Altitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAltitude()
	 * @generated
	 * @ordered
	 */
	protected static final double ALTITUDE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAltitude() <em>Altitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAltitude()
	 * @generated
	 * @ordered
	 */
	protected double altitude = ALTITUDE_EDEFAULT;

	/**
	 * This is true if the Altitude attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean altitudeESet;

	/**
	 * The default value of the '{@link #getEccentricity() <em>Eccentricity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEccentricity()
	 * @generated
	 * @ordered
	 */
	protected static final double ECCENTRICITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getEccentricity() <em>Eccentricity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEccentricity()
	 * @generated
	 * @ordered
	 */
	protected double eccentricity = ECCENTRICITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getInclination() <em>Inclination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInclination()
	 * @generated
	 * @ordered
	 */
	protected static final double INCLINATION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getInclination() <em>Inclination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInclination()
	 * @generated
	 * @ordered
	 */
	protected double inclination = INCLINATION_EDEFAULT;

	/**
	 * This is true if the Inclination attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean inclinationESet;

	/**
	 * The default value of the '{@link #getRaan() <em>Raan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaan()
	 * @generated
	 * @ordered
	 */
	protected static final double RAAN_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRaan() <em>Raan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaan()
	 * @generated
	 * @ordered
	 */
	protected double raan = RAAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getArgumentOfPerigee() <em>Argument Of Perigee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArgumentOfPerigee()
	 * @generated
	 * @ordered
	 */
	protected static final double ARGUMENT_OF_PERIGEE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getArgumentOfPerigee() <em>Argument Of Perigee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArgumentOfPerigee()
	 * @generated
	 * @ordered
	 */
	protected double argumentOfPerigee = ARGUMENT_OF_PERIGEE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeanAnomaly() <em>Mean Anomaly</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeanAnomaly()
	 * @generated
	 * @ordered
	 */
	protected static final double MEAN_ANOMALY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMeanAnomaly() <em>Mean Anomaly</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeanAnomaly()
	 * @generated
	 * @ordered
	 */
	protected double meanAnomaly = MEAN_ANOMALY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SatelliteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QciPackage.Literals.SATELLITE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.SATELLITE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTleLine1() {
		return tleLine1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTleLine1(String newTleLine1) {
		String oldTleLine1 = tleLine1;
		tleLine1 = newTleLine1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.SATELLITE__TLE_LINE1, oldTleLine1, tleLine1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTleLine2() {
		return tleLine2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTleLine2(String newTleLine2) {
		String oldTleLine2 = tleLine2;
		tleLine2 = newTleLine2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.SATELLITE__TLE_LINE2, oldTleLine2, tleLine2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEpoch() {
		return epoch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpoch(String newEpoch) {
		String oldEpoch = epoch;
		epoch = newEpoch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.SATELLITE__EPOCH, oldEpoch, epoch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAltitude() {
		return altitude;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAltitude(double newAltitude) {
		double oldAltitude = altitude;
		altitude = newAltitude;
		boolean oldAltitudeESet = altitudeESet;
		altitudeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.SATELLITE__ALTITUDE, oldAltitude, altitude, !oldAltitudeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetAltitude() {
		double oldAltitude = altitude;
		boolean oldAltitudeESet = altitudeESet;
		altitude = ALTITUDE_EDEFAULT;
		altitudeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, QciPackage.SATELLITE__ALTITUDE, oldAltitude, ALTITUDE_EDEFAULT, oldAltitudeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetAltitude() {
		return altitudeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEccentricity() {
		return eccentricity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEccentricity(double newEccentricity) {
		double oldEccentricity = eccentricity;
		eccentricity = newEccentricity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.SATELLITE__ECCENTRICITY, oldEccentricity, eccentricity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInclination() {
		return inclination;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInclination(double newInclination) {
		double oldInclination = inclination;
		inclination = newInclination;
		boolean oldInclinationESet = inclinationESet;
		inclinationESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.SATELLITE__INCLINATION, oldInclination, inclination, !oldInclinationESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetInclination() {
		double oldInclination = inclination;
		boolean oldInclinationESet = inclinationESet;
		inclination = INCLINATION_EDEFAULT;
		inclinationESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, QciPackage.SATELLITE__INCLINATION, oldInclination, INCLINATION_EDEFAULT, oldInclinationESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetInclination() {
		return inclinationESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRaan() {
		return raan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRaan(double newRaan) {
		double oldRaan = raan;
		raan = newRaan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.SATELLITE__RAAN, oldRaan, raan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getArgumentOfPerigee() {
		return argumentOfPerigee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArgumentOfPerigee(double newArgumentOfPerigee) {
		double oldArgumentOfPerigee = argumentOfPerigee;
		argumentOfPerigee = newArgumentOfPerigee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.SATELLITE__ARGUMENT_OF_PERIGEE, oldArgumentOfPerigee, argumentOfPerigee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMeanAnomaly() {
		return meanAnomaly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeanAnomaly(double newMeanAnomaly) {
		double oldMeanAnomaly = meanAnomaly;
		meanAnomaly = newMeanAnomaly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.SATELLITE__MEAN_ANOMALY, oldMeanAnomaly, meanAnomaly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QciPackage.SATELLITE__NAME:
				return getName();
			case QciPackage.SATELLITE__TLE_LINE1:
				return getTleLine1();
			case QciPackage.SATELLITE__TLE_LINE2:
				return getTleLine2();
			case QciPackage.SATELLITE__EPOCH:
				return getEpoch();
			case QciPackage.SATELLITE__ALTITUDE:
				return getAltitude();
			case QciPackage.SATELLITE__ECCENTRICITY:
				return getEccentricity();
			case QciPackage.SATELLITE__INCLINATION:
				return getInclination();
			case QciPackage.SATELLITE__RAAN:
				return getRaan();
			case QciPackage.SATELLITE__ARGUMENT_OF_PERIGEE:
				return getArgumentOfPerigee();
			case QciPackage.SATELLITE__MEAN_ANOMALY:
				return getMeanAnomaly();
			default:
				return super.eGet(featureID, resolve, coreType);
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case QciPackage.SATELLITE__NAME:
				setName((String)newValue);
				return;
			case QciPackage.SATELLITE__TLE_LINE1:
				setTleLine1((String)newValue);
				return;
			case QciPackage.SATELLITE__TLE_LINE2:
				setTleLine2((String)newValue);
				return;
			case QciPackage.SATELLITE__EPOCH:
				setEpoch((String)newValue);
				return;
			case QciPackage.SATELLITE__ALTITUDE:
				setAltitude((Double)newValue);
				return;
			case QciPackage.SATELLITE__ECCENTRICITY:
				setEccentricity((Double)newValue);
				return;
			case QciPackage.SATELLITE__INCLINATION:
				setInclination((Double)newValue);
				return;
			case QciPackage.SATELLITE__RAAN:
				setRaan((Double)newValue);
				return;
			case QciPackage.SATELLITE__ARGUMENT_OF_PERIGEE:
				setArgumentOfPerigee((Double)newValue);
				return;
			case QciPackage.SATELLITE__MEAN_ANOMALY:
				setMeanAnomaly((Double)newValue);
				return;
			default:
				super.eSet(featureID, newValue);
				return;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case QciPackage.SATELLITE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case QciPackage.SATELLITE__TLE_LINE1:
				setTleLine1(TLE_LINE1_EDEFAULT);
				return;
			case QciPackage.SATELLITE__TLE_LINE2:
				setTleLine2(TLE_LINE2_EDEFAULT);
				return;
			case QciPackage.SATELLITE__EPOCH:
				setEpoch(EPOCH_EDEFAULT);
				return;
			case QciPackage.SATELLITE__ALTITUDE:
				unsetAltitude();
				return;
			case QciPackage.SATELLITE__ECCENTRICITY:
				setEccentricity(ECCENTRICITY_EDEFAULT);
				return;
			case QciPackage.SATELLITE__INCLINATION:
				unsetInclination();
				return;
			case QciPackage.SATELLITE__RAAN:
				setRaan(RAAN_EDEFAULT);
				return;
			case QciPackage.SATELLITE__ARGUMENT_OF_PERIGEE:
				setArgumentOfPerigee(ARGUMENT_OF_PERIGEE_EDEFAULT);
				return;
			case QciPackage.SATELLITE__MEAN_ANOMALY:
				setMeanAnomaly(MEAN_ANOMALY_EDEFAULT);
				return;
			default:
				super.eUnset(featureID);
				return;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case QciPackage.SATELLITE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case QciPackage.SATELLITE__TLE_LINE1:
				return TLE_LINE1_EDEFAULT == null ? tleLine1 != null : !TLE_LINE1_EDEFAULT.equals(tleLine1);
			case QciPackage.SATELLITE__TLE_LINE2:
				return TLE_LINE2_EDEFAULT == null ? tleLine2 != null : !TLE_LINE2_EDEFAULT.equals(tleLine2);
			case QciPackage.SATELLITE__EPOCH:
				return EPOCH_EDEFAULT == null ? epoch != null : !EPOCH_EDEFAULT.equals(epoch);
			case QciPackage.SATELLITE__ALTITUDE:
				return isSetAltitude();
			case QciPackage.SATELLITE__ECCENTRICITY:
				return eccentricity != ECCENTRICITY_EDEFAULT;
			case QciPackage.SATELLITE__INCLINATION:
				return isSetInclination();
			case QciPackage.SATELLITE__RAAN:
				return raan != RAAN_EDEFAULT;
			case QciPackage.SATELLITE__ARGUMENT_OF_PERIGEE:
				return argumentOfPerigee != ARGUMENT_OF_PERIGEE_EDEFAULT;
			case QciPackage.SATELLITE__MEAN_ANOMALY:
				return meanAnomaly != MEAN_ANOMALY_EDEFAULT;
			default:
				return super.eIsSet(featureID);
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", tleLine1: "); //$NON-NLS-1$
		result.append(tleLine1);
		result.append(", tleLine2: "); //$NON-NLS-1$
		result.append(tleLine2);
		result.append(", epoch: "); //$NON-NLS-1$
		result.append(epoch);
		result.append(", altitude: "); //$NON-NLS-1$
		if (altitudeESet) result.append(altitude); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", eccentricity: "); //$NON-NLS-1$
		result.append(eccentricity);
		result.append(", inclination: "); //$NON-NLS-1$
		if (inclinationESet) result.append(inclination); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", raan: "); //$NON-NLS-1$
		result.append(raan);
		result.append(", argumentOfPerigee: "); //$NON-NLS-1$
		result.append(argumentOfPerigee);
		result.append(", meanAnomaly: "); //$NON-NLS-1$
		result.append(meanAnomaly);
		result.append(')');
		return result.toString();
	}

} //SatelliteImpl
