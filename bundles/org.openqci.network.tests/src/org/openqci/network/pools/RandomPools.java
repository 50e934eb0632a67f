/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.pools;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.openqci.network.Demand;
import org.openqci.network.Link;
import org.openqci.network.Network;
import org.openqci.network.Node;
import org.openqci.network.NodeKind;

/** Random networks with demands, and random supplies for them, for the pool tests. */
final class RandomPools {

	private RandomPools() {
	}

	/** 4 to 9 nodes (the first three users, some more), links of 0 to 2000 bit/s, 1 to 4 demands. */
	static Network network(SplittableRandom random) {
		int size = 4 + random.nextInt(6);
		List<Node> nodes = new ArrayList<>();
		for (int n = 0; n < size; n++) {
			NodeKind kind = n < 3 || random.nextInt(5) == 0 ? NodeKind.USER : NodeKind.TRUSTED;
			nodes.add(new Node((kind == NodeKind.USER ? "U" : "T") + n, "", kind, 0, 0));
		}
		List<Link> links = new ArrayList<>();
		int count = size + random.nextInt(2 * size);
		for (int l = 0; l < count; l++) {
			int a = random.nextInt(size);
			int b = random.nextInt(size - 1);
			b = b >= a ? b + 1 : b;
			double rate = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(2000);
			links.add(new Link("L" + l, nodes.get(a).id(), nodes.get(b).id(), rate, 1 + random.nextInt(100)));
		}
		List<Node> users = nodes.stream().filter(node -> node.kind() == NodeKind.USER).toList();
		List<Demand> demands = new ArrayList<>();
		int wanted = 1 + random.nextInt(4);
		for (int d = 0; d < wanted; d++) {
			int a = random.nextInt(users.size());
			int b = random.nextInt(users.size() - 1);
			b = b >= a ? b + 1 : b;
			demands.add(new Demand("D" + d, users.get(a).id(), users.get(b).id(), 50 + random.nextInt(1500)));
		}
		return Network.of(nodes, links, demands);
	}

	/** For about a third of the links windows (repeating or not), for another third a steady rate. */
	static List<LinkSupply> supplies(Network network, SplittableRandom random) {
		List<LinkSupply> supplies = new ArrayList<>();
		for (Link link : network.links()) {
			switch (random.nextInt(3)) {
			case 0 -> {
				double period = random.nextBoolean() ? 0 : 500 + random.nextInt(3000);
				List<SupplyWindow> windows = new ArrayList<>();
				double start = random.nextInt(200);
				for (int k = random.nextInt(4); k > 0; k--) {
					double end = start + 1 + random.nextInt(300);
					if (period > 0 && end > period) {
						break;
					}
					windows.add(new SupplyWindow(start, end, random.nextInt(3) * 1e5 * random.nextDouble()));
					start = end + (random.nextBoolean() ? 0 : random.nextInt(400));
				}
				supplies.add(new LinkSupply(link.id(), random.nextBoolean() ? 0 : random.nextInt(300), windows, period));
			}
			case 1 -> supplies.add(LinkSupply.steady(link.id(), random.nextInt(3000)));
			default -> {
				// filled at its key rate
			}
			}
		}
		return supplies;
	}
}
