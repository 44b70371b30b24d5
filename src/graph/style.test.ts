import { describe, expect, it } from 'vitest';
import { ACTOR_TYPES, STANCES } from '../model/schema.ts';
import {
  graphStyle,
  LABEL_SIZES,
  labelStyleFollowing,
  stylesheetAt,
  stylesheetFollowing,
  zoomedLabelStyle,
} from './style.ts';

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

  it('has label rules that follow the zoom with the same values as those made for it', () => {
    let zoom = 1;
    type Rule = { selector: string; style: Record<string, unknown> };
    const following = labelStyleFollowing(() => zoom) as Rule[];
    expect(stylesheetFollowing(() => zoom)).toHaveLength(graphStyle.length + following.length);
    for (zoom of [0.37, 1, 2.5, 0]) {
      const fixed = zoomedLabelStyle(zoom) as Rule[];
      expect(following.map((rule) => rule.selector)).toEqual(fixed.map((rule) => rule.selector));
      following.forEach((rule, i) => {
        const values = Object.fromEntries(
          Object.entries(rule.style).map(([name, value]) => [
            name,
            typeof value === 'function' ? (value as () => unknown)() : value,
          ]),
        );
        expect(values).toEqual(fixed[i]?.style);
      });
    }
  });
});
