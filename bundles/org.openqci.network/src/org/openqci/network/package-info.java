/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Trusted-node QKD networks and the key they can relay: a {@link org.openqci.network.Network}
 * of {@link org.openqci.network.Node}s (user sites, trusted nodes, ground stations),
 * {@link org.openqci.network.Link}s with their key rates and lengths, and
 * {@link org.openqci.network.Demand}s between user sites; {@link org.openqci.network.NetworkAnalysis}
 * gives the end-to-end {@link org.openqci.network.Throughput} of a pair or of every demand under
 * a {@link org.openqci.network.Routing} (maximum flow with its minimum cut, or a single route of
 * fewest hops or least length), its bottleneck links, and what taking out a node or a link does.
 * The graph algorithms are JGraphT's, kept out of this API.
 */
package org.openqci.network;
