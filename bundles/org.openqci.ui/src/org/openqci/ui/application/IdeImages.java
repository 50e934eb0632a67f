/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.application;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.application.IWorkbenchConfigurer;

/**
 * Declares the shared images that the IDE's own application normally declares and that the
 * resource labels and the Problems view look up: project icons and marker severities. Without
 * them an RCP application on the IDE plug-in shows projects and problems without icons.
 */
final class IdeImages {

	private static final String IDE_BUNDLE = "org.eclipse.ui.ide";

	private IdeImages() {
	}

	static void declare(IWorkbenchConfigurer configurer) {
		declare(configurer, "IMG_OBJ_PROJECT", "icons/full/obj16/prj_obj.png");
		declare(configurer, "IMG_OBJ_PROJECT_CLOSED", "icons/full/obj16/cprj_obj.png");
		declare(configurer, "IMG_OBJS_ERROR_PATH", "icons/full/obj16/error_tsk.png");
		declare(configurer, "IMG_OBJS_WARNING_PATH", "icons/full/obj16/warn_tsk.png");
		declare(configurer, "IMG_OBJS_INFO_PATH", "icons/full/obj16/info_tsk.png");
		declare(configurer, "IMG_ETOOL_PROBLEM_CATEGORY", "icons/full/etool16/problem_category.png");
		declare(configurer, "IMG_ETOOL_PROBLEMS_VIEW", "icons/full/eview16/problems_view.png");
		declare(configurer, "IMG_ETOOL_PROBLEMS_VIEW_ERROR", "icons/full/eview16/problems_view_error.png");
		declare(configurer, "IMG_ETOOL_PROBLEMS_VIEW_WARNING", "icons/full/eview16/problems_view_warning.png");
		declare(configurer, "IMG_ETOOL_PROBLEMS_VIEW_INFO", "icons/full/eview16/problems_view_info.png");
		declare(configurer, "IMG_OPEN_MARKER", "icons/full/elcl16/gotoobj_tsk.png");
	}

	private static void declare(IWorkbenchConfigurer configurer, String key, String path) {
		ImageDescriptor descriptor = ResourceLocator.imageDescriptorFromBundle(IDE_BUNDLE, path)
				.orElseGet(ImageDescriptor::getMissingImageDescriptor);
		configurer.declareImage(key, descriptor, true);
	}
}
