/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.openqci.model.NetworkLink;
import org.openqci.model.ParameterValue;
import org.openqci.model.QciPackage;

/**
 * Details of an element edited as a list of plain attributes (text, number and choice fields):
 * the pass analysis, its satellite and its ground stations; the network, its nodes, links,
 * demands and key pools (a network link also shows the parameter values it sets). An intro line says what the element does.
 */
final class AttributesPage extends DetailsPage {

	/** One field: its label, attribute and tooltip. */
	record Field(String label, EAttribute attribute, String tooltip) {
	}

	private final String title;
	private final String intro;
	private final List<Field> fields;

	private AttributesPage(DetailsContext context, EObject element, String title, String intro, List<Field> fields) {
		super(context, element);
		this.title = title;
		this.intro = intro;
		this.fields = fields;
	}

	/** The page of a pass analysis. */
	static AttributesPage passAnalysis(DetailsContext context, EObject element) {
		QciPackage p = QciPackage.eINSTANCE;
		return new AttributesPage(context, element, "Satellite passes",
				"The engine predicts the satellite's passes over each ground station in the date range and evaluates "
						+ "every link with a satellite channel along each pass, the whole pass one finite-key block. "
						+ "Add the satellite and the stations in the tree.",
				List.of(new Field("Start (UTC):", p.getPassAnalysis_Start(), "ISO-8601, e.g. 2026-06-01T00:00:00Z"),
						new Field("End (UTC):", p.getPassAnalysis_End(), "ISO-8601, e.g. 2026-06-08T00:00:00Z"),
						new Field("Step [s]:", p.getPassAnalysis_Step(), "Time step along a pass: one finite-key slot")));
	}

	/** The page of a satellite. */
	static AttributesPage satellite(DetailsContext context, EObject element) {
		QciPackage p = QciPackage.eINSTANCE;
		return new AttributesPage(context, element, "Satellite",
				"Give either a two-line element set (propagated with SGP4) or Keplerian elements at an epoch "
						+ "(propagated with the Eckstein-Hechler J2-J6 model).",
				List.of(new Field("Name:", p.getSatellite_Name(), "Name of the satellite"),
						new Field("TLE line 1:", p.getSatellite_TleLine1(), "69 characters, with checksum"),
						new Field("TLE line 2:", p.getSatellite_TleLine2(), "69 characters, with checksum"),
						new Field("Epoch (UTC):", p.getSatellite_Epoch(), "Epoch of the Keplerian elements, ISO-8601"),
						new Field("Altitude [km]:", p.getSatellite_Altitude(),
								"Semi-major axis minus the Earth's equatorial radius"),
						new Field("Eccentricity:", p.getSatellite_Eccentricity(), "In [0, 0.1)"),
						new Field("Inclination [deg]:", p.getSatellite_Inclination(), "97.4 for a 500 km sun-synchronous orbit"),
						new Field("RAAN [deg]:", p.getSatellite_Raan(), "Right ascension of the ascending node"),
						new Field("Argument of perigee [deg]:", p.getSatellite_ArgumentOfPerigee(), ""),
						new Field("Mean anomaly [deg]:", p.getSatellite_MeanAnomaly(), "At the epoch")));
	}

	/** The page of a ground station. */
	static AttributesPage groundStation(DetailsContext context, EObject element) {
		QciPackage p = QciPackage.eINSTANCE;
		return new AttributesPage(context, element, "Ground station",
				"An optical ground station on the WGS-84 ellipsoid; it tracks the satellite above its minimum elevation.",
				List.of(new Field("Name:", p.getGroundStation_Name(), "Unique in the analysis"),
						new Field("Latitude [deg]:", p.getGroundStation_Latitude(), "Geodetic, -90 to 90"),
						new Field("Longitude [deg]:", p.getGroundStation_Longitude(), "East, -180 to 360"),
						new Field("Altitude [m]:", p.getGroundStation_Altitude(), "Above the ellipsoid"),
						new Field("Min. elevation [deg]:", p.getGroundStation_MinElevation(), "0 to 90 (exclusive)")));
	}

	/** The page of a network. */
	static AttributesPage network(DetailsContext context, EObject element) {
		QciPackage p = QciPackage.eINSTANCE;
		return new AttributesPage(context, element, "Network",
				"Trusted-node QKD network: nodes, links between them (each evaluated from one of the experiment's links "
						+ "with its own values), key demands between user sites and, optionally, key pools simulated over "
						+ "days. Add and remove elements in the tree; the Network map view draws it.",
				List.of(new Field("Routing:", p.getNetwork_Routing(),
						"maxFlow: over every route at once; fewestHops or shortestRoute: over one route")));
	}

