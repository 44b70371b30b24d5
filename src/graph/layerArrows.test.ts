import { describe, expect, it } from 'vitest';
import { arrowOutline, arrowSize, outlinePoint } from './layerArrows.ts';

const close = (p: { x: number; y: number } | null | undefined, x: number, y: number) => {
  expect(p?.x).toBeCloseTo(x, 6);
  expect(p?.y).toBeCloseTo(y, 6);
};

describe('arrowSize', () => {
  it("is Cytoscape's arrow width: at least 29 model units, times the scale", () => {
    expect(arrowSize(2.2, 0.9)).toBeCloseTo(29 * 0.9, 6);
    expect(arrowSize(1, 0.5)).toBeCloseTo(14.5, 6);
    // A wide edge gets a larger arrow.
    expect(arrowSize(10, 1)).toBeCloseTo(Math.pow(133.7, 0.9), 6);
  });
});

describe('outlinePoint', () => {
  it("finds where the edge enters the target's outline, for each shape", () => {
    // From the left, along the axis: half the width away from the centre, whatever the shape.
    for (const shape of ['ellipse', 'diamond', 'rectangle', 'round-rectangle'] as const) {
      close(outlinePoint({ x: -100, y: 0 }, { x: 0, y: 0 }, shape, 40, 20), -20, 0);
      close(outlinePoint({ x: 0, y: 100 }, { x: 0, y: 0 }, shape, 40, 20), 0, 10);
    }
    // On the diagonal of a 40 × 40 node: the circle at radius 20, the diamond at its edge
    // (|x| + |y| = 20), the square at its corner.
    const from = { x: 100, y: 100 };
    const r = 20 / Math.SQRT2;
    close(outlinePoint(from, { x: 0, y: 0 }, 'ellipse', 40, 40), r, r);
    close(outlinePoint(from, { x: 0, y: 0 }, 'diamond', 40, 40), 10, 10);
    close(outlinePoint(from, { x: 0, y: 0 }, 'rectangle', 40, 40), 20, 20);
  });

  it('gives nothing when the source is at or inside the target', () => {
    expect(outlinePoint({ x: 5, y: 5 }, { x: 5, y: 5 }, 'ellipse', 20, 20)).toBeNull();
    expect(outlinePoint({ x: 8, y: 0 }, { x: 0, y: 0 }, 'ellipse', 20, 20)).toBeNull();
  });
});

describe('arrowOutline', () => {
  it("draws Cytoscape's triangle back from its tip, across the edge", () => {
    // An edge going right, tip at (100, 0), size 20: base 6 back, 3 to each side.
    const triangle = arrowOutline('triangle', { x: 0, y: 0 }, { x: 100, y: 0 }, 20);
    expect(triangle?.kind).toBe('polygon');
    const points = triangle?.kind === 'polygon' ? triangle.points : [];
    expect(points).toHaveLength(3);
    close(points[0], 94, -3);
    close(points[1], 100, 0);
    close(points[2], 94, 3);
    // Going down instead: the same shape turned.
    const down = arrowOutline('triangle', { x: 0, y: 0 }, { x: 0, y: 50 }, 20);
    const turned = down?.kind === 'polygon' ? down.points : [];
    close(turned[0], 3, 44);
    close(turned[1], 0, 50);
  });

  it('puts a circle against the tip, a tee across it, and draws no arrow for none', () => {
    const circle = arrowOutline('circle', { x: 0, y: 0 }, { x: 100, y: 0 }, 20);
    expect(circle).toEqual({ kind: 'circle', x: 97, y: 0, radius: 3 });
    const tee = arrowOutline('tee', { x: 0, y: 0 }, { x: 100, y: 0 }, 20);
    const bar = tee?.kind === 'polygon' ? tee.points : [];
    expect(bar.map((p) => Math.round(p.x))).toEqual([100, 98, 98, 100]);
    expect(arrowOutline('vee', { x: 0, y: 0 }, { x: 100, y: 0 }, 20)?.kind).toBe('polygon');
    expect(arrowOutline('none', { x: 0, y: 0 }, { x: 100, y: 0 }, 20)).toBeNull();
    expect(arrowOutline('triangle', { x: 1, y: 1 }, { x: 1, y: 1 }, 20)).toBeNull();
  });
});
