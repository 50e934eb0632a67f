/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import java.util.function.Consumer;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.openqci.model.Experiment;

/**
 * What a details page needs from its editor.
 *
 * @param domain     the editing domain whose command stack every change goes through
 * @param experiment the edited experiment (for lists of parameter paths)
 * @param status     shows a one-line error in the status line ({@code null} clears it)
 */
record DetailsContext(EditingDomain domain, Experiment experiment, Consumer<String> status) {
}
