import { describe, expect, it } from 'vitest';
import {
  labelPriority,
  placeBox,
  placeLabels,
  TOP_LAYERS,
  type BodyBox,
  type LabelCandidate,
} from './labelCulling.ts';

const label = (
  id: string,
  x: number,
  y: number,
  priority: number,
  extra: Partial<LabelCandidate> = {},
): LabelCandidate => ({
  id,
  width: 60,
  height: 12,
  node: { x, y, width: 20, height: 20 },
  priority,
  layer: priority,
  ...extra,
});

describe('placeLabels', () => {
  it('puts labels below their node when there is room', () => {
    const placed = placeLabels([label('a', 0, 0, 1), label('b', 200, 0, 1)]);
    expect([...placed]).toEqual([
      ['a', 'bottom'],
      ['b', 'bottom'],
    ]);
  });

  it('gives the more important label the first place and moves or drops the other', () => {
    // b sits just below a: its label below would overlap a's.
    const placed = placeLabels([label('a', 0, 0, 5), label('b', 0, 20, 1)]);
    expect(placed.get('a')).toBe('bottom');
    expect(placed.get('b')).toBe('bottom');
    // Closer: b's label goes above b instead; allowed below only, it is dropped.
    const crowded = placeLabels([label('a', 0, 0, 5), label('b', 0, 14, 1)]);
    expect(crowded.get('a')).toBe('bottom');
    expect(crowded.get('b')).toBe('top');
    const dropped = placeLabels([
      label('a', 0, 0, 5),
      label('b', 0, 14, 1, { places: ['bottom'] }),
    ]);
    expect(dropped.has('b')).toBe(false);
  });

  it('tries the sides in order', () => {
    const box = (x: number, y: number, priority: number) => label(`n${x},${y}`, x, y, priority);
    const placed = placeLabels([box(0, 0, 9), box(0, 33, 8)]);
    // The second's bottom is free, its top would touch the first's label.
    expect(placed.get('n0,33')).toBe('bottom');
    const above = placeLabels([box(0, 0, 9), box(0, -60, 1)]);
    expect(above.get('n0,-60')).toBe('bottom');
    // Below b lies a higher body, above b lies a's label: b's label goes right.
    const right = placeLabels(
      [label('a', 0, 0, 9), label('b', 0, 40, 1, { width: 20 })],
      [{ id: 'c', x1: -12, y1: 50, x2: 12, y2: 70, layer: 99 }],
    );
    expect(right.get('b')).toBe('right');
  });

  it('never covers a body drawn above the label, but may cover lower ones', () => {
    const body: BodyBox = { id: 'hub', x1: -10, y1: 12, x2: 10, y2: 30, layer: 10 };
    expect(placeLabels([label('low', 0, 0, 1, { places: ['bottom'] })], [body]).size).toBe(0);
    expect(placeLabels([label('high', 0, 0, 50, { places: ['bottom'] })], [body]).size).toBe(1);
    // Its own body never blocks it.
    expect(placeLabels([label('hub', 0, 0, 1)], [{ ...body, id: 'hub' }]).get('hub')).toBe(
      'bottom',
    );
  });

  it('keeps labels of nodes inside the canvas inside it', () => {
    const bounds = { x1: 0, y1: 0, x2: 300, y2: 300 };
    const placed = placeLabels([label('edge', 10, 150, 1, { width: 80 })], [], 3, bounds);
    expect(placed.get('edge')).toBe('right');
    const box = placeBox(label('edge', 10, 150, 1, { width: 80 }), 'right');
    expect(box.x1).toBeGreaterThanOrEqual(0);
  });

  it('does not depend on the order of its input', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      label(`n${i}`, (i * 37) % 200, (i * 53) % 150, i % 7),
    );
    const a = placeLabels(many);
    const b = placeLabels([...many].reverse());
    expect(new Map([...b].sort())).toEqual(new Map([...a].sort()));
  });
});

describe('labelPriority', () => {
  it('ranks actors over events over claims, then by degree, below the top layers', () => {
    expect(labelPriority('actor', 1)).toBeGreaterThan(labelPriority('event', 50));
    expect(labelPriority('event', 1)).toBeGreaterThan(labelPriority('claim', 50));
    expect(labelPriority('actor', 9)).toBeGreaterThan(labelPriority('actor', 3));
    expect(labelPriority('actor', 1e6)).toBeLessThan(TOP_LAYERS.hovered);
  });
});
