/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.pools;

import java.util.ArrayList;
import java.util.List;

/**
 * A route a demand's requests may take: its hops in order, each the indices of the links that
 * may carry it (several for parallel links merged into one hop by single-path routing).
 */
final class CandidateRoute {

	private final int[][] hops;
	private final String[] linkIds;
	private final List<String> fixed;

	/**
	 * @param hops    the link indices of each hop
	 * @param linkIds every link's id, by index
	 */
	CandidateRoute(int[][] hops, String[] linkIds) {
		this.hops = hops;
		this.linkIds = linkIds;
		List<String> ids = new ArrayList<>();
		boolean single = true;
		for (int[] hop : hops) {
			single &= hop.length == 1;
			ids.add(linkIds[hop[0]]);
		}
		fixed = single ? List.copyOf(ids) : null;
	}

	int hopCount() {
		return hops.length;
	}

	/** The indices of the links that may carry hop {@code hop}. */
	int[] hop(int hop) {
		return hops[hop];
	}

	/** The ids of the links taken, {@code chosen[h]} the index of hop h's link. */
	List<String> linkIds(int[] chosen) {
		if (fixed != null) {
			return fixed;
		}
		String[] ids = new String[hops.length];
		for (int h = 0; h < hops.length; h++) {
			ids[h] = linkIds[chosen[h]];
		}
		return List.of(ids);
	}
}
