/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Reading and writing experiment files ({@code *.qci}): {@link org.openqci.model.files.ExperimentFiles}
 * loads with clear, located error messages ({@link org.openqci.model.files.ExperimentFileException})
 * and saves atomically, so that a failed save never destroys the previous file.
 */
package org.openqci.model.files;
