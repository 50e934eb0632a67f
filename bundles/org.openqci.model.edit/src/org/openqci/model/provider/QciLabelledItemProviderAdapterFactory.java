/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model.provider;

import org.eclipse.emf.common.notify.Adapter;

/**
 * The item provider adapter factory the workbench uses for experiments (registered in
 * {@code plugin.xml}): the generated item providers of {@link QciItemProviderAdapterFactory},
 * with the labels of {@link ExperimentLabels} ({@code source: wcp-laser}, {@code mu = 0.48},
 * {@code length = 50 km}) instead of the generated "type name + attribute" labels.
 * <p>
 * The generated code stays untouched: each item provider is a small subclass that only replaces
 * {@code getText}. Label updates still follow the generated notification handling, which
 * refreshes an element's label whenever one of its attributes changes.
 */
public class QciLabelledItemProviderAdapterFactory extends QciItemProviderAdapterFactory {

	/** Creates the factory. */
	public QciLabelledItemProviderAdapterFactory() {
		super();
	}

	@Override
	public Adapter createExperimentAdapter() {
		if (experimentItemProvider == null) {
			experimentItemProvider = new ExperimentItemProvider(this) {
				@Override
				public String getText(Object object) {
					return ExperimentLabels.text(object);
				}
			};
		}
		return experimentItemProvider;
	}

	@Override
	public Adapter createLinkAdapter() {
		if (linkItemProvider == null) {
			linkItemProvider = new LinkItemProvider(this) {
				@Override
				public String getText(Object object) {
					return ExperimentLabels.text(object);
				}
			};
		}
		return linkItemProvider;
	}

	@Override
	public Adapter createSourceConfigAdapter() {
		if (sourceConfigItemProvider == null) {
			sourceConfigItemProvider = new SourceConfigItemProvider(this) {
				@Override
				public String getText(Object object) {
					return ExperimentLabels.text(object);
				}
			};
		}
		return sourceConfigItemProvider;
	}

	@Override
	public Adapter createDetectorConfigAdapter() {
		if (detectorConfigItemProvider == null) {
			detectorConfigItemProvider = new DetectorConfigItemProvider(this) {
				@Override
				public String getText(Object object) {
					return ExperimentLabels.text(object);
				}
			};
		}
		return detectorConfigItemProvider;
	}

	@Override
	public Adapter createProtocolConfigAdapter() {
		if (protocolConfigItemProvider == null) {
			protocolConfigItemProvider = new ProtocolConfigItemProvider(this) {
				@Override
				public String getText(Object object) {
					return ExperimentLabels.text(object);
				}
			};
		}
		return protocolConfigItemProvider;
	}

	@Override
	public Adapter createChannelSegmentAdapter() {
		if (channelSegmentItemProvider == null) {
			channelSegmentItemProvider = new ChannelSegmentItemProvider(this) {
				@Override
				public String getText(Object object) {
					return ExperimentLabels.text(object);
				}
			};
		}
		return channelSegmentItemProvider;
	}

	@Override
	public Adapter createParameterValueAdapter() {
		if (parameterValueItemProvider == null) {
			parameterValueItemProvider = new ParameterValueItemProvider(this) {
				@Override
				public String getText(Object object) {
					return ExperimentLabels.text(object);
				}
			};
		}
		return parameterValueItemProvider;
	}

	@Override
	public Adapter createSweepAdapter() {
		if (sweepItemProvider == null) {
			sweepItemProvider = new SweepItemProvider(this) {
				@Override
				public String getText(Object object) {
					return ExperimentLabels.text(object);
				}
			};
		}
		return sweepItemProvider;
	}

	@Override
	public Adapter createSweepAxisAdapter() {
		if (sweepAxisItemProvider == null) {
			sweepAxisItemProvider = new SweepAxisItemProvider(this) {
				@Override
				public String getText(Object object) {
					return ExperimentLabels.text(object);
				}
			};
		}
		return sweepAxisItemProvider;
	}

	@Override
	public Adapter createPassAnalysisAdapter() {
		if (passAnalysisItemProvider == null) {
			passAnalysisItemProvider = new PassAnalysisItemProvider(this) {
				@Override
				public String getText(Object object) {
					return ExperimentLabels.text(object);
				}
			};
		}
		return passAnalysisItemProvider;
	}

	@Override
	public Adapter createSatelliteAdapter() {
		if (satelliteItemProvider == null) {
			satelliteItemProvider = new SatelliteItemProvider(this) {
				@Override
				public String getText(Object object) {
					return ExperimentLabels.text(object);
				}
			};
		}
		return satelliteItemProvider;
	}

	@Override
	public Adapter createGroundStationAdapter() {
		if (groundStationItemProvider == null) {
			groundStationItemProvider = new GroundStationItemProvider(this) {
				@Override
				public String getText(Object object) {
					return ExperimentLabels.text(object);
				}
			};
		}
		return groundStationItemProvider;
	}

	@Override
	public Adapter createNetworkAdapter() {
		if (networkItemProvider == null) {
			networkItemProvider = new NetworkItemProvider(this) {
				@Override
				public String getText(Object object) {
					return ExperimentLabels.text(object);
				}
			};
		}
		return networkItemProvider;
	}

	@Override
	public Adapter createNetworkNodeAdapter() {
		if (networkNodeItemProvider == null) {
			networkNodeItemProvider = new NetworkNodeItemProvider(this) {
				@Override
				public String getText(Object object) {
					return ExperimentLabels.text(object);
				}
			};
		}
		return networkNodeItemProvider;
	}

	@Override
	public Adapter createNetworkLinkAdapter() {
		if (networkLinkItemProvider == null) {
			networkLinkItemProvider = new NetworkLinkItemProvider(this) {
				@Override
				public String getText(Object object) {
					return ExperimentLabels.text(object);
				}
			};
		}
		return networkLinkItemProvider;
	}

	@Override
	public Adapter createKeyDemandAdapter() {
		if (keyDemandItemProvider == null) {
			keyDemandItemProvider = new KeyDemandItemProvider(this) {
				@Override
				public String getText(Object object) {
					return ExperimentLabels.text(object);
				}
			};
		}
		return keyDemandItemProvider;
	}

	@Override
	public Adapter createKeyPoolsAdapter() {
		if (keyPoolsItemProvider == null) {
			keyPoolsItemProvider = new KeyPoolsItemProvider(this) {
				@Override
				public String getText(Object object) {
					return ExperimentLabels.text(object);
				}
			};
		}
		return keyPoolsItemProvider;
	}
}
