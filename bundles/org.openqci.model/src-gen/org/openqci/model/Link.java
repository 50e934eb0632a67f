/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A point-to-point QKD link: a source, one or more channel segments, a detector and a protocol configuration. Each link is one series in the results.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.openqci.model.Link#getId <em>Id</em>}</li>
 *   <li>{@link org.openqci.model.Link#getName <em>Name</em>}</li>
 *   <li>{@link org.openqci.model.Link#getSource <em>Source</em>}</li>
 *   <li>{@link org.openqci.model.Link#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.openqci.model.Link#getDetector <em>Detector</em>}</li>
 *   <li>{@link org.openqci.model.Link#getProtocol <em>Protocol</em>}</li>
 * </ul>
 *
 * @see org.openqci.model.QciPackage#getLink()
 * @model
 * @generated
 */
public interface Link extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.openqci.model.QciPackage#getLink_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.openqci.model.Link#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.openqci.model.QciPackage#getLink_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.openqci.model.Link#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' containment reference.
	 * @see #setSource(SourceConfig)
	 * @see org.openqci.model.QciPackage#getLink_Source()
	 * @model containment="true" required="true"
	 * @generated
	 */
	SourceConfig getSource();

	/**
	 * Sets the value of the '{@link org.openqci.model.Link#getSource <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' containment reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(SourceConfig value);

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' containment reference list.
	 * The list contents are of type {@link org.openqci.model.ChannelSegment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' containment reference list.
	 * @see org.openqci.model.QciPackage#getLink_Channels()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<ChannelSegment> getChannels();

	/**
	 * Returns the value of the '<em><b>Detector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Detector</em>' containment reference.
	 * @see #setDetector(DetectorConfig)
	 * @see org.openqci.model.QciPackage#getLink_Detector()
	 * @model containment="true" required="true"
	 * @generated
	 */
	DetectorConfig getDetector();

	/**
	 * Sets the value of the '{@link org.openqci.model.Link#getDetector <em>Detector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detector</em>' containment reference.
	 * @see #getDetector()
	 * @generated
	 */
	void setDetector(DetectorConfig value);

	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol</em>' containment reference.
	 * @see #setProtocol(ProtocolConfig)
	 * @see org.openqci.model.QciPackage#getLink_Protocol()
	 * @model containment="true" required="true"
	 * @generated
	 */
	ProtocolConfig getProtocol();

	/**
	 * Sets the value of the '{@link org.openqci.model.Link#getProtocol <em>Protocol</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' containment reference.
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(ProtocolConfig value);

} // Link
