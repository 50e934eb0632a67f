/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class SweepGridTest {

	@Test
	void linearAxisIncludesBothEnds() {
		assertArrayEquals(new double[] { 0, 25, 50, 75, 100 }, SweepGrid.values(0, 100, 5, false), 1e-12);
		assertArrayEquals(new double[] { 10, 5, 0 }, SweepGrid.values(10, 0, 3, false), 1e-12);
	}

	@Test
	void logarithmicAxisIsEvenInTheLogarithm() {
		double[] v = SweepGrid.values(1, 1000, 4, true);
		assertArrayEquals(new double[] { 1, 10, 100, 1000 }, v, 1e-9);
		assertEquals(1000, v[3], 0.0);
	}

	@Test
	void oneStepIsTheStart() {
		assertArrayEquals(new double[] { 7 }, SweepGrid.values(7, 7, 1, false), 0.0);
	}

	@Test
	void twoAxesGiveTheGridFirstAxisOuter() {
		List<double[]> grid = SweepGrid.grid(List.of(new double[] { 1, 2 }, new double[] { 10, 20, 30 }));
		assertEquals(6, grid.size());
		assertArrayEquals(new double[] { 1, 10 }, grid.get(0));
		assertArrayEquals(new double[] { 1, 30 }, grid.get(2));
		assertArrayEquals(new double[] { 2, 10 }, grid.get(3));
		assertArrayEquals(new double[] { 2, 30 }, grid.get(5));
	}

	@Test
	void noAxesGiveOnePoint() {
		List<double[]> grid = SweepGrid.grid(List.of());
		assertEquals(1, grid.size());
		assertEquals(0, grid.get(0).length);
	}

	@Test
	void rejectsBadAxes() {
		assertThrows(IllegalArgumentException.class, () -> SweepGrid.values(0, 1, 0, false));
		assertThrows(IllegalArgumentException.class, () -> SweepGrid.values(0, 1, 5, true));
		assertThrows(IllegalArgumentException.class, () -> SweepGrid.values(Double.NaN, 1, 5, false));
	}
}
