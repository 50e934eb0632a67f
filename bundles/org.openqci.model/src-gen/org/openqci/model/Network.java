/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A trusted-node QKD network: nodes, QKD links between them (each evaluated from one of the experiment's links, with its own parameter values), key demands between user sites, and optionally a simulation of the links' key pools over time.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.openqci.model.Network#getRouting <em>Routing</em>}</li>
 *   <li>{@link org.openqci.model.Network#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.openqci.model.Network#getLinks <em>Links</em>}</li>
 *   <li>{@link org.openqci.model.Network#getDemands <em>Demands</em>}</li>
 *   <li>{@link org.openqci.model.Network#getPools <em>Pools</em>}</li>
 * </ul>
 *
 * @see org.openqci.model.QciPackage#getNetwork()
 * @model
 * @generated
 */
public interface Network extends EObject {
	/**
	 * Returns the value of the '<em><b>Routing</b></em>' attribute.
	 * The default value is <code>"maxFlow"</code>.
	 * The literals are from the enumeration {@link org.openqci.model.Routing}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Routing</em>' attribute.
	 * @see org.openqci.model.Routing
	 * @see #setRouting(Routing)
	 * @see org.openqci.model.QciPackage#getNetwork_Routing()
	 * @model default="maxFlow"
	 * @generated
	 */
	Routing getRouting();

	/**
	 * Sets the value of the '{@link org.openqci.model.Network#getRouting <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Routing</em>' attribute.
	 * @see org.openqci.model.Routing
	 * @see #getRouting()
	 * @generated
	 */
	void setRouting(Routing value);

	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.openqci.model.NetworkNode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see org.openqci.model.QciPackage#getNetwork_Nodes()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<NetworkNode> getNodes();

	/**
	 * Returns the value of the '<em><b>Links</b></em>' containment reference list.
	 * The list contents are of type {@link org.openqci.model.NetworkLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Links</em>' containment reference list.
	 * @see org.openqci.model.QciPackage#getNetwork_Links()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<NetworkLink> getLinks();

	/**
	 * Returns the value of the '<em><b>Demands</b></em>' containment reference list.
	 * The list contents are of type {@link org.openqci.model.KeyDemand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Demands</em>' containment reference list.
	 * @see org.openqci.model.QciPackage#getNetwork_Demands()
	 * @model containment="true"
	 * @generated
	 */
	EList<KeyDemand> getDemands();

	/**
	 * Returns the value of the '<em><b>Pools</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pools</em>' containment reference.
	 * @see #setPools(KeyPools)
	 * @see org.openqci.model.QciPackage#getNetwork_Pools()
	 * @model containment="true"
	 * @generated
	 */
	KeyPools getPools();

	/**
	 * Sets the value of the '{@link org.openqci.model.Network#getPools <em>Pools</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pools</em>' containment reference.
	 * @see #getPools()
	 * @generated
	 */
	void setPools(KeyPools value);

} // Network
