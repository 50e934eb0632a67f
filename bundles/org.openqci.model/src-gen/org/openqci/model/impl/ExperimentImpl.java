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

import org.openqci.model.Experiment;
import org.openqci.model.Link;
import org.openqci.model.Network;
import org.openqci.model.PassAnalysis;
import org.openqci.model.QciPackage;
import org.openqci.model.Sweep;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Experiment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.openqci.model.impl.ExperimentImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.openqci.model.impl.ExperimentImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.openqci.model.impl.ExperimentImpl#getLinks <em>Links</em>}</li>
 *   <li>{@link org.openqci.model.impl.ExperimentImpl#getSweep <em>Sweep</em>}</li>
 *   <li>{@link org.openqci.model.impl.ExperimentImpl#getPasses <em>Passes</em>}</li>
 *   <li>{@link org.openqci.model.impl.ExperimentImpl#getNetwork <em>Network</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExperimentImpl extends EObjectImpl implements Experiment {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLinks() <em>Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<Link> links;

	/**
	 * The cached value of the '{@link #getSweep() <em>Sweep</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSweep()
	 * @generated
	 * @ordered
	 */
	protected Sweep sweep;

	/**
	 * The cached value of the '{@link #getPasses() <em>Passes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasses()
	 * @generated
	 * @ordered
	 */
	protected PassAnalysis passes;

	/**
	 * The cached value of the '{@link #getNetwork() <em>Network</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetwork()
	 * @generated
	 * @ordered
	 */
	protected Network network;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExperimentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QciPackage.Literals.EXPERIMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.EXPERIMENT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.EXPERIMENT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Link> getLinks() {
		if (links == null) {
			links = new EObjectContainmentEList<Link>(Link.class, this, QciPackage.EXPERIMENT__LINKS);
		}
		return links;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sweep getSweep() {
		return sweep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSweep(Sweep newSweep, NotificationChain msgs) {
		Sweep oldSweep = sweep;
		sweep = newSweep;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, QciPackage.EXPERIMENT__SWEEP, oldSweep, newSweep);
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
	public void setSweep(Sweep newSweep) {
		if (newSweep != sweep) {
			NotificationChain msgs = null;
			if (sweep != null)
				msgs = ((InternalEObject)sweep).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - QciPackage.EXPERIMENT__SWEEP, null, msgs);
			if (newSweep != null)
				msgs = ((InternalEObject)newSweep).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - QciPackage.EXPERIMENT__SWEEP, null, msgs);
			msgs = basicSetSweep(newSweep, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.EXPERIMENT__SWEEP, newSweep, newSweep));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PassAnalysis getPasses() {
		return passes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPasses(PassAnalysis newPasses, NotificationChain msgs) {
		PassAnalysis oldPasses = passes;
		passes = newPasses;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, QciPackage.EXPERIMENT__PASSES, oldPasses, newPasses);
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
	public void setPasses(PassAnalysis newPasses) {
		if (newPasses != passes) {
			NotificationChain msgs = null;
			if (passes != null)
				msgs = ((InternalEObject)passes).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - QciPackage.EXPERIMENT__PASSES, null, msgs);
			if (newPasses != null)
				msgs = ((InternalEObject)newPasses).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - QciPackage.EXPERIMENT__PASSES, null, msgs);
			msgs = basicSetPasses(newPasses, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.EXPERIMENT__PASSES, newPasses, newPasses));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Network getNetwork() {
		return network;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNetwork(Network newNetwork, NotificationChain msgs) {
		Network oldNetwork = network;
		network = newNetwork;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, QciPackage.EXPERIMENT__NETWORK, oldNetwork, newNetwork);
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
	public void setNetwork(Network newNetwork) {
		if (newNetwork != network) {
			NotificationChain msgs = null;
			if (network != null)
				msgs = ((InternalEObject)network).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - QciPackage.EXPERIMENT__NETWORK, null, msgs);
			if (newNetwork != null)
				msgs = ((InternalEObject)newNetwork).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - QciPackage.EXPERIMENT__NETWORK, null, msgs);
			msgs = basicSetNetwork(newNetwork, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.EXPERIMENT__NETWORK, newNetwork, newNetwork));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case QciPackage.EXPERIMENT__LINKS:
				return ((InternalEList<?>)getLinks()).basicRemove(otherEnd, msgs);
			case QciPackage.EXPERIMENT__SWEEP:
				return basicSetSweep(null, msgs);
			case QciPackage.EXPERIMENT__PASSES:
				return basicSetPasses(null, msgs);
			case QciPackage.EXPERIMENT__NETWORK:
				return basicSetNetwork(null, msgs);
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
			case QciPackage.EXPERIMENT__NAME:
				return getName();
			case QciPackage.EXPERIMENT__DESCRIPTION:
				return getDescription();
			case QciPackage.EXPERIMENT__LINKS:
				return getLinks();
			case QciPackage.EXPERIMENT__SWEEP:
				return getSweep();
			case QciPackage.EXPERIMENT__PASSES:
				return getPasses();
			case QciPackage.EXPERIMENT__NETWORK:
				return getNetwork();
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
			case QciPackage.EXPERIMENT__NAME:
				setName((String)newValue);
				return;
			case QciPackage.EXPERIMENT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case QciPackage.EXPERIMENT__LINKS:
				getLinks().clear();
				getLinks().addAll((Collection<? extends Link>)newValue);
				return;
			case QciPackage.EXPERIMENT__SWEEP:
				setSweep((Sweep)newValue);
				return;
			case QciPackage.EXPERIMENT__PASSES:
				setPasses((PassAnalysis)newValue);
				return;
			case QciPackage.EXPERIMENT__NETWORK:
				setNetwork((Network)newValue);
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
			case QciPackage.EXPERIMENT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case QciPackage.EXPERIMENT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case QciPackage.EXPERIMENT__LINKS:
				getLinks().clear();
				return;
			case QciPackage.EXPERIMENT__SWEEP:
				setSweep((Sweep)null);
				return;
			case QciPackage.EXPERIMENT__PASSES:
				setPasses((PassAnalysis)null);
				return;
			case QciPackage.EXPERIMENT__NETWORK:
				setNetwork((Network)null);
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
			case QciPackage.EXPERIMENT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case QciPackage.EXPERIMENT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case QciPackage.EXPERIMENT__LINKS:
				return links != null && !links.isEmpty();
			case QciPackage.EXPERIMENT__SWEEP:
				return sweep != null;
			case QciPackage.EXPERIMENT__PASSES:
				return passes != null;
			case QciPackage.EXPERIMENT__NETWORK:
				return network != null;
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
		result.append(", description: "); //$NON-NLS-1$
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //ExperimentImpl
