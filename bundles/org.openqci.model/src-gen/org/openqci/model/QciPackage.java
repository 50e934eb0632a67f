/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
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
	 * The number of structural features of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_FEATURE_COUNT = 4;

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
	 * The number of structural features of the '<em>Component Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_CONFIG_FEATURE_COUNT = 2;

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

	}

} //QciPackage
