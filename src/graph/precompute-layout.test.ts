import { describe, expect, it } from 'vitest';
import { ARTICLE_ID, loadArticle } from '../model/test-support.ts';
import {
  DEFAULT_PRECOMPUTE,
  hashSeed,
  medianNearestDistance,
  normalizePositions,
  precomputeLayout,
  seededRandom,
} from './precompute-layout.ts';

describe('precomputeLayout on the article', () => {
  it('gives the same positions twice, for every node, no two on one spot', async () => {
    const { graph } = await loadArticle();
    const first = precomputeLayout(graph, ARTICLE_ID);
    const second = precomputeLayout(graph, ARTICLE_ID);
    expect(second).toEqual(first);
    expect(first.seed).toBe(hashSeed(ARTICLE_ID));

    const ids = Object.keys(first.positions).sort();
    expect(ids).toEqual(graph.nodes().sort());
    const spots = new Set(Object.values(first.positions).map((p) => `${p.x},${p.y}`));
    expect(spots.size).toBe(ids.length);
    for (const p of Object.values(first.positions)) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    }
  });

  it('is spaced for labels and wide like a screen', async () => {
    const { graph } = await loadArticle();
    const points = Object.values(precomputeLayout(graph, ARTICLE_ID).positions);
    expect(medianNearestDistance(points)).toBeCloseTo(DEFAULT_PRECOMPUTE.spacing, 0);
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const width = Math.max(...xs) - Math.min(...xs);
    const height = Math.max(...ys) - Math.min(...ys);
    expect(width / height).toBeGreaterThanOrEqual(DEFAULT_PRECOMPUTE.aspect * 0.98);
    // Nodes keep clear of each other: hardly any closer than a node's width.
    let close = 0;
    points.forEach((p, i) =>
      points.slice(i + 1).forEach((q) => {
        if (Math.hypot(p.x - q.x, p.y - q.y) < 30) close += 1;
      }),
    );
    expect(close).toBeLessThanOrEqual(2);
  });

  it('does not leave Math.random replaced', async () => {
    const { graph } = await loadArticle();
    const random = Math.random;
    precomputeLayout(graph, ARTICLE_ID);
    expect(Math.random).toBe(random);
  });
});

describe('layout helpers', () => {
  it('seeds a reproducible generator', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const values = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(values);
    for (const v of values) expect(v >= 0 && v < 1).toBe(true);
    expect(hashSeed('a')).not.toBe(hashSeed('b'));
  });

  it('turns, mirrors and scales positions whatever the order of the ids', () => {
    const positions = {
      a: { x: 0, y: 0 },
      b: { x: 0, y: 100 },
      c: { x: 10, y: 300 },
      d: { x: 5, y: 40 },
    };
    const reversed = Object.fromEntries(Object.entries(positions).reverse());
    const out = normalizePositions(positions, 50);
    expect(normalizePositions(reversed, 50)).toEqual(out);
    // The long (vertical) axis becomes horizontal.
    const xs = Object.values(out).map((p) => p.x);
    const ys = Object.values(out).map((p) => p.y);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(Math.max(...ys) - Math.min(...ys));
    expect(medianNearestDistance(Object.values(out))).toBeCloseTo(50, 0);
  });

  it('stretches a picture that is too square', () => {
    const square = {
      a: { x: 0, y: 0 },
      b: { x: 100, y: 0 },
      c: { x: 0, y: 90 },
      d: { x: 100, y: 90 },
    };
    const out = Object.values(normalizePositions(square, 100, 2));
    const width = Math.max(...out.map((p) => p.x)) - Math.min(...out.map((p) => p.x));
    const height = Math.max(...out.map((p) => p.y)) - Math.min(...out.map((p) => p.y));
    expect(width / height).toBeCloseTo(2, 1);
  });
});
