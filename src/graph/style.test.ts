import { describe, expect, it } from 'vitest';
import { ACTOR_TYPES, STANCES } from '../model/schema.ts';
import { graphStyle, LABEL_SIZES, stylesheetAt, zoomedLabelStyle } from './style.ts';

const selectors = (sheet: typeof graphStyle) =>
  (sheet as { selector: string }[]).map((rule) => rule.selector);

describe('stylesheet', () => {
  it('styles every stance and actor type', () => {
    const all = selectors(graphStyle);
    for (const stance of STANCES) expect(all).toContain(`edge.stance-${stance}`);
    for (const type of ACTOR_TYPES) expect(all).toContain(`node.actor-${type}`);
    for (const state of ['.dimmed', '.hidden', 'node.label-hidden', 'node:selected']) {
      expect(all).toContain(state);
    }
  });

  it('keeps labels the same size on screen at any zoom', () => {
    const font = (zoom: number) =>
      (zoomedLabelStyle(zoom) as { selector: string; style: Record<string, unknown> }[]).find(
        (rule) => rule.selector === 'node',
      )?.style['font-size'] as number;
    expect(font(1)).toBe(LABEL_SIZES.actor.font);
    expect(font(0.5) * 0.5).toBeCloseTo(LABEL_SIZES.actor.font);
    expect(font(2) * 2).toBeCloseTo(LABEL_SIZES.actor.font);
    expect(font(0)).toBe(LABEL_SIZES.actor.font);
    expect(stylesheetAt(2)).toHaveLength(graphStyle.length + zoomedLabelStyle(2).length);
  });
});
