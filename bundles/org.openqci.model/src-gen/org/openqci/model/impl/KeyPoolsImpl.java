/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.openqci.model.KeyPools;
import org.openqci.model.QciPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Key Pools</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.openqci.model.impl.KeyPoolsImpl#getDays <em>Days</em>}</li>
 *   <li>{@link org.openqci.model.impl.KeyPoolsImpl#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link org.openqci.model.impl.KeyPoolsImpl#getInitialFill <em>Initial Fill</em>}</li>
 *   <li>{@link org.openqci.model.impl.KeyPoolsImpl#getRequestSize <em>Request Size</em>}</li>
 *   <li>{@link org.openqci.model.impl.KeyPoolsImpl#getTimeout <em>Timeout</em>}</li>
 *   <li>{@link org.openqci.model.impl.KeyPoolsImpl#getHopLatency <em>Hop Latency</em>}</li>
 *   <li>{@link org.openqci.model.impl.KeyPoolsImpl#getSampleInterval <em>Sample Interval</em>}</li>
 *   <li>{@link org.openqci.model.impl.KeyPoolsImpl#getSeed <em>Seed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KeyPoolsImpl extends EObjectImpl implements KeyPools {
	/**
	 * The default value of the '{@link #getDays() <em>Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDays()
	 * @generated
	 * @ordered
	 */
	protected static final double DAYS_EDEFAULT = 7.0;

	/**
	 * The cached value of the '{@link #getDays() <em>Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDays()
	 * @generated
	 * @ordered
	 */
	protected double days = DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCapacity() <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacity()
	 * @generated
	 * @ordered
	 */
	protected static final double CAPACITY_EDEFAULT = 1.0E9;

	/**
	 * The cached value of the '{@link #getCapacity() <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacity()
	 * @generated
	 * @ordered
	 */
	protected double capacity = CAPACITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitialFill() <em>Initial Fill</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialFill()
	 * @generated
	 * @ordered
	 */
	protected static final double INITIAL_FILL_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getInitialFill() <em>Initial Fill</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialFill()
	 * @generated
	 * @ordered
	 */
	protected double initialFill = INITIAL_FILL_EDEFAULT;

	/**
	 * The default value of the '{@link #getRequestSize() <em>Request Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestSize()
	 * @generated
	 * @ordered
	 */
	protected static final double REQUEST_SIZE_EDEFAULT = 256000.0;

	/**
	 * The cached value of the '{@link #getRequestSize() <em>Request Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestSize()
	 * @generated
	 * @ordered
	 */
	protected double requestSize = REQUEST_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeout() <em>Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeout()
	 * @generated
	 * @ordered
	 */
	protected static final double TIMEOUT_EDEFAULT = 3600.0;

	/**
	 * The cached value of the '{@link #getTimeout() <em>Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeout()
	 * @generated
	 * @ordered
	 */
	protected double timeout = TIMEOUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getHopLatency() <em>Hop Latency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHopLatency()
	 * @generated
	 * @ordered
	 */
	protected static final double HOP_LATENCY_EDEFAULT = 0.01;

	/**
	 * The cached value of the '{@link #getHopLatency() <em>Hop Latency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHopLatency()
	 * @generated
	 * @ordered
	 */
	protected double hopLatency = HOP_LATENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSampleInterval() <em>Sample Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSampleInterval()
	 * @generated
	 * @ordered
	 */
	protected static final double SAMPLE_INTERVAL_EDEFAULT = 600.0;

	/**
	 * The cached value of the '{@link #getSampleInterval() <em>Sample Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSampleInterval()
	 * @generated
	 * @ordered
	 */
	protected double sampleInterval = SAMPLE_INTERVAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 1L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KeyPoolsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QciPackage.Literals.KEY_POOLS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDays() {
		return days;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDays(double newDays) {
		double oldDays = days;
		days = newDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.KEY_POOLS__DAYS, oldDays, days));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCapacity() {
		return capacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapacity(double newCapacity) {
		double oldCapacity = capacity;
		capacity = newCapacity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.KEY_POOLS__CAPACITY, oldCapacity, capacity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInitialFill() {
		return initialFill;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitialFill(double newInitialFill) {
		double oldInitialFill = initialFill;
		initialFill = newInitialFill;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.KEY_POOLS__INITIAL_FILL, oldInitialFill, initialFill));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRequestSize() {
		return requestSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequestSize(double newRequestSize) {
		double oldRequestSize = requestSize;
		requestSize = newRequestSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.KEY_POOLS__REQUEST_SIZE, oldRequestSize, requestSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTimeout() {
		return timeout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeout(double newTimeout) {
		double oldTimeout = timeout;
		timeout = newTimeout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.KEY_POOLS__TIMEOUT, oldTimeout, timeout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHopLatency() {
		return hopLatency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHopLatency(double newHopLatency) {
		double oldHopLatency = hopLatency;
		hopLatency = newHopLatency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.KEY_POOLS__HOP_LATENCY, oldHopLatency, hopLatency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSampleInterval() {
		return sampleInterval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSampleInterval(double newSampleInterval) {
		double oldSampleInterval = sampleInterval;
		sampleInterval = newSampleInterval;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.KEY_POOLS__SAMPLE_INTERVAL, oldSampleInterval, sampleInterval));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.KEY_POOLS__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QciPackage.KEY_POOLS__DAYS:
				return getDays();
			case QciPackage.KEY_POOLS__CAPACITY:
				return getCapacity();
			case QciPackage.KEY_POOLS__INITIAL_FILL:
				return getInitialFill();
			case QciPackage.KEY_POOLS__REQUEST_SIZE:
				return getRequestSize();
			case QciPackage.KEY_POOLS__TIMEOUT:
				return getTimeout();
			case QciPackage.KEY_POOLS__HOP_LATENCY:
				return getHopLatency();
			case QciPackage.KEY_POOLS__SAMPLE_INTERVAL:
				return getSampleInterval();
			case QciPackage.KEY_POOLS__SEED:
				return getSeed();
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
			case QciPackage.KEY_POOLS__DAYS:
				setDays((Double)newValue);
				return;
			case QciPackage.KEY_POOLS__CAPACITY:
				setCapacity((Double)newValue);
				return;
			case QciPackage.KEY_POOLS__INITIAL_FILL:
				setInitialFill((Double)newValue);
				return;
			case QciPackage.KEY_POOLS__REQUEST_SIZE:
				setRequestSize((Double)newValue);
				return;
			case QciPackage.KEY_POOLS__TIMEOUT:
				setTimeout((Double)newValue);
				return;
			case QciPackage.KEY_POOLS__HOP_LATENCY:
				setHopLatency((Double)newValue);
				return;
			case QciPackage.KEY_POOLS__SAMPLE_INTERVAL:
				setSampleInterval((Double)newValue);
				return;
			case QciPackage.KEY_POOLS__SEED:
				setSeed((Long)newValue);
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
			case QciPackage.KEY_POOLS__DAYS:
				setDays(DAYS_EDEFAULT);
				return;
			case QciPackage.KEY_POOLS__CAPACITY:
				setCapacity(CAPACITY_EDEFAULT);
				return;
			case QciPackage.KEY_POOLS__INITIAL_FILL:
				setInitialFill(INITIAL_FILL_EDEFAULT);
				return;
			case QciPackage.KEY_POOLS__REQUEST_SIZE:
				setRequestSize(REQUEST_SIZE_EDEFAULT);
				return;
			case QciPackage.KEY_POOLS__TIMEOUT:
				setTimeout(TIMEOUT_EDEFAULT);
				return;
			case QciPackage.KEY_POOLS__HOP_LATENCY:
				setHopLatency(HOP_LATENCY_EDEFAULT);
				return;
			case QciPackage.KEY_POOLS__SAMPLE_INTERVAL:
				setSampleInterval(SAMPLE_INTERVAL_EDEFAULT);
				return;
			case QciPackage.KEY_POOLS__SEED:
				setSeed(SEED_EDEFAULT);
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
			case QciPackage.KEY_POOLS__DAYS:
				return days != DAYS_EDEFAULT;
			case QciPackage.KEY_POOLS__CAPACITY:
				return capacity != CAPACITY_EDEFAULT;
			case QciPackage.KEY_POOLS__INITIAL_FILL:
				return initialFill != INITIAL_FILL_EDEFAULT;
			case QciPackage.KEY_POOLS__REQUEST_SIZE:
				return requestSize != REQUEST_SIZE_EDEFAULT;
			case QciPackage.KEY_POOLS__TIMEOUT:
				return timeout != TIMEOUT_EDEFAULT;
			case QciPackage.KEY_POOLS__HOP_LATENCY:
				return hopLatency != HOP_LATENCY_EDEFAULT;
			case QciPackage.KEY_POOLS__SAMPLE_INTERVAL:
				return sampleInterval != SAMPLE_INTERVAL_EDEFAULT;
			case QciPackage.KEY_POOLS__SEED:
				return seed != SEED_EDEFAULT;
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
		result.append(" (days: "); //$NON-NLS-1$
		result.append(days);
		result.append(", capacity: "); //$NON-NLS-1$
		result.append(capacity);
		result.append(", initialFill: "); //$NON-NLS-1$
		result.append(initialFill);
		result.append(", requestSize: "); //$NON-NLS-1$
		result.append(requestSize);
		result.append(", timeout: "); //$NON-NLS-1$
		result.append(timeout);
		result.append(", hopLatency: "); //$NON-NLS-1$
		result.append(hopLatency);
		result.append(", sampleInterval: "); //$NON-NLS-1$
		result.append(sampleInterval);
		result.append(", seed: "); //$NON-NLS-1$
		result.append(seed);
		result.append(')');
		return result.toString();
	}

} //KeyPoolsImpl
