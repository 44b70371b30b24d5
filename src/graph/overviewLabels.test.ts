import { describe, expect, it } from 'vitest';
import type { Rect } from './labelCulling.ts';
import {
  ellipsize,
  mostImportant,
  planOverviewLabels,
  type LabelFont,
  type Measure,
  type OverviewNode,
} from './overviewLabels.ts';

const FONT: LabelFont = {
  size: 10,
  maxWidth: 60,
  weight: '400',
  style: 'normal',
  color: 'rgb(31,41,51)',
  background: 'rgb(251,252,253)',
  backgroundOpacity: 0.8,
};
/** Every character 5 px wide. */
const measure: Measure = (text) => text.length * 5;
const BOUNDS: Rect = { x1: 0, y1: 0, x2: 1000, y2: 600 };
const MARGIN = 3;

type TestNode = OverviewNode & { text: string };

const node = (id: string, x: number, y: number, priority: number, text = id): TestNode => ({
  id,
  x,
  y,
  width: 10,
  height: 10,
  priority,
  text,
});

/** Every test node's label: its text, in FONT. */
const written = (n: TestNode) => ({ text: n.text, font: FONT });

const overlaps = (a: Rect, b: Rect): boolean =>
  a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** A seeded grid of nodes with some near each other, in a scrambled order. */
function crowd(count: number): TestNode[] {
  let seed = 7;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: count }, (_, i) =>
    node(`n${i}`, 20 + next() * 960, 20 + next() * 560, Math.floor(next() * 3000), `node ${i}`),
  );
}

describe('ellipsize', () => {
  it('keeps a label that fits and cuts a longer one at the last character that fits', () => {
    expect(ellipsize('short', FONT, measure)).toBe('short');
    expect(ellipsize('x'.repeat(12), FONT, measure)).toBe('x'.repeat(12));
    const cut = ellipsize('Ministry of Foreign Affairs', FONT, measure);
    expect(cut.endsWith('…')).toBe(true);
    expect(measure(cut, FONT)).toBeLessThanOrEqual(FONT.maxWidth);
    // One more character would not fit (the space before it is dropped, not counted).
    expect(cut).toBe('Ministry of…');
    expect(measure('Ministry of F…', FONT)).toBeGreaterThan(FONT.maxWidth);
  });
});

describe('mostImportant', () => {
  it('takes the most important nodes, ties by id, as sorting them all would', () => {
    const nodes = crowd(500).map((n, i) => ({
      ...n,
      priority: (n.priority % 40) + (i % 3) * 1000,
    }));
    const sortedAll = [...nodes].sort(
      (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    for (const limit of [0, 1, 7, 120, 499, 500, 900]) {
      expect(mostImportant(nodes, limit)).toEqual(sortedAll.slice(0, limit));
    }
  });
});

describe('planOverviewLabels', () => {
  it('names the most important nodes first and keeps every label apart and on the canvas', () => {
    const nodes = crowd(300);
    const labels = planOverviewLabels(nodes, written, BOUNDS, measure, MARGIN);
    expect(labels.length).toBeGreaterThan(20);
    expect(labels.length).toBeLessThan(nodes.length);
    for (const [i, a] of labels.entries()) {
      expect(a.box.x1).toBeGreaterThanOrEqual(BOUNDS.x1);
      expect(a.box.x2).toBeLessThanOrEqual(BOUNDS.x2);
      expect(a.box.y1).toBeGreaterThanOrEqual(BOUNDS.y1);
      expect(a.box.y2).toBeLessThanOrEqual(BOUNDS.y2);
      for (const b of labels.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
    }
    // The most important node always gets its label; no label covers a more important body.
    const top = [...nodes].sort((a, b) => b.priority - a.priority)[0] as TestNode;
    expect(labels.map((l) => l.id)).toContain(top.id);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    for (const label of labels) {
      const own = byId.get(label.id) as TestNode;
      for (const other of nodes) {
        if (other.priority <= own.priority) continue;
        const body = {
          x1: other.x - other.width / 2,
          y1: other.y - other.height / 2,
          x2: other.x + other.width / 2,
          y2: other.y + other.height / 2,
        };
        expect(overlaps(label.box, body)).toBe(false);
      }
    }
  });

  it('does not depend on the order of the nodes', () => {
    const nodes = crowd(200);
    const forward = planOverviewLabels(nodes, written, BOUNDS, measure, MARGIN);
    const backward = planOverviewLabels([...nodes].reverse(), written, BOUNDS, measure, MARGIN);
    expect(backward).toEqual(forward);
  });

  it('considers and describes only the most important nodes, up to the limit', () => {
    const nodes = [node('a', 100, 100, 5), node('b', 400, 100, 9), node('c', 700, 100, 7)];
    const described: string[] = [];
    const counting = (n: TestNode) => (described.push(n.id), written(n));
    const labels = planOverviewLabels(nodes, counting, BOUNDS, measure, MARGIN, 2);
    expect(labels.map((l) => l.id).sort()).toEqual(['b', 'c']);
    // The others are not even described (their text measured).
    expect(described.sort()).toEqual(['b', 'c']);
  });

  it('keeps its labels off a label Cytoscape draws, which it does not return', () => {
    // b, more important, sits up and left of a: its label below would be where a's is.
    const a = node('a', 300, 300, 1);
    const b = node('b', 290, 296, 9, 'bbbb');
    const alone = planOverviewLabels([a, b], written, BOUNDS, measure, MARGIN);
    const below = alone.find((l) => l.id === 'b')?.box;
    expect(below?.y1).toBe(296 + 5 + MARGIN);
    const labels = planOverviewLabels(
      [{ ...a, reserved: true }, b],
      written,
      BOUNDS,
      measure,
      MARGIN,
    );
    expect(labels.map((l) => l.id)).toEqual(['b']);
    // a's label as Cytoscape draws it: below a, 'a' (5 px) and its padding wide.
    const reservedBox = { x1: 296.5, y1: 300 + 5 + MARGIN, x2: 303.5, y2: 320.5 };
    expect(overlaps(below as Rect, reservedBox)).toBe(true);
    expect(overlaps(labels[0]?.box as Rect, reservedBox)).toBe(false);
  });

  it('writes the text as it fits, below the node when there is room', () => {
    const labels = planOverviewLabels(
      [node('m', 300, 300, 1, 'Ministry of Foreign Affairs'), node('x', 600, 300, 1, '')],
      written,
      BOUNDS,
      measure,
      MARGIN,
    );
    // A node without a text gets no label.
    expect(labels).toHaveLength(1);
    const [label] = labels;
    expect(label?.text).toBe('Ministry of…');
    // Below the body (5 px half height) and the margin, centred on the node.
    expect(label?.box.y1).toBe(300 + 5 + MARGIN);
    expect(((label?.box.x1 ?? 0) + (label?.box.x2 ?? 0)) / 2).toBe(300);
  });
});
