/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Experiments of the OpenQCI Workbench: links built from contributed models, named by kind id, with typed parameter values and an optional sweep.
 * <!-- end-model-doc -->
 * @see org.openqci.model.QciFactory
 * @model kind="package"
 * @generated
 */
public interface QciPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://openqci.org/experiment/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "qci"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	QciPackage eINSTANCE = org.openqci.model.impl.QciPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.openqci.model.impl.ExperimentImpl <em>Experiment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.openqci.model.impl.ExperimentImpl
	 * @see org.openqci.model.impl.QciPackageImpl#getExperiment()
	 * @generated
	 */
	int EXPERIMENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__LINKS = 2;

	/**
	 * The feature id for the '<em><b>Sweep</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__SWEEP = 3;

	/**
	 * The feature id for the '<em><b>Passes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__PASSES = 4;

	/**
	 * The feature id for the '<em><b>Network</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__NETWORK = 5;

	/**
	 * The number of structural features of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.openqci.model.impl.LinkImpl <em>Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.openqci.model.impl.LinkImpl
	 * @see org.openqci.model.impl.QciPackageImpl#getLink()
	 * @generated
	 */
	int LINK = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__NAME = 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__SOURCE = 2;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__CHANNELS = 3;

	/**
	 * The feature id for the '<em><b>Detector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__DETECTOR = 4;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__PROTOCOL = 5;

	/**
	 * The number of structural features of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.openqci.model.impl.ComponentConfigImpl <em>Component Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.openqci.model.impl.ComponentConfigImpl
	 * @see org.openqci.model.impl.QciPackageImpl#getComponentConfig()
	 * @generated
	 */
	int COMPONENT_CONFIG = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_CONFIG__KIND = 0;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_CONFIG__PARAMETERS = 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_CONFIG__NOTE = 2;

	/**
	 * The number of structural features of the '<em>Component Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_CONFIG_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Component Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_CONFIG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.openqci.model.impl.SourceConfigImpl <em>Source Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.openqci.model.impl.SourceConfigImpl
	 * @see org.openqci.model.impl.QciPackageImpl#getSourceConfig()
	 * @generated
	 */
	int SOURCE_CONFIG = 3;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_CONFIG__KIND = COMPONENT_CONFIG__KIND;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_CONFIG__PARAMETERS = COMPONENT_CONFIG__PARAMETERS;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_CONFIG__NOTE = COMPONENT_CONFIG__NOTE;

	/**
	 * The number of structural features of the '<em>Source Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_CONFIG_FEATURE_COUNT = COMPONENT_CONFIG_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Source Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_CONFIG_OPERATION_COUNT = COMPONENT_CONFIG_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.openqci.model.impl.DetectorConfigImpl <em>Detector Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.openqci.model.impl.DetectorConfigImpl
	 * @see org.openqci.model.impl.QciPackageImpl#getDetectorConfig()
	 * @generated
	 */
	int DETECTOR_CONFIG = 4;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DETECTOR_CONFIG__KIND = COMPONENT_CONFIG__KIND;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DETECTOR_CONFIG__PARAMETERS = COMPONENT_CONFIG__PARAMETERS;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DETECTOR_CONFIG__NOTE = COMPONENT_CONFIG__NOTE;

	/**
	 * The number of structural features of the '<em>Detector Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DETECTOR_CONFIG_FEATURE_COUNT = COMPONENT_CONFIG_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Detector Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DETECTOR_CONFIG_OPERATION_COUNT = COMPONENT_CONFIG_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.openqci.model.impl.ProtocolConfigImpl <em>Protocol Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.openqci.model.impl.ProtocolConfigImpl
	 * @see org.openqci.model.impl.QciPackageImpl#getProtocolConfig()
	 * @generated
	 */
	int PROTOCOL_CONFIG = 5;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_CONFIG__KIND = COMPONENT_CONFIG__KIND;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_CONFIG__PARAMETERS = COMPONENT_CONFIG__PARAMETERS;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_CONFIG__NOTE = COMPONENT_CONFIG__NOTE;

	/**
	 * The number of structural features of the '<em>Protocol Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_CONFIG_FEATURE_COUNT = COMPONENT_CONFIG_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Protocol Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_CONFIG_OPERATION_COUNT = COMPONENT_CONFIG_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.openqci.model.impl.ChannelSegmentImpl <em>Channel Segment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.openqci.model.impl.ChannelSegmentImpl
	 * @see org.openqci.model.impl.QciPackageImpl#getChannelSegment()
	 * @generated
	 */
	int CHANNEL_SEGMENT = 6;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_SEGMENT__KIND = COMPONENT_CONFIG__KIND;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_SEGMENT__PARAMETERS = COMPONENT_CONFIG__PARAMETERS;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_SEGMENT__NOTE = COMPONENT_CONFIG__NOTE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_SEGMENT__NAME = COMPONENT_CONFIG_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Channel Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_SEGMENT_FEATURE_COUNT = COMPONENT_CONFIG_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Channel Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_SEGMENT_OPERATION_COUNT = COMPONENT_CONFIG_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.openqci.model.impl.ParameterValueImpl <em>Parameter Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.openqci.model.impl.ParameterValueImpl
	 * @see org.openqci.model.impl.QciPackageImpl#getParameterValue()
	 * @generated
	 */
	int PARAMETER_VALUE = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE__UNIT = 2;

	/**
	 * The feature id for the '<em><b>Optimise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE__OPTIMISE = 3;

	/**
	 * The number of structural features of the '<em>Parameter Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Parameter Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.openqci.model.impl.SweepImpl <em>Sweep</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.openqci.model.impl.SweepImpl
	 * @see org.openqci.model.impl.QciPackageImpl#getSweep()
	 * @generated
	 */
	int SWEEP = 8;

	/**
	 * The feature id for the '<em><b>Axes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__AXES = 0;

	/**
	 * The number of structural features of the '<em>Sweep</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Sweep</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.openqci.model.impl.SweepAxisImpl <em>Sweep Axis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.openqci.model.impl.SweepAxisImpl
	 * @see org.openqci.model.impl.QciPackageImpl#getSweepAxis()
	 * @generated
	 */
	int SWEEP_AXIS = 9;

	/**
	 * The feature id for the '<em><b>Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_AXIS__PARAMETER = 0;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_AXIS__FROM = 1;

	/**
	 * The feature id for the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_AXIS__TO = 2;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_AXIS__STEPS = 3;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_AXIS__UNIT = 4;

	/**
	 * The feature id for the '<em><b>Logarithmic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_AXIS__LOGARITHMIC = 5;

	/**
	 * The number of structural features of the '<em>Sweep Axis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_AXIS_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Sweep Axis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_AXIS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.openqci.model.impl.PassAnalysisImpl <em>Pass Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.openqci.model.impl.PassAnalysisImpl
	 * @see org.openqci.model.impl.QciPackageImpl#getPassAnalysis()
	 * @generated
	 */
	int PASS_ANALYSIS = 10;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASS_ANALYSIS__START = 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASS_ANALYSIS__END = 1;

	/**
	 * The feature id for the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASS_ANALYSIS__STEP = 2;

	/**
	 * The feature id for the '<em><b>Satellite</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASS_ANALYSIS__SATELLITE = 3;

	/**
	 * The feature id for the '<em><b>Stations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASS_ANALYSIS__STATIONS = 4;

	/**
	 * The number of structural features of the '<em>Pass Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASS_ANALYSIS_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Pass Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASS_ANALYSIS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.openqci.model.impl.SatelliteImpl <em>Satellite</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.openqci.model.impl.SatelliteImpl
	 * @see org.openqci.model.impl.QciPackageImpl#getSatellite()
	 * @generated
	 */
	int SATELLITE = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SATELLITE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Tle Line1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SATELLITE__TLE_LINE1 = 1;

	/**
	 * The feature id for the '<em><b>Tle Line2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SATELLITE__TLE_LINE2 = 2;

	/**
	 * The feature id for the '<em><b>Epoch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SATELLITE__EPOCH = 3;

	/**
	 * The feature id for the '<em><b>Altitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SATELLITE__ALTITUDE = 4;

	/**
	 * The feature id for the '<em><b>Eccentricity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SATELLITE__ECCENTRICITY = 5;

	/**
	 * The feature id for the '<em><b>Inclination</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SATELLITE__INCLINATION = 6;

	/**
	 * The feature id for the '<em><b>Raan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SATELLITE__RAAN = 7;

	/**
	 * The feature id for the '<em><b>Argument Of Perigee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SATELLITE__ARGUMENT_OF_PERIGEE = 8;

	/**
	 * The feature id for the '<em><b>Mean Anomaly</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SATELLITE__MEAN_ANOMALY = 9;

	/**
	 * The number of structural features of the '<em>Satellite</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SATELLITE_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Satellite</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SATELLITE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.openqci.model.impl.GroundStationImpl <em>Ground Station</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.openqci.model.impl.GroundStationImpl
	 * @see org.openqci.model.impl.QciPackageImpl#getGroundStation()
	 * @generated
	 */
	int GROUND_STATION = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUND_STATION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Latitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUND_STATION__LATITUDE = 1;

	/**
	 * The feature id for the '<em><b>Longitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUND_STATION__LONGITUDE = 2;

	/**
	 * The feature id for the '<em><b>Altitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUND_STATION__ALTITUDE = 3;

	/**
	 * The feature id for the '<em><b>Min Elevation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUND_STATION__MIN_ELEVATION = 4;

	/**
	 * The number of structural features of the '<em>Ground Station</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUND_STATION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Ground Station</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUND_STATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.openqci.model.impl.NetworkImpl <em>Network</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.openqci.model.impl.NetworkImpl
	 * @see org.openqci.model.impl.QciPackageImpl#getNetwork()
	 * @generated
	 */
	int NETWORK = 13;

	/**
	 * The feature id for the '<em><b>Routing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__ROUTING = 0;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__NODES = 1;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__LINKS = 2;

	/**
	 * The feature id for the '<em><b>Demands</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__DEMANDS = 3;

	/**
	 * The feature id for the '<em><b>Pools</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__POOLS = 4;

	/**
	 * The number of structural features of the '<em>Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.openqci.model.impl.NetworkNodeImpl <em>Network Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.openqci.model.impl.NetworkNodeImpl
	 * @see org.openqci.model.impl.QciPackageImpl#getNetworkNode()
	 * @generated
	 */
	int NETWORK_NODE = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_NODE__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_NODE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_NODE__KIND = 2;

	/**
	 * The feature id for the '<em><b>Latitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_NODE__LATITUDE = 3;

	/**
	 * The feature id for the '<em><b>Longitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_NODE__LONGITUDE = 4;

	/**
	 * The number of structural features of the '<em>Network Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_NODE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Network Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_NODE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.openqci.model.impl.NetworkLinkImpl <em>Network Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.openqci.model.impl.NetworkLinkImpl
	 * @see org.openqci.model.impl.QciPackageImpl#getNetworkLink()
	 * @generated
	 */
	int NETWORK_LINK = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_LINK__ID = 0;

	/**
	 * The feature id for the '<em><b>Node A</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_LINK__NODE_A = 1;

	/**
	 * The feature id for the '<em><b>Node B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_LINK__NODE_B = 2;

	/**
	 * The feature id for the '<em><b>Link</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_LINK__LINK = 3;

	/**
	 * The feature id for the '<em><b>Station</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_LINK__STATION = 4;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_LINK__LENGTH = 5;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_LINK__PARAMETERS = 6;

	/**
	 * The number of structural features of the '<em>Network Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_LINK_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Network Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_LINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.openqci.model.impl.KeyDemandImpl <em>Key Demand</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.openqci.model.impl.KeyDemandImpl
	 * @see org.openqci.model.impl.QciPackageImpl#getKeyDemand()
	 * @generated
	 */
	int KEY_DEMAND = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_DEMAND__ID = 0;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_DEMAND__FROM = 1;

	/**
	 * The feature id for the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_DEMAND__TO = 2;

	/**
	 * The feature id for the '<em><b>Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_DEMAND__RATE = 3;

	/**
	 * The number of structural features of the '<em>Key Demand</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_DEMAND_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Key Demand</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_DEMAND_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.openqci.model.impl.KeyPoolsImpl <em>Key Pools</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.openqci.model.impl.KeyPoolsImpl
	 * @see org.openqci.model.impl.QciPackageImpl#getKeyPools()
	 * @generated
	 */
	int KEY_POOLS = 17;

	/**
	 * The feature id for the '<em><b>Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_POOLS__DAYS = 0;

	/**
	 * The feature id for the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_POOLS__CAPACITY = 1;

	/**
	 * The feature id for the '<em><b>Initial Fill</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_POOLS__INITIAL_FILL = 2;

	/**
	 * The feature id for the '<em><b>Request Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_POOLS__REQUEST_SIZE = 3;

	/**
	 * The feature id for the '<em><b>Timeout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_POOLS__TIMEOUT = 4;

	/**
	 * The feature id for the '<em><b>Hop Latency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_POOLS__HOP_LATENCY = 5;

	/**
	 * The feature id for the '<em><b>Sample Interval</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_POOLS__SAMPLE_INTERVAL = 6;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_POOLS__SEED = 7;

	/**
	 * The number of structural features of the '<em>Key Pools</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_POOLS_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Key Pools</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_POOLS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.openqci.model.NodeKind <em>Node Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.openqci.model.NodeKind
	 * @see org.openqci.model.impl.QciPackageImpl#getNodeKind()
	 * @generated
	 */
	int NODE_KIND = 18;

	/**
	 * The meta object id for the '{@link org.openqci.model.Routing <em>Routing</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.openqci.model.Routing
	 * @see org.openqci.model.impl.QciPackageImpl#getRouting()
	 * @generated
	 */
	int ROUTING = 19;


	/**
	 * Returns the meta object for class '{@link org.openqci.model.Experiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Experiment</em>'.
	 * @see org.openqci.model.Experiment
	 * @generated
	 */
	EClass getExperiment();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.Experiment#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.openqci.model.Experiment#getName()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.Experiment#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.openqci.model.Experiment#getDescription()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.openqci.model.Experiment#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Links</em>'.
	 * @see org.openqci.model.Experiment#getLinks()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Links();

	/**
	 * Returns the meta object for the containment reference '{@link org.openqci.model.Experiment#getSweep <em>Sweep</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Sweep</em>'.
	 * @see org.openqci.model.Experiment#getSweep()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Sweep();

	/**
	 * Returns the meta object for the containment reference '{@link org.openqci.model.Experiment#getPasses <em>Passes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Passes</em>'.
	 * @see org.openqci.model.Experiment#getPasses()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Passes();

	/**
	 * Returns the meta object for the containment reference '{@link org.openqci.model.Experiment#getNetwork <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Network</em>'.
	 * @see org.openqci.model.Experiment#getNetwork()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Network();

	/**
	 * Returns the meta object for class '{@link org.openqci.model.Link <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Link</em>'.
	 * @see org.openqci.model.Link
	 * @generated
	 */
	EClass getLink();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.Link#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.openqci.model.Link#getId()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.Link#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.openqci.model.Link#getName()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Name();

	/**
	 * Returns the meta object for the containment reference '{@link org.openqci.model.Link#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Source</em>'.
	 * @see org.openqci.model.Link#getSource()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Source();

	/**
	 * Returns the meta object for the containment reference list '{@link org.openqci.model.Link#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Channels</em>'.
	 * @see org.openqci.model.Link#getChannels()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Channels();

	/**
	 * Returns the meta object for the containment reference '{@link org.openqci.model.Link#getDetector <em>Detector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Detector</em>'.
	 * @see org.openqci.model.Link#getDetector()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Detector();

	/**
	 * Returns the meta object for the containment reference '{@link org.openqci.model.Link#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Protocol</em>'.
	 * @see org.openqci.model.Link#getProtocol()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Protocol();

	/**
	 * Returns the meta object for class '{@link org.openqci.model.ComponentConfig <em>Component Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Component Config</em>'.
	 * @see org.openqci.model.ComponentConfig
	 * @generated
	 */
	EClass getComponentConfig();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.ComponentConfig#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.openqci.model.ComponentConfig#getKind()
	 * @see #getComponentConfig()
	 * @generated
	 */
	EAttribute getComponentConfig_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link org.openqci.model.ComponentConfig#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.openqci.model.ComponentConfig#getParameters()
	 * @see #getComponentConfig()
	 * @generated
	 */
	EReference getComponentConfig_Parameters();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.ComponentConfig#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.openqci.model.ComponentConfig#getNote()
	 * @see #getComponentConfig()
	 * @generated
	 */
	EAttribute getComponentConfig_Note();

	/**
	 * Returns the meta object for class '{@link org.openqci.model.SourceConfig <em>Source Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source Config</em>'.
	 * @see org.openqci.model.SourceConfig
	 * @generated
	 */
	EClass getSourceConfig();

	/**
	 * Returns the meta object for class '{@link org.openqci.model.DetectorConfig <em>Detector Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Detector Config</em>'.
	 * @see org.openqci.model.DetectorConfig
	 * @generated
	 */
	EClass getDetectorConfig();

	/**
	 * Returns the meta object for class '{@link org.openqci.model.ProtocolConfig <em>Protocol Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Protocol Config</em>'.
	 * @see org.openqci.model.ProtocolConfig
	 * @generated
	 */
	EClass getProtocolConfig();

	/**
	 * Returns the meta object for class '{@link org.openqci.model.ChannelSegment <em>Channel Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Channel Segment</em>'.
	 * @see org.openqci.model.ChannelSegment
	 * @generated
	 */
	EClass getChannelSegment();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.ChannelSegment#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.openqci.model.ChannelSegment#getName()
	 * @see #getChannelSegment()
	 * @generated
	 */
	EAttribute getChannelSegment_Name();

	/**
	 * Returns the meta object for class '{@link org.openqci.model.ParameterValue <em>Parameter Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter Value</em>'.
	 * @see org.openqci.model.ParameterValue
	 * @generated
	 */
	EClass getParameterValue();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.ParameterValue#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.openqci.model.ParameterValue#getName()
	 * @see #getParameterValue()
	 * @generated
	 */
	EAttribute getParameterValue_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.ParameterValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.openqci.model.ParameterValue#getValue()
	 * @see #getParameterValue()
	 * @generated
	 */
	EAttribute getParameterValue_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.ParameterValue#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.openqci.model.ParameterValue#getUnit()
	 * @see #getParameterValue()
	 * @generated
	 */
	EAttribute getParameterValue_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.ParameterValue#isOptimise <em>Optimise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Optimise</em>'.
	 * @see org.openqci.model.ParameterValue#isOptimise()
	 * @see #getParameterValue()
	 * @generated
	 */
	EAttribute getParameterValue_Optimise();

	/**
	 * Returns the meta object for class '{@link org.openqci.model.Sweep <em>Sweep</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sweep</em>'.
	 * @see org.openqci.model.Sweep
	 * @generated
	 */
	EClass getSweep();

	/**
	 * Returns the meta object for the containment reference list '{@link org.openqci.model.Sweep#getAxes <em>Axes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Axes</em>'.
	 * @see org.openqci.model.Sweep#getAxes()
	 * @see #getSweep()
	 * @generated
	 */
	EReference getSweep_Axes();

	/**
	 * Returns the meta object for class '{@link org.openqci.model.SweepAxis <em>Sweep Axis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sweep Axis</em>'.
	 * @see org.openqci.model.SweepAxis
	 * @generated
	 */
	EClass getSweepAxis();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.SweepAxis#getParameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameter</em>'.
	 * @see org.openqci.model.SweepAxis#getParameter()
	 * @see #getSweepAxis()
	 * @generated
	 */
	EAttribute getSweepAxis_Parameter();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.SweepAxis#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see org.openqci.model.SweepAxis#getFrom()
	 * @see #getSweepAxis()
	 * @generated
	 */
	EAttribute getSweepAxis_From();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.SweepAxis#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To</em>'.
	 * @see org.openqci.model.SweepAxis#getTo()
	 * @see #getSweepAxis()
	 * @generated
	 */
	EAttribute getSweepAxis_To();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.SweepAxis#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Steps</em>'.
	 * @see org.openqci.model.SweepAxis#getSteps()
	 * @see #getSweepAxis()
	 * @generated
	 */
	EAttribute getSweepAxis_Steps();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.SweepAxis#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.openqci.model.SweepAxis#getUnit()
	 * @see #getSweepAxis()
	 * @generated
	 */
	EAttribute getSweepAxis_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.SweepAxis#isLogarithmic <em>Logarithmic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Logarithmic</em>'.
	 * @see org.openqci.model.SweepAxis#isLogarithmic()
	 * @see #getSweepAxis()
	 * @generated
	 */
	EAttribute getSweepAxis_Logarithmic();

	/**
	 * Returns the meta object for class '{@link org.openqci.model.PassAnalysis <em>Pass Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pass Analysis</em>'.
	 * @see org.openqci.model.PassAnalysis
	 * @generated
	 */
	EClass getPassAnalysis();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.PassAnalysis#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.openqci.model.PassAnalysis#getStart()
	 * @see #getPassAnalysis()
	 * @generated
	 */
	EAttribute getPassAnalysis_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.PassAnalysis#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.openqci.model.PassAnalysis#getEnd()
	 * @see #getPassAnalysis()
	 * @generated
	 */
	EAttribute getPassAnalysis_End();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.PassAnalysis#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step</em>'.
	 * @see org.openqci.model.PassAnalysis#getStep()
	 * @see #getPassAnalysis()
	 * @generated
	 */
	EAttribute getPassAnalysis_Step();

	/**
	 * Returns the meta object for the containment reference '{@link org.openqci.model.PassAnalysis#getSatellite <em>Satellite</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Satellite</em>'.
	 * @see org.openqci.model.PassAnalysis#getSatellite()
	 * @see #getPassAnalysis()
	 * @generated
	 */
	EReference getPassAnalysis_Satellite();

	/**
	 * Returns the meta object for the containment reference list '{@link org.openqci.model.PassAnalysis#getStations <em>Stations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stations</em>'.
	 * @see org.openqci.model.PassAnalysis#getStations()
	 * @see #getPassAnalysis()
	 * @generated
	 */
	EReference getPassAnalysis_Stations();

	/**
	 * Returns the meta object for class '{@link org.openqci.model.Satellite <em>Satellite</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Satellite</em>'.
	 * @see org.openqci.model.Satellite
	 * @generated
	 */
	EClass getSatellite();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.Satellite#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.openqci.model.Satellite#getName()
	 * @see #getSatellite()
	 * @generated
	 */
	EAttribute getSatellite_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.Satellite#getTleLine1 <em>Tle Line1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tle Line1</em>'.
	 * @see org.openqci.model.Satellite#getTleLine1()
	 * @see #getSatellite()
	 * @generated
	 */
	EAttribute getSatellite_TleLine1();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.Satellite#getTleLine2 <em>Tle Line2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tle Line2</em>'.
	 * @see org.openqci.model.Satellite#getTleLine2()
	 * @see #getSatellite()
	 * @generated
	 */
	EAttribute getSatellite_TleLine2();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.Satellite#getEpoch <em>Epoch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epoch</em>'.
	 * @see org.openqci.model.Satellite#getEpoch()
	 * @see #getSatellite()
	 * @generated
	 */
	EAttribute getSatellite_Epoch();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.Satellite#getAltitude <em>Altitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Altitude</em>'.
	 * @see org.openqci.model.Satellite#getAltitude()
	 * @see #getSatellite()
	 * @generated
	 */
	EAttribute getSatellite_Altitude();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.Satellite#getEccentricity <em>Eccentricity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Eccentricity</em>'.
	 * @see org.openqci.model.Satellite#getEccentricity()
	 * @see #getSatellite()
	 * @generated
	 */
	EAttribute getSatellite_Eccentricity();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.Satellite#getInclination <em>Inclination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inclination</em>'.
	 * @see org.openqci.model.Satellite#getInclination()
	 * @see #getSatellite()
	 * @generated
	 */
	EAttribute getSatellite_Inclination();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.Satellite#getRaan <em>Raan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Raan</em>'.
	 * @see org.openqci.model.Satellite#getRaan()
	 * @see #getSatellite()
	 * @generated
	 */
	EAttribute getSatellite_Raan();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.Satellite#getArgumentOfPerigee <em>Argument Of Perigee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Argument Of Perigee</em>'.
	 * @see org.openqci.model.Satellite#getArgumentOfPerigee()
	 * @see #getSatellite()
	 * @generated
	 */
	EAttribute getSatellite_ArgumentOfPerigee();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.Satellite#getMeanAnomaly <em>Mean Anomaly</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mean Anomaly</em>'.
	 * @see org.openqci.model.Satellite#getMeanAnomaly()
	 * @see #getSatellite()
	 * @generated
	 */
	EAttribute getSatellite_MeanAnomaly();

	/**
	 * Returns the meta object for class '{@link org.openqci.model.GroundStation <em>Ground Station</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ground Station</em>'.
	 * @see org.openqci.model.GroundStation
	 * @generated
	 */
	EClass getGroundStation();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.GroundStation#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.openqci.model.GroundStation#getName()
	 * @see #getGroundStation()
	 * @generated
	 */
	EAttribute getGroundStation_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.GroundStation#getLatitude <em>Latitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Latitude</em>'.
	 * @see org.openqci.model.GroundStation#getLatitude()
	 * @see #getGroundStation()
	 * @generated
	 */
	EAttribute getGroundStation_Latitude();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.GroundStation#getLongitude <em>Longitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Longitude</em>'.
	 * @see org.openqci.model.GroundStation#getLongitude()
	 * @see #getGroundStation()
	 * @generated
	 */
	EAttribute getGroundStation_Longitude();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.GroundStation#getAltitude <em>Altitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Altitude</em>'.
	 * @see org.openqci.model.GroundStation#getAltitude()
	 * @see #getGroundStation()
	 * @generated
	 */
	EAttribute getGroundStation_Altitude();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.GroundStation#getMinElevation <em>Min Elevation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Elevation</em>'.
	 * @see org.openqci.model.GroundStation#getMinElevation()
	 * @see #getGroundStation()
	 * @generated
	 */
	EAttribute getGroundStation_MinElevation();

	/**
	 * Returns the meta object for class '{@link org.openqci.model.Network <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network</em>'.
	 * @see org.openqci.model.Network
	 * @generated
	 */
	EClass getNetwork();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.Network#getRouting <em>Routing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Routing</em>'.
	 * @see org.openqci.model.Network#getRouting()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_Routing();

	/**
	 * Returns the meta object for the containment reference list '{@link org.openqci.model.Network#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see org.openqci.model.Network#getNodes()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Nodes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.openqci.model.Network#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Links</em>'.
	 * @see org.openqci.model.Network#getLinks()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Links();

	/**
	 * Returns the meta object for the containment reference list '{@link org.openqci.model.Network#getDemands <em>Demands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Demands</em>'.
	 * @see org.openqci.model.Network#getDemands()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Demands();

	/**
	 * Returns the meta object for the containment reference '{@link org.openqci.model.Network#getPools <em>Pools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Pools</em>'.
	 * @see org.openqci.model.Network#getPools()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Pools();

	/**
	 * Returns the meta object for class '{@link org.openqci.model.NetworkNode <em>Network Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Node</em>'.
	 * @see org.openqci.model.NetworkNode
	 * @generated
	 */
	EClass getNetworkNode();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.NetworkNode#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.openqci.model.NetworkNode#getId()
	 * @see #getNetworkNode()
	 * @generated
	 */
	EAttribute getNetworkNode_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.NetworkNode#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.openqci.model.NetworkNode#getName()
	 * @see #getNetworkNode()
	 * @generated
	 */
	EAttribute getNetworkNode_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.NetworkNode#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.openqci.model.NetworkNode#getKind()
	 * @see #getNetworkNode()
	 * @generated
	 */
	EAttribute getNetworkNode_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.NetworkNode#getLatitude <em>Latitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Latitude</em>'.
	 * @see org.openqci.model.NetworkNode#getLatitude()
	 * @see #getNetworkNode()
	 * @generated
	 */
	EAttribute getNetworkNode_Latitude();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.NetworkNode#getLongitude <em>Longitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Longitude</em>'.
	 * @see org.openqci.model.NetworkNode#getLongitude()
	 * @see #getNetworkNode()
	 * @generated
	 */
	EAttribute getNetworkNode_Longitude();

	/**
	 * Returns the meta object for class '{@link org.openqci.model.NetworkLink <em>Network Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Link</em>'.
	 * @see org.openqci.model.NetworkLink
	 * @generated
	 */
	EClass getNetworkLink();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.NetworkLink#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.openqci.model.NetworkLink#getId()
	 * @see #getNetworkLink()
	 * @generated
	 */
	EAttribute getNetworkLink_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.NetworkLink#getNodeA <em>Node A</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Node A</em>'.
	 * @see org.openqci.model.NetworkLink#getNodeA()
	 * @see #getNetworkLink()
	 * @generated
	 */
	EAttribute getNetworkLink_NodeA();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.NetworkLink#getNodeB <em>Node B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Node B</em>'.
	 * @see org.openqci.model.NetworkLink#getNodeB()
	 * @see #getNetworkLink()
	 * @generated
	 */
	EAttribute getNetworkLink_NodeB();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.NetworkLink#getLink <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Link</em>'.
	 * @see org.openqci.model.NetworkLink#getLink()
	 * @see #getNetworkLink()
	 * @generated
	 */
	EAttribute getNetworkLink_Link();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.NetworkLink#getStation <em>Station</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Station</em>'.
	 * @see org.openqci.model.NetworkLink#getStation()
	 * @see #getNetworkLink()
	 * @generated
	 */
	EAttribute getNetworkLink_Station();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.NetworkLink#getLength <em>Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Length</em>'.
	 * @see org.openqci.model.NetworkLink#getLength()
	 * @see #getNetworkLink()
	 * @generated
	 */
	EAttribute getNetworkLink_Length();

	/**
	 * Returns the meta object for the containment reference list '{@link org.openqci.model.NetworkLink#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.openqci.model.NetworkLink#getParameters()
	 * @see #getNetworkLink()
	 * @generated
	 */
	EReference getNetworkLink_Parameters();

	/**
	 * Returns the meta object for class '{@link org.openqci.model.KeyDemand <em>Key Demand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Key Demand</em>'.
	 * @see org.openqci.model.KeyDemand
	 * @generated
	 */
	EClass getKeyDemand();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.KeyDemand#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.openqci.model.KeyDemand#getId()
	 * @see #getKeyDemand()
	 * @generated
	 */
	EAttribute getKeyDemand_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.KeyDemand#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see org.openqci.model.KeyDemand#getFrom()
	 * @see #getKeyDemand()
	 * @generated
	 */
	EAttribute getKeyDemand_From();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.KeyDemand#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To</em>'.
	 * @see org.openqci.model.KeyDemand#getTo()
	 * @see #getKeyDemand()
	 * @generated
	 */
	EAttribute getKeyDemand_To();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.KeyDemand#getRate <em>Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rate</em>'.
	 * @see org.openqci.model.KeyDemand#getRate()
	 * @see #getKeyDemand()
	 * @generated
	 */
	EAttribute getKeyDemand_Rate();

	/**
	 * Returns the meta object for class '{@link org.openqci.model.KeyPools <em>Key Pools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Key Pools</em>'.
	 * @see org.openqci.model.KeyPools
	 * @generated
	 */
	EClass getKeyPools();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.KeyPools#getDays <em>Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Days</em>'.
	 * @see org.openqci.model.KeyPools#getDays()
	 * @see #getKeyPools()
	 * @generated
	 */
	EAttribute getKeyPools_Days();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.KeyPools#getCapacity <em>Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacity</em>'.
	 * @see org.openqci.model.KeyPools#getCapacity()
	 * @see #getKeyPools()
	 * @generated
	 */
	EAttribute getKeyPools_Capacity();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.KeyPools#getInitialFill <em>Initial Fill</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initial Fill</em>'.
	 * @see org.openqci.model.KeyPools#getInitialFill()
	 * @see #getKeyPools()
	 * @generated
	 */
	EAttribute getKeyPools_InitialFill();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.KeyPools#getRequestSize <em>Request Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Request Size</em>'.
	 * @see org.openqci.model.KeyPools#getRequestSize()
	 * @see #getKeyPools()
	 * @generated
	 */
	EAttribute getKeyPools_RequestSize();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.KeyPools#getTimeout <em>Timeout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timeout</em>'.
	 * @see org.openqci.model.KeyPools#getTimeout()
	 * @see #getKeyPools()
	 * @generated
	 */
	EAttribute getKeyPools_Timeout();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.KeyPools#getHopLatency <em>Hop Latency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hop Latency</em>'.
	 * @see org.openqci.model.KeyPools#getHopLatency()
	 * @see #getKeyPools()
	 * @generated
	 */
	EAttribute getKeyPools_HopLatency();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.KeyPools#getSampleInterval <em>Sample Interval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sample Interval</em>'.
	 * @see org.openqci.model.KeyPools#getSampleInterval()
	 * @see #getKeyPools()
	 * @generated
	 */
	EAttribute getKeyPools_SampleInterval();

	/**
	 * Returns the meta object for the attribute '{@link org.openqci.model.KeyPools#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.openqci.model.KeyPools#getSeed()
	 * @see #getKeyPools()
	 * @generated
	 */
	EAttribute getKeyPools_Seed();

	/**
	 * Returns the meta object for enum '{@link org.openqci.model.NodeKind <em>Node Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Node Kind</em>'.
	 * @see org.openqci.model.NodeKind
	 * @generated
	 */
	EEnum getNodeKind();

	/**
	 * Returns the meta object for enum '{@link org.openqci.model.Routing <em>Routing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Routing</em>'.
	 * @see org.openqci.model.Routing
	 * @generated
	 */
	EEnum getRouting();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	QciFactory getQciFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.openqci.model.impl.ExperimentImpl <em>Experiment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.openqci.model.impl.ExperimentImpl
		 * @see org.openqci.model.impl.QciPackageImpl#getExperiment()
		 * @generated
		 */
		EClass EXPERIMENT = eINSTANCE.getExperiment();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__NAME = eINSTANCE.getExperiment_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__DESCRIPTION = eINSTANCE.getExperiment_Description();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__LINKS = eINSTANCE.getExperiment_Links();

		/**
		 * The meta object literal for the '<em><b>Sweep</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__SWEEP = eINSTANCE.getExperiment_Sweep();

		/**
		 * The meta object literal for the '<em><b>Passes</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__PASSES = eINSTANCE.getExperiment_Passes();

		/**
		 * The meta object literal for the '<em><b>Network</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__NETWORK = eINSTANCE.getExperiment_Network();

		/**
		 * The meta object literal for the '{@link org.openqci.model.impl.LinkImpl <em>Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.openqci.model.impl.LinkImpl
		 * @see org.openqci.model.impl.QciPackageImpl#getLink()
		 * @generated
		 */
		EClass LINK = eINSTANCE.getLink();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__ID = eINSTANCE.getLink_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__NAME = eINSTANCE.getLink_Name();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__SOURCE = eINSTANCE.getLink_Source();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__CHANNELS = eINSTANCE.getLink_Channels();

		/**
		 * The meta object literal for the '<em><b>Detector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__DETECTOR = eINSTANCE.getLink_Detector();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__PROTOCOL = eINSTANCE.getLink_Protocol();

		/**
		 * The meta object literal for the '{@link org.openqci.model.impl.ComponentConfigImpl <em>Component Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.openqci.model.impl.ComponentConfigImpl
		 * @see org.openqci.model.impl.QciPackageImpl#getComponentConfig()
		 * @generated
		 */
		EClass COMPONENT_CONFIG = eINSTANCE.getComponentConfig();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT_CONFIG__KIND = eINSTANCE.getComponentConfig_Kind();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT_CONFIG__PARAMETERS = eINSTANCE.getComponentConfig_Parameters();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT_CONFIG__NOTE = eINSTANCE.getComponentConfig_Note();

		/**
		 * The meta object literal for the '{@link org.openqci.model.impl.SourceConfigImpl <em>Source Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.openqci.model.impl.SourceConfigImpl
		 * @see org.openqci.model.impl.QciPackageImpl#getSourceConfig()
		 * @generated
		 */
		EClass SOURCE_CONFIG = eINSTANCE.getSourceConfig();

		/**
		 * The meta object literal for the '{@link org.openqci.model.impl.DetectorConfigImpl <em>Detector Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.openqci.model.impl.DetectorConfigImpl
		 * @see org.openqci.model.impl.QciPackageImpl#getDetectorConfig()
		 * @generated
		 */
		EClass DETECTOR_CONFIG = eINSTANCE.getDetectorConfig();

		/**
		 * The meta object literal for the '{@link org.openqci.model.impl.ProtocolConfigImpl <em>Protocol Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.openqci.model.impl.ProtocolConfigImpl
		 * @see org.openqci.model.impl.QciPackageImpl#getProtocolConfig()
		 * @generated
		 */
		EClass PROTOCOL_CONFIG = eINSTANCE.getProtocolConfig();

		/**
		 * The meta object literal for the '{@link org.openqci.model.impl.ChannelSegmentImpl <em>Channel Segment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.openqci.model.impl.ChannelSegmentImpl
		 * @see org.openqci.model.impl.QciPackageImpl#getChannelSegment()
		 * @generated
		 */
		EClass CHANNEL_SEGMENT = eINSTANCE.getChannelSegment();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_SEGMENT__NAME = eINSTANCE.getChannelSegment_Name();

		/**
		 * The meta object literal for the '{@link org.openqci.model.impl.ParameterValueImpl <em>Parameter Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.openqci.model.impl.ParameterValueImpl
		 * @see org.openqci.model.impl.QciPackageImpl#getParameterValue()
		 * @generated
		 */
		EClass PARAMETER_VALUE = eINSTANCE.getParameterValue();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_VALUE__NAME = eINSTANCE.getParameterValue_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_VALUE__VALUE = eINSTANCE.getParameterValue_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_VALUE__UNIT = eINSTANCE.getParameterValue_Unit();

		/**
		 * The meta object literal for the '<em><b>Optimise</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_VALUE__OPTIMISE = eINSTANCE.getParameterValue_Optimise();

		/**
		 * The meta object literal for the '{@link org.openqci.model.impl.SweepImpl <em>Sweep</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.openqci.model.impl.SweepImpl
		 * @see org.openqci.model.impl.QciPackageImpl#getSweep()
		 * @generated
		 */
		EClass SWEEP = eINSTANCE.getSweep();

		/**
		 * The meta object literal for the '<em><b>Axes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWEEP__AXES = eINSTANCE.getSweep_Axes();

		/**
		 * The meta object literal for the '{@link org.openqci.model.impl.SweepAxisImpl <em>Sweep Axis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.openqci.model.impl.SweepAxisImpl
		 * @see org.openqci.model.impl.QciPackageImpl#getSweepAxis()
		 * @generated
		 */
		EClass SWEEP_AXIS = eINSTANCE.getSweepAxis();

		/**
		 * The meta object literal for the '<em><b>Parameter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_AXIS__PARAMETER = eINSTANCE.getSweepAxis_Parameter();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_AXIS__FROM = eINSTANCE.getSweepAxis_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_AXIS__TO = eINSTANCE.getSweepAxis_To();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_AXIS__STEPS = eINSTANCE.getSweepAxis_Steps();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_AXIS__UNIT = eINSTANCE.getSweepAxis_Unit();

		/**
		 * The meta object literal for the '<em><b>Logarithmic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_AXIS__LOGARITHMIC = eINSTANCE.getSweepAxis_Logarithmic();

		/**
		 * The meta object literal for the '{@link org.openqci.model.impl.PassAnalysisImpl <em>Pass Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.openqci.model.impl.PassAnalysisImpl
		 * @see org.openqci.model.impl.QciPackageImpl#getPassAnalysis()
		 * @generated
		 */
		EClass PASS_ANALYSIS = eINSTANCE.getPassAnalysis();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PASS_ANALYSIS__START = eINSTANCE.getPassAnalysis_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PASS_ANALYSIS__END = eINSTANCE.getPassAnalysis_End();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PASS_ANALYSIS__STEP = eINSTANCE.getPassAnalysis_Step();

		/**
		 * The meta object literal for the '<em><b>Satellite</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PASS_ANALYSIS__SATELLITE = eINSTANCE.getPassAnalysis_Satellite();

		/**
		 * The meta object literal for the '<em><b>Stations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PASS_ANALYSIS__STATIONS = eINSTANCE.getPassAnalysis_Stations();

		/**
		 * The meta object literal for the '{@link org.openqci.model.impl.SatelliteImpl <em>Satellite</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.openqci.model.impl.SatelliteImpl
		 * @see org.openqci.model.impl.QciPackageImpl#getSatellite()
		 * @generated
		 */
		EClass SATELLITE = eINSTANCE.getSatellite();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SATELLITE__NAME = eINSTANCE.getSatellite_Name();

		/**
		 * The meta object literal for the '<em><b>Tle Line1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SATELLITE__TLE_LINE1 = eINSTANCE.getSatellite_TleLine1();

		/**
		 * The meta object literal for the '<em><b>Tle Line2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SATELLITE__TLE_LINE2 = eINSTANCE.getSatellite_TleLine2();

		/**
		 * The meta object literal for the '<em><b>Epoch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SATELLITE__EPOCH = eINSTANCE.getSatellite_Epoch();

		/**
		 * The meta object literal for the '<em><b>Altitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SATELLITE__ALTITUDE = eINSTANCE.getSatellite_Altitude();

		/**
		 * The meta object literal for the '<em><b>Eccentricity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SATELLITE__ECCENTRICITY = eINSTANCE.getSatellite_Eccentricity();

		/**
		 * The meta object literal for the '<em><b>Inclination</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SATELLITE__INCLINATION = eINSTANCE.getSatellite_Inclination();

		/**
		 * The meta object literal for the '<em><b>Raan</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SATELLITE__RAAN = eINSTANCE.getSatellite_Raan();

		/**
		 * The meta object literal for the '<em><b>Argument Of Perigee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SATELLITE__ARGUMENT_OF_PERIGEE = eINSTANCE.getSatellite_ArgumentOfPerigee();

		/**
		 * The meta object literal for the '<em><b>Mean Anomaly</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SATELLITE__MEAN_ANOMALY = eINSTANCE.getSatellite_MeanAnomaly();

		/**
		 * The meta object literal for the '{@link org.openqci.model.impl.GroundStationImpl <em>Ground Station</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.openqci.model.impl.GroundStationImpl
		 * @see org.openqci.model.impl.QciPackageImpl#getGroundStation()
		 * @generated
		 */
		EClass GROUND_STATION = eINSTANCE.getGroundStation();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUND_STATION__NAME = eINSTANCE.getGroundStation_Name();

		/**
		 * The meta object literal for the '<em><b>Latitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUND_STATION__LATITUDE = eINSTANCE.getGroundStation_Latitude();

		/**
		 * The meta object literal for the '<em><b>Longitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUND_STATION__LONGITUDE = eINSTANCE.getGroundStation_Longitude();

		/**
		 * The meta object literal for the '<em><b>Altitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUND_STATION__ALTITUDE = eINSTANCE.getGroundStation_Altitude();

		/**
		 * The meta object literal for the '<em><b>Min Elevation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUND_STATION__MIN_ELEVATION = eINSTANCE.getGroundStation_MinElevation();

		/**
		 * The meta object literal for the '{@link org.openqci.model.impl.NetworkImpl <em>Network</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.openqci.model.impl.NetworkImpl
		 * @see org.openqci.model.impl.QciPackageImpl#getNetwork()
		 * @generated
		 */
		EClass NETWORK = eINSTANCE.getNetwork();

		/**
		 * The meta object literal for the '<em><b>Routing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__ROUTING = eINSTANCE.getNetwork_Routing();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__NODES = eINSTANCE.getNetwork_Nodes();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__LINKS = eINSTANCE.getNetwork_Links();

		/**
		 * The meta object literal for the '<em><b>Demands</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__DEMANDS = eINSTANCE.getNetwork_Demands();

		/**
		 * The meta object literal for the '<em><b>Pools</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__POOLS = eINSTANCE.getNetwork_Pools();

		/**
		 * The meta object literal for the '{@link org.openqci.model.impl.NetworkNodeImpl <em>Network Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.openqci.model.impl.NetworkNodeImpl
		 * @see org.openqci.model.impl.QciPackageImpl#getNetworkNode()
		 * @generated
		 */
		EClass NETWORK_NODE = eINSTANCE.getNetworkNode();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_NODE__ID = eINSTANCE.getNetworkNode_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_NODE__NAME = eINSTANCE.getNetworkNode_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_NODE__KIND = eINSTANCE.getNetworkNode_Kind();

		/**
		 * The meta object literal for the '<em><b>Latitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_NODE__LATITUDE = eINSTANCE.getNetworkNode_Latitude();

		/**
		 * The meta object literal for the '<em><b>Longitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_NODE__LONGITUDE = eINSTANCE.getNetworkNode_Longitude();

		/**
		 * The meta object literal for the '{@link org.openqci.model.impl.NetworkLinkImpl <em>Network Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.openqci.model.impl.NetworkLinkImpl
		 * @see org.openqci.model.impl.QciPackageImpl#getNetworkLink()
		 * @generated
		 */
		EClass NETWORK_LINK = eINSTANCE.getNetworkLink();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_LINK__ID = eINSTANCE.getNetworkLink_Id();

		/**
		 * The meta object literal for the '<em><b>Node A</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_LINK__NODE_A = eINSTANCE.getNetworkLink_NodeA();

		/**
		 * The meta object literal for the '<em><b>Node B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_LINK__NODE_B = eINSTANCE.getNetworkLink_NodeB();

		/**
		 * The meta object literal for the '<em><b>Link</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_LINK__LINK = eINSTANCE.getNetworkLink_Link();

		/**
		 * The meta object literal for the '<em><b>Station</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_LINK__STATION = eINSTANCE.getNetworkLink_Station();

		/**
		 * The meta object literal for the '<em><b>Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_LINK__LENGTH = eINSTANCE.getNetworkLink_Length();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_LINK__PARAMETERS = eINSTANCE.getNetworkLink_Parameters();

		/**
		 * The meta object literal for the '{@link org.openqci.model.impl.KeyDemandImpl <em>Key Demand</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.openqci.model.impl.KeyDemandImpl
		 * @see org.openqci.model.impl.QciPackageImpl#getKeyDemand()
		 * @generated
		 */
		EClass KEY_DEMAND = eINSTANCE.getKeyDemand();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_DEMAND__ID = eINSTANCE.getKeyDemand_Id();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_DEMAND__FROM = eINSTANCE.getKeyDemand_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_DEMAND__TO = eINSTANCE.getKeyDemand_To();

		/**
		 * The meta object literal for the '<em><b>Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_DEMAND__RATE = eINSTANCE.getKeyDemand_Rate();

		/**
		 * The meta object literal for the '{@link org.openqci.model.impl.KeyPoolsImpl <em>Key Pools</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.openqci.model.impl.KeyPoolsImpl
		 * @see org.openqci.model.impl.QciPackageImpl#getKeyPools()
		 * @generated
		 */
		EClass KEY_POOLS = eINSTANCE.getKeyPools();

		/**
		 * The meta object literal for the '<em><b>Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_POOLS__DAYS = eINSTANCE.getKeyPools_Days();

		/**
		 * The meta object literal for the '<em><b>Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_POOLS__CAPACITY = eINSTANCE.getKeyPools_Capacity();

		/**
		 * The meta object literal for the '<em><b>Initial Fill</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_POOLS__INITIAL_FILL = eINSTANCE.getKeyPools_InitialFill();

		/**
		 * The meta object literal for the '<em><b>Request Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_POOLS__REQUEST_SIZE = eINSTANCE.getKeyPools_RequestSize();

		/**
		 * The meta object literal for the '<em><b>Timeout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_POOLS__TIMEOUT = eINSTANCE.getKeyPools_Timeout();

		/**
		 * The meta object literal for the '<em><b>Hop Latency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_POOLS__HOP_LATENCY = eINSTANCE.getKeyPools_HopLatency();

		/**
		 * The meta object literal for the '<em><b>Sample Interval</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_POOLS__SAMPLE_INTERVAL = eINSTANCE.getKeyPools_SampleInterval();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_POOLS__SEED = eINSTANCE.getKeyPools_Seed();

		/**
		 * The meta object literal for the '{@link org.openqci.model.NodeKind <em>Node Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.openqci.model.NodeKind
		 * @see org.openqci.model.impl.QciPackageImpl#getNodeKind()
		 * @generated
		 */
		EEnum NODE_KIND = eINSTANCE.getNodeKind();

		/**
		 * The meta object literal for the '{@link org.openqci.model.Routing <em>Routing</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.openqci.model.Routing
		 * @see org.openqci.model.impl.QciPackageImpl#getRouting()
		 * @generated
		 */
		EEnum ROUTING = eINSTANCE.getRouting();

	}

} //QciPackage
