/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Key pools of a trusted-node QKD network over time: {@link org.openqci.network.pools.KeyPoolSimulation}
 * simulates, event by event, each link's pool of key filling (steadily or in
 * {@link org.openqci.network.pools.SupplyWindow}s such as satellite passes, as its
 * {@link org.openqci.network.pools.LinkSupply} says) and the demands' relay requests taking key
 * from every pool of their route, under {@link org.openqci.network.pools.PoolSettings}, and gives
 * {@link org.openqci.network.pools.PoolResults}: the pools' stock over time, what went into and
 * out of each ({@link org.openqci.network.pools.LinkPoolStats}) and how each demand fared
 * ({@link org.openqci.network.pools.DemandStats}).
 */
package org.openqci.network.pools;
