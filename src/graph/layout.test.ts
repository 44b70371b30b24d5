import { describe, expect, it } from 'vitest';
import { ANIMATION_MS, coversAll, presetOptions, resolvePositions } from './layout.ts';
import type { LayoutNode } from './positions.ts';

const nodes: LayoutNode[] = [
  { id: 'a', kind: 'actor', degree: 2 },
  { id: 'c', kind: 'claim', degree: 1 },
];

describe('layout specs', () => {
  it('uses complete positions as they are', () => {
    const positions = { a: { x: 1, y: 2 }, c: { x: 3, y: 4 } };
    expect(coversAll(['a', 'c'], positions)).toBe(true);
    expect(resolvePositions({ name: 'force', positions }, nodes)).toEqual(positions);
  });

  it('falls back to rings when a node has no position', () => {
    const partial = { a: { x: 1, y: 2 } };
    expect(coversAll(['a', 'c'], partial)).toBe(false);
    const out = resolvePositions({ name: 'timeline', positions: partial }, nodes);
    expect(Object.keys(out).sort()).toEqual(['a', 'c']);
    expect(resolvePositions({ name: 'force' }, nodes)).toEqual(out);
  });

  it('moves nodes with a preset, animated on request, never fitting by itself', () => {
    const positions = { a: { x: 0, y: 0 } };
    expect(presetOptions(positions, true)).toMatchObject({
      name: 'preset',
      positions,
      fit: false,
      animate: true,
      animationDuration: ANIMATION_MS,
    });
    expect(presetOptions(positions, false)).toMatchObject({ animate: false });
  });
});
