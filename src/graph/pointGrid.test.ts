import { describe, expect, it } from 'vitest';
import { PointGrid } from './pointGrid.ts';

/** A seeded sequence in [0, 1), so that failures repeat. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('PointGrid', () => {
  it('finds every point within the radius, as looking at all of them does', () => {
    const next = random(7);
    const points = Array.from({ length: 3000 }, () => ({
      x: (next() - 0.5) * 4000,
      y: (next() - 0.5) * 4000,
    }));
    const grid = new PointGrid(50);
    points.forEach((p, i) => grid.set(i, p.x, p.y));
    for (let q = 0; q < 200; q++) {
      const x = (next() - 0.5) * 4200;
      const y = (next() - 0.5) * 4200;
      const radius = next() * 120;
      const found = new Set(grid.near(x, y, radius));
      points.forEach((p, i) => {
        if (Math.abs(p.x - x) <= radius && Math.abs(p.y - y) <= radius)
          expect(found.has(i)).toBe(true);
      });
      // A few more from the same cells at most, never far ones.
      for (const i of found) {
        const p = points[i]!;
        expect(Math.abs(p.x - x)).toBeLessThanOrEqual(radius + 50);
        expect(Math.abs(p.y - y)).toBeLessThanOrEqual(radius + 50);
      }
    }
  });

  it('follows points that move and forgets those deleted', () => {
    const grid = new PointGrid(10);
    // Points far away in cells of their own: the two below are looked up cell by cell.
    for (let i = 0; i < 50; i++) grid.set(100 + i, 10_000 + 100 * i, -10_000);
    grid.set(1, 5, 5);
    grid.set(2, 500, 500);
    expect(grid.near(0, 0, 10).sort()).toEqual([1]);
    grid.set(1, 505, 495);
    expect(grid.near(0, 0, 10)).toEqual([]);
    expect(grid.near(500, 500, 10).sort()).toEqual([1, 2]);
    grid.delete(2);
    expect(grid.near(500, 500, 10)).toEqual([1]);
    grid.delete(2);
    expect(grid.near(500, 500, 10)).toEqual([1]);
  });

  it('looks in every cell once the radius is wider than the grid', () => {
    const grid = new PointGrid(1);
    grid.set(0, -3, 2);
    grid.set(1, 1e6, -1e6);
    expect(grid.near(0, 0, 1e9).sort()).toEqual([0, 1]);
  });

  it('refuses a cell without a size', () => {
    expect(() => new PointGrid(0)).toThrow(RangeError);
    expect(() => new PointGrid(Number.NaN)).toThrow(RangeError);
  });
});
