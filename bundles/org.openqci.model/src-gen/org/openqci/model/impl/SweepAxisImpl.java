/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.openqci.model.QciPackage;
import org.openqci.model.SweepAxis;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sweep Axis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.openqci.model.impl.SweepAxisImpl#getParameter <em>Parameter</em>}</li>
 *   <li>{@link org.openqci.model.impl.SweepAxisImpl#getFrom <em>From</em>}</li>
 *   <li>{@link org.openqci.model.impl.SweepAxisImpl#getTo <em>To</em>}</li>
 *   <li>{@link org.openqci.model.impl.SweepAxisImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.openqci.model.impl.SweepAxisImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.openqci.model.impl.SweepAxisImpl#isLogarithmic <em>Logarithmic</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SweepAxisImpl extends EObjectImpl implements SweepAxis {
	/**
	 * The default value of the '{@link #getParameter() <em>Parameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameter()
	 * @generated
	 * @ordered
	 */
	protected static final String PARAMETER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParameter() <em>Parameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameter()
	 * @generated
	 * @ordered
	 */
	protected String parameter = PARAMETER_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrom() <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrom()
	 * @generated
	 * @ordered
	 */
	protected static final double FROM_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getFrom() <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrom()
	 * @generated
	 * @ordered
	 */
	protected double from = FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getTo() <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected static final double TO_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTo() <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected double to = TO_EDEFAULT;

	/**
	 * The default value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected static final int STEPS_EDEFAULT = 50;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected int steps = STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = ""; //$NON-NLS-1$

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #isLogarithmic() <em>Logarithmic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLogarithmic()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LOGARITHMIC_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLogarithmic() <em>Logarithmic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLogarithmic()
	 * @generated
	 * @ordered
	 */
	protected boolean logarithmic = LOGARITHMIC_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SweepAxisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QciPackage.Literals.SWEEP_AXIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParameter() {
		return parameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParameter(String newParameter) {
		String oldParameter = parameter;
		parameter = newParameter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.SWEEP_AXIS__PARAMETER, oldParameter, parameter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFrom() {
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrom(double newFrom) {
		double oldFrom = from;
		from = newFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.SWEEP_AXIS__FROM, oldFrom, from));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTo() {
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTo(double newTo) {
		double oldTo = to;
		to = newTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.SWEEP_AXIS__TO, oldTo, to));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSteps() {
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSteps(int newSteps) {
		int oldSteps = steps;
		steps = newSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.SWEEP_AXIS__STEPS, oldSteps, steps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.SWEEP_AXIS__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLogarithmic() {
		return logarithmic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLogarithmic(boolean newLogarithmic) {
		boolean oldLogarithmic = logarithmic;
		logarithmic = newLogarithmic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.SWEEP_AXIS__LOGARITHMIC, oldLogarithmic, logarithmic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QciPackage.SWEEP_AXIS__PARAMETER:
				return getParameter();
			case QciPackage.SWEEP_AXIS__FROM:
				return getFrom();
			case QciPackage.SWEEP_AXIS__TO:
				return getTo();
			case QciPackage.SWEEP_AXIS__STEPS:
				return getSteps();
			case QciPackage.SWEEP_AXIS__UNIT:
				return getUnit();
			case QciPackage.SWEEP_AXIS__LOGARITHMIC:
				return isLogarithmic();
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
			case QciPackage.SWEEP_AXIS__PARAMETER:
				setParameter((String)newValue);
				return;
			case QciPackage.SWEEP_AXIS__FROM:
				setFrom((Double)newValue);
				return;
			case QciPackage.SWEEP_AXIS__TO:
				setTo((Double)newValue);
				return;
			case QciPackage.SWEEP_AXIS__STEPS:
				setSteps((Integer)newValue);
				return;
			case QciPackage.SWEEP_AXIS__UNIT:
				setUnit((String)newValue);
				return;
			case QciPackage.SWEEP_AXIS__LOGARITHMIC:
				setLogarithmic((Boolean)newValue);
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
			case QciPackage.SWEEP_AXIS__PARAMETER:
				setParameter(PARAMETER_EDEFAULT);
				return;
			case QciPackage.SWEEP_AXIS__FROM:
				setFrom(FROM_EDEFAULT);
				return;
			case QciPackage.SWEEP_AXIS__TO:
				setTo(TO_EDEFAULT);
				return;
			case QciPackage.SWEEP_AXIS__STEPS:
				setSteps(STEPS_EDEFAULT);
				return;
			case QciPackage.SWEEP_AXIS__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case QciPackage.SWEEP_AXIS__LOGARITHMIC:
				setLogarithmic(LOGARITHMIC_EDEFAULT);
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
			case QciPackage.SWEEP_AXIS__PARAMETER:
				return PARAMETER_EDEFAULT == null ? parameter != null : !PARAMETER_EDEFAULT.equals(parameter);
			case QciPackage.SWEEP_AXIS__FROM:
				return from != FROM_EDEFAULT;
			case QciPackage.SWEEP_AXIS__TO:
				return to != TO_EDEFAULT;
			case QciPackage.SWEEP_AXIS__STEPS:
				return steps != STEPS_EDEFAULT;
			case QciPackage.SWEEP_AXIS__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case QciPackage.SWEEP_AXIS__LOGARITHMIC:
				return logarithmic != LOGARITHMIC_EDEFAULT;
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
		result.append(" (parameter: "); //$NON-NLS-1$
		result.append(parameter);
		result.append(", from: "); //$NON-NLS-1$
		result.append(from);
		result.append(", to: "); //$NON-NLS-1$
		result.append(to);
		result.append(", steps: "); //$NON-NLS-1$
		result.append(steps);
		result.append(", unit: "); //$NON-NLS-1$
		result.append(unit);
		result.append(", logarithmic: "); //$NON-NLS-1$
		result.append(logarithmic);
		result.append(')');
		return result.toString();
	}

} //SweepAxisImpl
