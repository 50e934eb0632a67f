/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * EMF.Edit support for experiments: item providers (generated, in {@code src-gen/}) with
 * property descriptors, and the hand-written {@link org.openqci.model.provider.QciLabelledItemProviderAdapterFactory}
 * and {@link org.openqci.model.provider.ExperimentLabels} that give users readable labels.
 */
package org.openqci.model.provider;