	/** The page of a network node. */
	static AttributesPage networkNode(DetailsContext context, EObject element) {
		QciPackage p = QciPackage.eINSTANCE;
		return new AttributesPage(context, element, "Network node",
				"A user site consumes key and relays none; trusted nodes, ground stations and satellites relay key by "
						+ "one-time pad and must be trusted.",
				List.of(new Field("Id:", p.getNetworkNode_Id(), "Unique among the network's nodes, links and demands"),
						new Field("Name:", p.getNetworkNode_Name(), "Shown on the map and in reports"),
						new Field("Kind:", p.getNetworkNode_Kind(), "user, trustedNode, groundStation or satellite"),
						new Field("Latitude [deg]:", p.getNetworkNode_Latitude(), "-90 to 90"),
						new Field("Longitude [deg]:", p.getNetworkNode_Longitude(), "East, -180 to 180")));
	}

	/** The page of a network link. */
	static AttributesPage networkLink(DetailsContext context, EObject element) {
		QciPackage p = QciPackage.eINSTANCE;
		return new AttributesPage(context, element, "Network link",
				"A QKD link between two nodes. Its key rate is that of the experiment link it names, with the values "
						+ "below set on a copy; a satellite link also names the ground station whose passes it uses.",
				List.of(new Field("Id:", p.getNetworkLink_Id(), "Unique among the network's nodes, links and demands"),
						new Field("Node A:", p.getNetworkLink_NodeA(), "Id of one end"),
						new Field("Node B:", p.getNetworkLink_NodeB(), "Id of the other end"),
						new Field("Experiment link:", p.getNetworkLink_Link(), "Id of the link whose models give the key rate"),
						new Field("Ground station:", p.getNetworkLink_Station(), "Satellite links: a station of the passes"),
						new Field("Length [km]:", p.getNetworkLink_Length(),
								"Route length, for shortest-route routing (default: great circle)")));
	}

	/** The page of a key demand. */
	static AttributesPage keyDemand(DetailsContext context, EObject element) {
		QciPackage p = QciPackage.eINSTANCE;
		return new AttributesPage(context, element, "Key demand", "Key requested between two user sites.",
				List.of(new Field("Id:", p.getKeyDemand_Id(), "Unique among the network's nodes, links and demands"),
						new Field("From:", p.getKeyDemand_From(), "Id of a user site"),
						new Field("To:", p.getKeyDemand_To(), "Id of another user site"),
						new Field("Rate [bit/s]:", p.getKeyDemand_Rate(), "Requested key rate")));
	}

	/** The page of the key-pool simulation. */
	static AttributesPage keyPools(DetailsContext context, EObject element) {
		QciPackage p = QciPackage.eINSTANCE;
		return new AttributesPage(context, element, "Key pools",
				"A discrete-event simulation of every link's key pool: pools fill with their link's key (satellite "
						+ "links during passes), demands send relay requests at random times, a request is served when "
						+ "every link of a route holds enough key and is refused after the timeout.",
				List.of(new Field("Days:", p.getKeyPools_Days(), "Simulated time"),
						new Field("Capacity [bit]:", p.getKeyPools_Capacity(), "Of each link's pool"),
						new Field("Initial fill:", p.getKeyPools_InitialFill(), "Fraction of the capacity at the start"),
						new Field("Request size [bit]:", p.getKeyPools_RequestSize(), "Key per relay request"),
						new Field("Timeout [s]:", p.getKeyPools_Timeout(), "How long a request waits for key"),
						new Field("Hop latency [s]:", p.getKeyPools_HopLatency(), "What each relay hop adds"),
						new Field("Sample interval [s]:", p.getKeyPools_SampleInterval(), "Between samples of the stock"),
						new Field("Seed:", p.getKeyPools_Seed(), "Of the request times")));
	}

	@Override
	protected String title() {
		return title;
	}

	@Override
	protected void createFields(Composite parent) {
		Label introLabel = new Label(parent, SWT.WRAP);
		introLabel.setText(intro);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(introLabel);
		for (Field f : fields) {
			if (f.attribute().getEAttributeType() instanceof EEnum) {
				Combo combo = Fields.combo(parent, f.label(), SWT.READ_ONLY);
				combo.setToolTipText(f.tooltip());
				Fields.bindEnum(dbc, context.domain(), combo, element, f.attribute());
				decorations.add(combo, element, f.attribute());
				continue;
			}
			Text text = Fields.text(parent, f.label());
			text.setToolTipText(f.tooltip());
			Class<?> type = f.attribute().getEAttributeType().getInstanceClass();
			if (type == double.class) {
				Fields.bindDouble(dbc, context.domain(), text, element, f.attribute());
			} else if (type == long.class) {
				Fields.bindLong(dbc, context.domain(), text, element, f.attribute());
			} else {
				Fields.bindString(dbc, context.domain(), text, element, f.attribute());
			}
			decorations.add(text, element, f.attribute());
		}
		if (element instanceof NetworkLink link) {
			for (ParameterValue value : link.getParameters()) {
				Text text = Fields.text(parent, value.getName() + (value.getUnit() == null || value.getUnit().isEmpty()
						? ":" : " [" + value.getUnit() + "]:"));
				text.setToolTipText("Set on this link's copy of the experiment link");
				Fields.bindDouble(dbc, context.domain(), text, value, QciPackage.Literals.PARAMETER_VALUE__VALUE);
				decorations.add(text, value, QciPackage.Literals.PARAMETER_VALUE__VALUE);
			}
		}
	}
}
