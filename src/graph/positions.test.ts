import { describe, expect, it } from 'vitest';
import { loadArticle } from '../model/test-support.ts';
import {
  boundsOf,
  concentricLevel,
  concentricPositions,
  fitViewport,
  ringPositions,
  type LayoutNode,
} from './positions.ts';

const dist = (p: { x: number; y: number }) => Math.hypot(p.x, p.y);

async function articleNodes(): Promise<LayoutNode[]> {
  const { graph } = await loadArticle();
  return graph.mapNodes((id, node) => ({ id, kind: node.kind, degree: graph.degree(id) }));
}

describe('concentric by degree', () => {
  it('puts busier nodes nearer the middle, the same way every time', async () => {
    const nodes = await articleNodes();
    const positions = concentricPositions(nodes);
    expect(concentricPositions([...nodes].reverse())).toEqual(positions);
    expect(Object.keys(positions).sort()).toEqual(nodes.map((n) => n.id).sort());
    const byDegree = [...nodes].sort((a, b) => b.degree - a.degree);
    const hub = byDegree[0] as LayoutNode;
    const leaf = byDegree.at(-1) as LayoutNode;
    expect(dist(positions[hub.id] as { x: number; y: number })).toBeLessThan(
      dist(positions[leaf.id] as { x: number; y: number }),
    );
    for (const a of nodes) {
      for (const b of nodes) {
        if (a.degree > b.degree && concentricLevel(a.degree) > concentricLevel(b.degree)) {
          expect(dist(positions[a.id]!)).toBeLessThan(dist(positions[b.id]!));
        }
      }
    }
  });

  it('keeps neighbours on a ring apart', async () => {
    const positions = Object.values(concentricPositions(await articleNodes(), { spacing: 60 }));
    positions.forEach((p, i) =>
      positions.slice(i + 1).forEach((q) => {
        expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(20);
      }),
    );
  });

  it('has a log scale of levels', () => {
    expect(concentricLevel(0)).toBe(0);
    expect(concentricLevel(1)).toBe(2);
    expect(concentricLevel(3)).toBe(4);
    expect(concentricLevel(37)).toBeGreaterThan(concentricLevel(8));
  });
});

describe('ring stand-in', () => {
  it('places claims inside, actors outside', () => {
    const nodes: LayoutNode[] = [
      { id: 'a1', kind: 'actor', degree: 1 },
      { id: 'a2', kind: 'actor', degree: 1 },
      { id: 'c1', kind: 'claim', degree: 1 },
      { id: 'e1', kind: 'event', degree: 1 },
    ];
    const p = ringPositions(nodes);
    expect(dist(p.c1!)).toBeLessThan(dist(p.e1!));
    expect(dist(p.e1!)).toBeLessThan(dist(p.a1!));
  });
});

describe('fitting the viewport', () => {
  it('bounds node boxes, skipping ids without a position', () => {
    const box = boundsOf(['a', 'b', 'x'], { a: { x: 0, y: 0 }, b: { x: 100, y: 50 } }, () => ({
      w: 20,
      h: 10,
    }));
    expect(box).toEqual({ x1: -10, y1: -5, x2: 110, y2: 55 });
    expect(boundsOf([], {}, () => ({ w: 1, h: 1 }))).toBeNull();
  });

  it('shows the box whole and centred, within the zoom limits', () => {
    const padding = { x: 10, top: 20, bottom: 20 };
    const v = fitViewport({ x1: 0, y1: 0, x2: 200, y2: 100 }, 420, 240, {
      padding,
      minZoom: 0.1,
      maxZoom: 5,
    });
    expect(v.zoom).toBeCloseTo(2);
    // The box's centre lands in the middle of the free area.
    expect(100 * v.zoom + v.pan.x).toBeCloseTo(210);
    expect(50 * v.zoom + v.pan.y).toBeCloseTo(120);
    const capped = fitViewport({ x1: 0, y1: 0, x2: 2, y2: 1 }, 400, 400, {
      padding,
      minZoom: 0.1,
      maxZoom: 1.5,
    });
    expect(capped.zoom).toBe(1.5);
  });
});
