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

import org.openqci.model.KeyDemand;
import org.openqci.model.KeyPools;
import org.openqci.model.Network;
import org.openqci.model.NetworkLink;
import org.openqci.model.NetworkNode;
import org.openqci.model.QciPackage;
import org.openqci.model.Routing;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Network</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.openqci.model.impl.NetworkImpl#getRouting <em>Routing</em>}</li>
 *   <li>{@link org.openqci.model.impl.NetworkImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.openqci.model.impl.NetworkImpl#getLinks <em>Links</em>}</li>
 *   <li>{@link org.openqci.model.impl.NetworkImpl#getDemands <em>Demands</em>}</li>
 *   <li>{@link org.openqci.model.impl.NetworkImpl#getPools <em>Pools</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NetworkImpl extends EObjectImpl implements Network {
	/**
	 * The default value of the '{@link #getRouting() <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRouting()
	 * @generated
	 * @ordered
	 */
	protected static final Routing ROUTING_EDEFAULT = Routing.MAX_FLOW;

	/**
	 * The cached value of the '{@link #getRouting() <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRouting()
	 * @generated
	 * @ordered
	 */
	protected Routing routing = ROUTING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNodes() <em>Nodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<NetworkNode> nodes;

	/**
	 * The cached value of the '{@link #getLinks() <em>Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<NetworkLink> links;

	/**
	 * The cached value of the '{@link #getDemands() <em>Demands</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDemands()
	 * @generated
	 * @ordered
	 */
	protected EList<KeyDemand> demands;

	/**
	 * The cached value of the '{@link #getPools() <em>Pools</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPools()
	 * @generated
	 * @ordered
	 */
	protected KeyPools pools;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NetworkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QciPackage.Literals.NETWORK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Routing getRouting() {
		return routing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRouting(Routing newRouting) {
		Routing oldRouting = routing;
		routing = newRouting == null ? ROUTING_EDEFAULT : newRouting;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.NETWORK__ROUTING, oldRouting, routing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NetworkNode> getNodes() {
		if (nodes == null) {
			nodes = new EObjectContainmentEList<NetworkNode>(NetworkNode.class, this, QciPackage.NETWORK__NODES);
		}
		return nodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NetworkLink> getLinks() {
		if (links == null) {
			links = new EObjectContainmentEList<NetworkLink>(NetworkLink.class, this, QciPackage.NETWORK__LINKS);
		}
		return links;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KeyDemand> getDemands() {
		if (demands == null) {
			demands = new EObjectContainmentEList<KeyDemand>(KeyDemand.class, this, QciPackage.NETWORK__DEMANDS);
		}
		return demands;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KeyPools getPools() {
		return pools;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPools(KeyPools newPools, NotificationChain msgs) {
		KeyPools oldPools = pools;
		pools = newPools;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, QciPackage.NETWORK__POOLS, oldPools, newPools);
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
	public void setPools(KeyPools newPools) {
		if (newPools != pools) {
			NotificationChain msgs = null;
			if (pools != null)
				msgs = ((InternalEObject)pools).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - QciPackage.NETWORK__POOLS, null, msgs);
			if (newPools != null)
				msgs = ((InternalEObject)newPools).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - QciPackage.NETWORK__POOLS, null, msgs);
			msgs = basicSetPools(newPools, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.NETWORK__POOLS, newPools, newPools));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case QciPackage.NETWORK__NODES:
				return ((InternalEList<?>)getNodes()).basicRemove(otherEnd, msgs);
			case QciPackage.NETWORK__LINKS:
				return ((InternalEList<?>)getLinks()).basicRemove(otherEnd, msgs);
			case QciPackage.NETWORK__DEMANDS:
				return ((InternalEList<?>)getDemands()).basicRemove(otherEnd, msgs);
			case QciPackage.NETWORK__POOLS:
				return basicSetPools(null, msgs);
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
			case QciPackage.NETWORK__ROUTING:
				return getRouting();
			case QciPackage.NETWORK__NODES:
				return getNodes();
			case QciPackage.NETWORK__LINKS:
				return getLinks();
			case QciPackage.NETWORK__DEMANDS:
				return getDemands();
			case QciPackage.NETWORK__POOLS:
				return getPools();
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
			case QciPackage.NETWORK__ROUTING:
				setRouting((Routing)newValue);
				return;
			case QciPackage.NETWORK__NODES:
				getNodes().clear();
				getNodes().addAll((Collection<? extends NetworkNode>)newValue);
				return;
			case QciPackage.NETWORK__LINKS:
				getLinks().clear();
				getLinks().addAll((Collection<? extends NetworkLink>)newValue);
				return;
			case QciPackage.NETWORK__DEMANDS:
				getDemands().clear();
				getDemands().addAll((Collection<? extends KeyDemand>)newValue);
				return;
			case QciPackage.NETWORK__POOLS:
				setPools((KeyPools)newValue);
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
			case QciPackage.NETWORK__ROUTING:
				setRouting(ROUTING_EDEFAULT);
				return;
			case QciPackage.NETWORK__NODES:
				getNodes().clear();
				return;
			case QciPackage.NETWORK__LINKS:
				getLinks().clear();
				return;
			case QciPackage.NETWORK__DEMANDS:
				getDemands().clear();
				return;
			case QciPackage.NETWORK__POOLS:
				setPools((KeyPools)null);
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
			case QciPackage.NETWORK__ROUTING:
				return routing != ROUTING_EDEFAULT;
			case QciPackage.NETWORK__NODES:
				return nodes != null && !nodes.isEmpty();
			case QciPackage.NETWORK__LINKS:
				return links != null && !links.isEmpty();
			case QciPackage.NETWORK__DEMANDS:
				return demands != null && !demands.isEmpty();
			case QciPackage.NETWORK__POOLS:
				return pools != null;
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
		result.append(" (routing: "); //$NON-NLS-1$
		result.append(routing);
		result.append(')');
		return result.toString();
	}

} //NetworkImpl
