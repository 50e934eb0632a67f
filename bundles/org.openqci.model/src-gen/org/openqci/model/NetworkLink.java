/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A QKD link of the network between two nodes. Its key rate comes from the experiment link it names (the template: source, channels, detector, protocol) with the parameter values given here set on a copy (paths component.parameter, e.g. fibre.length). A link whose template has a satellite channel shares key with the pass analysis' ground station it names, during that station's passes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.openqci.model.NetworkLink#getId <em>Id</em>}</li>
 *   <li>{@link org.openqci.model.NetworkLink#getNodeA <em>Node A</em>}</li>
 *   <li>{@link org.openqci.model.NetworkLink#getNodeB <em>Node B</em>}</li>
 *   <li>{@link org.openqci.model.NetworkLink#getLink <em>Link</em>}</li>
 *   <li>{@link org.openqci.model.NetworkLink#getStation <em>Station</em>}</li>
 *   <li>{@link org.openqci.model.NetworkLink#getLength <em>Length</em>}</li>
 *   <li>{@link org.openqci.model.NetworkLink#getParameters <em>Parameters</em>}</li>
 * </ul>
 *
 * @see org.openqci.model.QciPackage#getNetworkLink()
 * @model
 * @generated
 */
public interface NetworkLink extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.openqci.model.QciPackage#getNetworkLink_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.openqci.model.NetworkLink#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Node A</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node A</em>' attribute.
	 * @see #setNodeA(String)
	 * @see org.openqci.model.QciPackage#getNetworkLink_NodeA()
	 * @model required="true"
	 * @generated
	 */
	String getNodeA();

	/**
	 * Sets the value of the '{@link org.openqci.model.NetworkLink#getNodeA <em>Node A</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node A</em>' attribute.
	 * @see #getNodeA()
	 * @generated
	 */
	void setNodeA(String value);

	/**
	 * Returns the value of the '<em><b>Node B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node B</em>' attribute.
	 * @see #setNodeB(String)
	 * @see org.openqci.model.QciPackage#getNetworkLink_NodeB()
	 * @model required="true"
	 * @generated
	 */
	String getNodeB();

	/**
	 * Sets the value of the '{@link org.openqci.model.NetworkLink#getNodeB <em>Node B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node B</em>' attribute.
	 * @see #getNodeB()
	 * @generated
	 */
	void setNodeB(String value);

	/**
	 * Returns the value of the '<em><b>Link</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Link</em>' attribute.
	 * @see #setLink(String)
	 * @see org.openqci.model.QciPackage#getNetworkLink_Link()
	 * @model required="true"
	 * @generated
	 */
	String getLink();

	/**
	 * Sets the value of the '{@link org.openqci.model.NetworkLink#getLink <em>Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Link</em>' attribute.
	 * @see #getLink()
	 * @generated
	 */
	void setLink(String value);

	/**
	 * Returns the value of the '<em><b>Station</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Station</em>' attribute.
	 * @see #setStation(String)
	 * @see org.openqci.model.QciPackage#getNetworkLink_Station()
	 * @model
	 * @generated
	 */
	String getStation();

	/**
	 * Sets the value of the '{@link org.openqci.model.NetworkLink#getStation <em>Station</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Station</em>' attribute.
	 * @see #getStation()
	 * @generated
	 */
	void setStation(String value);

	/**
	 * Returns the value of the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Length</em>' attribute.
	 * @see #isSetLength()
	 * @see #unsetLength()
	 * @see #setLength(double)
	 * @see org.openqci.model.QciPackage#getNetworkLink_Length()
	 * @model unsettable="true"
	 * @generated
	 */
	double getLength();

	/**
	 * Sets the value of the '{@link org.openqci.model.NetworkLink#getLength <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Length</em>' attribute.
	 * @see #isSetLength()
	 * @see #unsetLength()
	 * @see #getLength()
	 * @generated
	 */
	void setLength(double value);

	/**
	 * Unsets the value of the '{@link org.openqci.model.NetworkLink#getLength <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLength()
	 * @see #getLength()
	 * @see #setLength(double)
	 * @generated
	 */
	void unsetLength();

	/**
	 * Returns whether the value of the '{@link org.openqci.model.NetworkLink#getLength <em>Length</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Length</em>' attribute is set.
	 * @see #unsetLength()
	 * @see #getLength()
	 * @see #setLength(double)
	 * @generated
	 */
	boolean isSetLength();

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.openqci.model.ParameterValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.openqci.model.QciPackage#getNetworkLink_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<ParameterValue> getParameters();

} // NetworkLink
