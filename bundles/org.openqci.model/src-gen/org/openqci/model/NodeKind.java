/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Node Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.openqci.model.QciPackage#getNodeKind()
 * @model
 * @generated
 */
public enum NodeKind implements Enumerator {
	/**
	 * The '<em><b>User</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USER_VALUE
	 * @generated
	 * @ordered
	 */
	USER(0, "user", "user"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Trusted Node</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRUSTED_NODE_VALUE
	 * @generated
	 * @ordered
	 */
	TRUSTED_NODE(1, "trustedNode", "trustedNode"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Ground Station</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GROUND_STATION_VALUE
	 * @generated
	 * @ordered
	 */
	GROUND_STATION(2, "groundStation", "groundStation"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Satellite</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SATELLITE_VALUE
	 * @generated
	 * @ordered
	 */
	SATELLITE(3, "satellite", "satellite"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>User</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USER
	 * @model name="user"
	 * @generated
	 * @ordered
	 */
	public static final int USER_VALUE = 0;

	/**
	 * The '<em><b>Trusted Node</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRUSTED_NODE
	 * @model name="trustedNode"
	 * @generated
	 * @ordered
	 */
	public static final int TRUSTED_NODE_VALUE = 1;

	/**
	 * The '<em><b>Ground Station</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GROUND_STATION
	 * @model name="groundStation"
	 * @generated
	 * @ordered
	 */
	public static final int GROUND_STATION_VALUE = 2;

	/**
	 * The '<em><b>Satellite</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SATELLITE
	 * @model name="satellite"
	 * @generated
	 * @ordered
	 */
	public static final int SATELLITE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Node Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final NodeKind[] VALUES_ARRAY =
		new NodeKind[] {
			USER,
			TRUSTED_NODE,
			GROUND_STATION,
			SATELLITE,
		};

	/**
	 * A public read-only list of all the '<em><b>Node Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<NodeKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Node Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NodeKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NodeKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Node Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NodeKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NodeKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Node Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NodeKind get(int value) {
		switch (value) {
			case USER_VALUE: return USER;
			case TRUSTED_NODE_VALUE: return TRUSTED_NODE;
			case GROUND_STATION_VALUE: return GROUND_STATION;
			case SATELLITE_VALUE: return SATELLITE;
			default: return null;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private NodeKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //NodeKind
