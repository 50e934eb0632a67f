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
 * A representation of the literals of the enumeration '<em><b>Routing</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How key is relayed end to end: over every route at once (maximum flow), or over one route with the fewest hops or the shortest length.
 * <!-- end-model-doc -->
 * @see org.openqci.model.QciPackage#getRouting()
 * @model
 * @generated
 */
public enum Routing implements Enumerator {
	/**
	 * The '<em><b>Max Flow</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAX_FLOW_VALUE
	 * @generated
	 * @ordered
	 */
	MAX_FLOW(0, "maxFlow", "maxFlow"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Fewest Hops</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEWEST_HOPS_VALUE
	 * @generated
	 * @ordered
	 */
	FEWEST_HOPS(1, "fewestHops", "fewestHops"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Shortest Route</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHORTEST_ROUTE_VALUE
	 * @generated
	 * @ordered
	 */
	SHORTEST_ROUTE(2, "shortestRoute", "shortestRoute"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Max Flow</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAX_FLOW
	 * @model name="maxFlow"
	 * @generated
	 * @ordered
	 */
	public static final int MAX_FLOW_VALUE = 0;

	/**
	 * The '<em><b>Fewest Hops</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEWEST_HOPS
	 * @model name="fewestHops"
	 * @generated
	 * @ordered
	 */
	public static final int FEWEST_HOPS_VALUE = 1;

	/**
	 * The '<em><b>Shortest Route</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHORTEST_ROUTE
	 * @model name="shortestRoute"
	 * @generated
	 * @ordered
	 */
	public static final int SHORTEST_ROUTE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Routing</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Routing[] VALUES_ARRAY =
		new Routing[] {
			MAX_FLOW,
			FEWEST_HOPS,
			SHORTEST_ROUTE,
		};

	/**
	 * A public read-only list of all the '<em><b>Routing</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Routing> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Routing</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Routing get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Routing result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Routing</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Routing getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Routing result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Routing</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Routing get(int value) {
		switch (value) {
			case MAX_FLOW_VALUE: return MAX_FLOW;
			case FEWEST_HOPS_VALUE: return FEWEST_HOPS;
			case SHORTEST_ROUTE_VALUE: return SHORTEST_ROUTE;
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
	private Routing(int value, String name, String literal) {
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
	
} //Routing
