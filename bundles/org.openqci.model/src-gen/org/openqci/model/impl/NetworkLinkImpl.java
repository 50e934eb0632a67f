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

import org.openqci.model.NetworkLink;
import org.openqci.model.ParameterValue;
import org.openqci.model.QciPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Network Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.openqci.model.impl.NetworkLinkImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.openqci.model.impl.NetworkLinkImpl#getNodeA <em>Node A</em>}</li>
 *   <li>{@link org.openqci.model.impl.NetworkLinkImpl#getNodeB <em>Node B</em>}</li>
 *   <li>{@link org.openqci.model.impl.NetworkLinkImpl#getLink <em>Link</em>}</li>
 *   <li>{@link org.openqci.model.impl.NetworkLinkImpl#getStation <em>Station</em>}</li>
 *   <li>{@link org.openqci.model.impl.NetworkLinkImpl#getLength <em>Length</em>}</li>
 *   <li>{@link org.openqci.model.impl.NetworkLinkImpl#getParameters <em>Parameters</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NetworkLinkImpl extends EObjectImpl implements NetworkLink {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getNodeA() <em>Node A</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeA()
	 * @generated
	 * @ordered
	 */
	protected static final String NODE_A_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNodeA() <em>Node A</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeA()
	 * @generated
	 * @ordered
	 */
	protected String nodeA = NODE_A_EDEFAULT;

	/**
	 * The default value of the '{@link #getNodeB() <em>Node B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeB()
	 * @generated
	 * @ordered
	 */
	protected static final String NODE_B_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNodeB() <em>Node B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeB()
	 * @generated
	 * @ordered
	 */
	protected String nodeB = NODE_B_EDEFAULT;

	/**
	 * The default value of the '{@link #getLink() <em>Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLink()
	 * @generated
	 * @ordered
	 */
	protected static final String LINK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLink() <em>Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLink()
	 * @generated
	 * @ordered
	 */
	protected String link = LINK_EDEFAULT;

	/**
	 * The default value of the '{@link #getStation() <em>Station</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStation()
	 * @generated
	 * @ordered
	 */
	protected static final String STATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStation() <em>Station</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStation()
	 * @generated
	 * @ordered
	 */
	protected String station = STATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected static final double LENGTH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected double length = LENGTH_EDEFAULT;

	/**
	 * This is true if the Length attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean lengthESet;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<ParameterValue> parameters;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NetworkLinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QciPackage.Literals.NETWORK_LINK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.NETWORK_LINK__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNodeA() {
		return nodeA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNodeA(String newNodeA) {
		String oldNodeA = nodeA;
		nodeA = newNodeA;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.NETWORK_LINK__NODE_A, oldNodeA, nodeA));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNodeB() {
		return nodeB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNodeB(String newNodeB) {
		String oldNodeB = nodeB;
		nodeB = newNodeB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.NETWORK_LINK__NODE_B, oldNodeB, nodeB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLink() {
		return link;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLink(String newLink) {
		String oldLink = link;
		link = newLink;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.NETWORK_LINK__LINK, oldLink, link));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStation() {
		return station;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStation(String newStation) {
		String oldStation = station;
		station = newStation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.NETWORK_LINK__STATION, oldStation, station));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLength() {
		return length;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLength(double newLength) {
		double oldLength = length;
		length = newLength;
		boolean oldLengthESet = lengthESet;
		lengthESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QciPackage.NETWORK_LINK__LENGTH, oldLength, length, !oldLengthESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLength() {
		double oldLength = length;
		boolean oldLengthESet = lengthESet;
		length = LENGTH_EDEFAULT;
		lengthESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, QciPackage.NETWORK_LINK__LENGTH, oldLength, LENGTH_EDEFAULT, oldLengthESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLength() {
		return lengthESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ParameterValue> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<ParameterValue>(ParameterValue.class, this, QciPackage.NETWORK_LINK__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case QciPackage.NETWORK_LINK__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
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
			case QciPackage.NETWORK_LINK__ID:
				return getId();
			case QciPackage.NETWORK_LINK__NODE_A:
				return getNodeA();
			case QciPackage.NETWORK_LINK__NODE_B:
				return getNodeB();
			case QciPackage.NETWORK_LINK__LINK:
				return getLink();
			case QciPackage.NETWORK_LINK__STATION:
				return getStation();
			case QciPackage.NETWORK_LINK__LENGTH:
				return getLength();
			case QciPackage.NETWORK_LINK__PARAMETERS:
				return getParameters();
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
			case QciPackage.NETWORK_LINK__ID:
				setId((String)newValue);
				return;
			case QciPackage.NETWORK_LINK__NODE_A:
				setNodeA((String)newValue);
				return;
			case QciPackage.NETWORK_LINK__NODE_B:
				setNodeB((String)newValue);
				return;
			case QciPackage.NETWORK_LINK__LINK:
				setLink((String)newValue);
				return;
			case QciPackage.NETWORK_LINK__STATION:
				setStation((String)newValue);
				return;
			case QciPackage.NETWORK_LINK__LENGTH:
				setLength((Double)newValue);
				return;
			case QciPackage.NETWORK_LINK__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends ParameterValue>)newValue);
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
			case QciPackage.NETWORK_LINK__ID:
				setId(ID_EDEFAULT);
				return;
			case QciPackage.NETWORK_LINK__NODE_A:
				setNodeA(NODE_A_EDEFAULT);
				return;
			case QciPackage.NETWORK_LINK__NODE_B:
				setNodeB(NODE_B_EDEFAULT);
				return;
			case QciPackage.NETWORK_LINK__LINK:
				setLink(LINK_EDEFAULT);
				return;
			case QciPackage.NETWORK_LINK__STATION:
				setStation(STATION_EDEFAULT);
				return;
			case QciPackage.NETWORK_LINK__LENGTH:
				unsetLength();
				return;
			case QciPackage.NETWORK_LINK__PARAMETERS:
				getParameters().clear();
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
			case QciPackage.NETWORK_LINK__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case QciPackage.NETWORK_LINK__NODE_A:
				return NODE_A_EDEFAULT == null ? nodeA != null : !NODE_A_EDEFAULT.equals(nodeA);
			case QciPackage.NETWORK_LINK__NODE_B:
				return NODE_B_EDEFAULT == null ? nodeB != null : !NODE_B_EDEFAULT.equals(nodeB);
			case QciPackage.NETWORK_LINK__LINK:
				return LINK_EDEFAULT == null ? link != null : !LINK_EDEFAULT.equals(link);
			case QciPackage.NETWORK_LINK__STATION:
				return STATION_EDEFAULT == null ? station != null : !STATION_EDEFAULT.equals(station);
			case QciPackage.NETWORK_LINK__LENGTH:
				return isSetLength();
			case QciPackage.NETWORK_LINK__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
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
		result.append(" (id: "); //$NON-NLS-1$
		result.append(id);
		result.append(", nodeA: "); //$NON-NLS-1$
		result.append(nodeA);
		result.append(", nodeB: "); //$NON-NLS-1$
		result.append(nodeB);
		result.append(", link: "); //$NON-NLS-1$
		result.append(link);
		result.append(", station: "); //$NON-NLS-1$
		result.append(station);
		result.append(", length: "); //$NON-NLS-1$
		if (lengthESet) result.append(length); else result.append("<unset>"); //$NON-NLS-1$
		result.append(')');
		return result.toString();
	}

} //NetworkLinkImpl
