/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.openqci.model.QciPackage;

/**
 * Details of an element edited as a list of plain attributes (text and number fields): the pass
 * analysis, its satellite and its ground stations. An intro line says what the element does.
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
			Text text = Fields.text(parent, f.label());
			text.setToolTipText(f.tooltip());
			if (f.attribute().getEAttributeType().getInstanceClass() == double.class) {
				Fields.bindDouble(dbc, context.domain(), text, element, f.attribute());
			} else {
				Fields.bindString(dbc, context.domain(), text, element, f.attribute());
			}
			decorations.add(text, element, f.attribute());
		}
	}
}
