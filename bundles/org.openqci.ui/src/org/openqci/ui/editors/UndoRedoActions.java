/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo and redo on an EMF command stack, installed as the global Undo/Redo handlers of an
 * editor's action bars (so the Edit menu, Ctrl+Z and Ctrl+Y act on the stack).
 */
final class UndoRedoActions {

	private final CommandStack stack;
	private final Action undo = new Action() {
		@Override
		public void run() {
			if (stack.canUndo()) {
				stack.undo();
			}
		}
	};
	private final Action redo = new Action() {
		@Override
		public void run() {
			if (stack.canRedo()) {
				stack.redo();
			}
		}
	};

	UndoRedoActions(CommandStack stack) {
		this.stack = stack;
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		undo.setId(ActionFactory.UNDO.getId());
		undo.setActionDefinitionId("org.eclipse.ui.edit.undo");
		undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
		redo.setId(ActionFactory.REDO.getId());
		redo.setActionDefinitionId("org.eclipse.ui.edit.redo");
		redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
		update();
	}

	/** Installs both actions as the global handlers of {@code bars}. */
	void install(IActionBars bars) {
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.updateActionBars();
	}

	/** Updates labels and enablement from the stack. */
	void update() {
		Command next = stack.getUndoCommand();
		undo.setEnabled(stack.canUndo());
		undo.setText(next == null ? "&Undo" : "&Undo " + label(next));
		Command again = stack.getRedoCommand();
		redo.setEnabled(stack.canRedo());
		redo.setText(again == null ? "&Redo" : "&Redo " + label(again));
	}

	private static String label(Command command) {
		String label = command.getLabel();
		return label == null ? "" : label;
	}
}
