/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.openqci.model.GroundStation;
import org.openqci.model.PassAnalysis;
import org.openqci.model.QciPackage;
import org.openqci.model.Satellite;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pass Analysis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.openqci.model.impl.PassAnalysisImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.openqci.model.impl.PassAnalysisImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.openqci.model.impl.PassAnalysisImpl#getStep <em>Step</em>}</li>
 *   <li>{@link org.openqci.model.impl.PassAnalysisImpl#getSatellite <em>Satellite</em>}</li>
 *   <li>{@link org.openqci.model.impl.PassAnalysisImpl#getStations <em>Stations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PassAnalysisImpl extends EObjectImpl implements PassAnalysis {
	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final String START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected String start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final String END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected String end = END_EDEFAULT;

	/**
	 * The default value of the '{@link #getStep() <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStep()
	 * @generated
	 * @ordered
	 */
	protected static final double STEP_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getStep() <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStep()
	 * @generated
	 * @ordered
	 */
	protected double step = STEP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSatellite() <em>Satellite</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSatellite()
	 * @generated
	 * @ordered
	 */
	protected Satellite satellite;

	/**
	 * The cached value of the '{@link #getStations() <em>Stations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStations()
	 * @generated
	 * @ordered
	 */
	protected EList<GroundStation> stations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PassAnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QciPackage.Literals.PASS_ANALYSIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(String newStart) {
		String oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.PASS_ANALYSIS__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(String newEnd) {
		String oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.PASS_ANALYSIS__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStep() {
		return step;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStep(double newStep) {
		double oldStep = step;
		step = newStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.PASS_ANALYSIS__STEP, oldStep, step));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Satellite getSatellite() {
		return satellite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSatellite(Satellite newSatellite, NotificationChain msgs) {
		Satellite oldSatellite = satellite;
		satellite = newSatellite;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, QciPackage.PASS_ANALYSIS__SATELLITE, oldSatellite, newSatellite);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSatellite(Satellite newSatellite) {
		if (newSatellite != satellite) {
			NotificationChain msgs = null;
			if (satellite != null)
				msgs = ((InternalEObject)satellite).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - QciPackage.PASS_ANALYSIS__SATELLITE, null, msgs);
			if (newSatellite != null)
				msgs = ((InternalEObject)newSatellite).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - QciPackage.PASS_ANALYSIS__SATELLITE, null, msgs);
			msgs = basicSetSatellite(newSatellite, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.PASS_ANALYSIS__SATELLITE, newSatellite, newSatellite));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GroundStation> getStations() {
		if (stations == null) {
			stations = new EObjectContainmentEList<GroundStation>(GroundStation.class, this, QciPackage.PASS_ANALYSIS__STATIONS);
		}
		return stations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case QciPackage.PASS_ANALYSIS__SATELLITE:
				return basicSetSatellite(null, msgs);
			case QciPackage.PASS_ANALYSIS__STATIONS:
				return ((InternalEList<?>)getStations()).basicRemove(otherEnd, msgs);
			default:
				return super.eInverseRemove(otherEnd, featureID, msgs);
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QciPackage.PASS_ANALYSIS__START:
				return getStart();
			case QciPackage.PASS_ANALYSIS__END:
				return getEnd();
			case QciPackage.PASS_ANALYSIS__STEP:
				return getStep();
			case QciPackage.PASS_ANALYSIS__SATELLITE:
				return getSatellite();
			case QciPackage.PASS_ANALYSIS__STATIONS:
				return getStations();
			default:
				return super.eGet(featureID, resolve, coreType);
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case QciPackage.PASS_ANALYSIS__START:
				setStart((String)newValue);
				return;
			case QciPackage.PASS_ANALYSIS__END:
				setEnd((String)newValue);
				return;
			case QciPackage.PASS_ANALYSIS__STEP:
				setStep((Double)newValue);
				return;
			case QciPackage.PASS_ANALYSIS__SATELLITE:
				setSatellite((Satellite)newValue);
				return;
			case QciPackage.PASS_ANALYSIS__STATIONS:
				getStations().clear();
				getStations().addAll((Collection<? extends GroundStation>)newValue);
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
			case QciPackage.PASS_ANALYSIS__START:
				setStart(START_EDEFAULT);
				return;
			case QciPackage.PASS_ANALYSIS__END:
				setEnd(END_EDEFAULT);
				return;
			case QciPackage.PASS_ANALYSIS__STEP:
				setStep(STEP_EDEFAULT);
				return;
			case QciPackage.PASS_ANALYSIS__SATELLITE:
				setSatellite((Satellite)null);
				return;
			case QciPackage.PASS_ANALYSIS__STATIONS:
				getStations().clear();
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
			case QciPackage.PASS_ANALYSIS__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case QciPackage.PASS_ANALYSIS__END:
				return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
			case QciPackage.PASS_ANALYSIS__STEP:
				return step != STEP_EDEFAULT;
			case QciPackage.PASS_ANALYSIS__SATELLITE:
				return satellite != null;
			case QciPackage.PASS_ANALYSIS__STATIONS:
				return stations != null && !stations.isEmpty();
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
		result.append(" (start: "); //$NON-NLS-1$
		result.append(start);
		result.append(", end: "); //$NON-NLS-1$
		result.append(end);
		result.append(", step: "); //$NON-NLS-1$
		result.append(step);
		result.append(')');
		return result.toString();
	}

} //PassAnalysisImpl
