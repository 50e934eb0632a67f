/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Experiment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A QKD experiment: one or more links evaluated over a sweep. The root of a *.qci file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.openqci.model.Experiment#getName <em>Name</em>}</li>
 *   <li>{@link org.openqci.model.Experiment#getDescription <em>Description</em>}</li>
 *   <li>{@link org.openqci.model.Experiment#getLinks <em>Links</em>}</li>
 *   <li>{@link org.openqci.model.Experiment#getSweep <em>Sweep</em>}</li>
 *   <li>{@link org.openqci.model.Experiment#getPasses <em>Passes</em>}</li>
 *   <li>{@link org.openqci.model.Experiment#getNetwork <em>Network</em>}</li>
 * </ul>
 *
 * @see org.openqci.model.QciPackage#getExperiment()
 * @model
 * @generated
 */
public interface Experiment extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.openqci.model.QciPackage#getExperiment_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.openqci.model.Experiment#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.openqci.model.QciPackage#getExperiment_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.openqci.model.Experiment#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Links</b></em>' containment reference list.
	 * The list contents are of type {@link org.openqci.model.Link}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Links</em>' containment reference list.
	 * @see org.openqci.model.QciPackage#getExperiment_Links()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<Link> getLinks();

	/**
	 * Returns the value of the '<em><b>Sweep</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sweep</em>' containment reference.
	 * @see #setSweep(Sweep)
	 * @see org.openqci.model.QciPackage#getExperiment_Sweep()
	 * @model containment="true"
	 * @generated
	 */
	Sweep getSweep();

	/**
	 * Sets the value of the '{@link org.openqci.model.Experiment#getSweep <em>Sweep</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sweep</em>' containment reference.
	 * @see #getSweep()
	 * @generated
	 */
	void setSweep(Sweep value);

	/**
	 * Returns the value of the '<em><b>Passes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Passes</em>' containment reference.
	 * @see #setPasses(PassAnalysis)
	 * @see org.openqci.model.QciPackage#getExperiment_Passes()
	 * @model containment="true"
	 * @generated
	 */
	PassAnalysis getPasses();

	/**
	 * Sets the value of the '{@link org.openqci.model.Experiment#getPasses <em>Passes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Passes</em>' containment reference.
	 * @see #getPasses()
	 * @generated
	 */
	void setPasses(PassAnalysis value);

	/**
	 * Returns the value of the '<em><b>Network</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Network</em>' containment reference.
	 * @see #setNetwork(Network)
	 * @see org.openqci.model.QciPackage#getExperiment_Network()
	 * @model containment="true"
	 * @generated
	 */
	Network getNetwork();

	/**
	 * Sets the value of the '{@link org.openqci.model.Experiment#getNetwork <em>Network</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network</em>' containment reference.
	 * @see #getNetwork()
	 * @generated
	 */
	void setNetwork(Network value);

} // Experiment
