/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.results;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where a result set came from, so that it can be reproduced.
 *
 * @param experimentName     the experiment's name
 * @param experimentFile     the file it was read from (may be empty when run from memory)
 * @param experimentSha256   SHA-256 of the experiment file's bytes as read (empty when unknown)
 * @param overrides          parameter overrides applied on top of the file (path=value unit), in order
 * @param bundleVersions     symbolic name to version of the bundles of every model used, and of the engine
 * @param created            when the run finished
 * @param seeds              random seeds used, by purpose (empty: the analytic engine is deterministic)
 */
public record Provenance(String experimentName, String experimentFile, String experimentSha256,
		List<String> overrides, Map<String, String> bundleVersions, Instant created, Map<String, Long> seeds) {
}
