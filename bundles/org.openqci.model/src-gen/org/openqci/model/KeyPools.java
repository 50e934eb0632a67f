/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Key Pools</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A discrete-event simulation of the links' key pools over time: each pool fills with its link's key (steadily, or during the satellite's passes) up to its capacity; each demand sends relay requests of a fixed size at random (Poisson) times; a request is served when every link of a route holds enough key, waits otherwise, and is refused after the timeout.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.openqci.model.KeyPools#getDays <em>Days</em>}</li>
 *   <li>{@link org.openqci.model.KeyPools#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link org.openqci.model.KeyPools#getInitialFill <em>Initial Fill</em>}</li>
 *   <li>{@link org.openqci.model.KeyPools#getRequestSize <em>Request Size</em>}</li>
 *   <li>{@link org.openqci.model.KeyPools#getTimeout <em>Timeout</em>}</li>
 *   <li>{@link org.openqci.model.KeyPools#getHopLatency <em>Hop Latency</em>}</li>
 *   <li>{@link org.openqci.model.KeyPools#getSampleInterval <em>Sample Interval</em>}</li>
 *   <li>{@link org.openqci.model.KeyPools#getSeed <em>Seed</em>}</li>
 * </ul>
 *
 * @see org.openqci.model.QciPackage#getKeyPools()
 * @model
 * @generated
 */
public interface KeyPools extends EObject {
	/**
	 * Returns the value of the '<em><b>Days</b></em>' attribute.
	 * The default value is <code>"7.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Days</em>' attribute.
	 * @see #setDays(double)
	 * @see org.openqci.model.QciPackage#getKeyPools_Days()
	 * @model default="7.0"
	 * @generated
	 */
	double getDays();

	/**
	 * Sets the value of the '{@link org.openqci.model.KeyPools#getDays <em>Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Days</em>' attribute.
	 * @see #getDays()
	 * @generated
	 */
	void setDays(double value);

	/**
	 * Returns the value of the '<em><b>Capacity</b></em>' attribute.
	 * The default value is <code>"1.0E9"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capacity</em>' attribute.
	 * @see #setCapacity(double)
	 * @see org.openqci.model.QciPackage#getKeyPools_Capacity()
	 * @model default="1.0E9"
	 * @generated
	 */
	double getCapacity();

	/**
	 * Sets the value of the '{@link org.openqci.model.KeyPools#getCapacity <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacity</em>' attribute.
	 * @see #getCapacity()
	 * @generated
	 */
	void setCapacity(double value);

	/**
	 * Returns the value of the '<em><b>Initial Fill</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initial Fill</em>' attribute.
	 * @see #setInitialFill(double)
	 * @see org.openqci.model.QciPackage#getKeyPools_InitialFill()
	 * @model default="0.0"
	 * @generated
	 */
	double getInitialFill();

	/**
	 * Sets the value of the '{@link org.openqci.model.KeyPools#getInitialFill <em>Initial Fill</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initial Fill</em>' attribute.
	 * @see #getInitialFill()
	 * @generated
	 */
	void setInitialFill(double value);

	/**
	 * Returns the value of the '<em><b>Request Size</b></em>' attribute.
	 * The default value is <code>"256000.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Request Size</em>' attribute.
	 * @see #setRequestSize(double)
	 * @see org.openqci.model.QciPackage#getKeyPools_RequestSize()
	 * @model default="256000.0"
	 * @generated
	 */
	double getRequestSize();

	/**
	 * Sets the value of the '{@link org.openqci.model.KeyPools#getRequestSize <em>Request Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Request Size</em>' attribute.
	 * @see #getRequestSize()
	 * @generated
	 */
	void setRequestSize(double value);

	/**
	 * Returns the value of the '<em><b>Timeout</b></em>' attribute.
	 * The default value is <code>"3600.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timeout</em>' attribute.
	 * @see #setTimeout(double)
	 * @see org.openqci.model.QciPackage#getKeyPools_Timeout()
	 * @model default="3600.0"
	 * @generated
	 */
	double getTimeout();

	/**
	 * Sets the value of the '{@link org.openqci.model.KeyPools#getTimeout <em>Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timeout</em>' attribute.
	 * @see #getTimeout()
	 * @generated
	 */
	void setTimeout(double value);

	/**
	 * Returns the value of the '<em><b>Hop Latency</b></em>' attribute.
	 * The default value is <code>"0.01"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hop Latency</em>' attribute.
	 * @see #setHopLatency(double)
	 * @see org.openqci.model.QciPackage#getKeyPools_HopLatency()
	 * @model default="0.01"
	 * @generated
	 */
	double getHopLatency();

	/**
	 * Sets the value of the '{@link org.openqci.model.KeyPools#getHopLatency <em>Hop Latency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hop Latency</em>' attribute.
	 * @see #getHopLatency()
	 * @generated
	 */
	void setHopLatency(double value);

	/**
	 * Returns the value of the '<em><b>Sample Interval</b></em>' attribute.
	 * The default value is <code>"600.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sample Interval</em>' attribute.
	 * @see #setSampleInterval(double)
	 * @see org.openqci.model.QciPackage#getKeyPools_SampleInterval()
	 * @model default="600.0"
	 * @generated
	 */
	double getSampleInterval();

	/**
	 * Sets the value of the '{@link org.openqci.model.KeyPools#getSampleInterval <em>Sample Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sample Interval</em>' attribute.
	 * @see #getSampleInterval()
	 * @generated
	 */
	void setSampleInterval(double value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.openqci.model.QciPackage#getKeyPools_Seed()
	 * @model default="1"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.openqci.model.KeyPools#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

} // KeyPools
