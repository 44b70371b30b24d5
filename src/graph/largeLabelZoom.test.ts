import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { LabelZoomTracker } from './largeLabelZoom.ts';
import { LABEL_SIZES, largeGraphStylesheet, largeGraphStylesheetFollowing } from './style.ts';

let cy: Core | undefined;
afterEach(() => cy?.destroy());

const node = (id: string) => ({ id: () => id });

describe('LabelZoomTracker', () => {
  it('names the nodes styled for another zoom, all of them after a new stylesheet', () => {
    const tracker = new LabelZoomTracker();
    const [a, b] = [node('a'), node('b')];
    tracker.reset(1);
    expect(tracker.stale([a, b], 1)).toEqual([]);
    // Within 3 % of the zoom, the sizes are kept.
    expect(tracker.stale([a, b], 1.02)).toEqual([]);
    expect(tracker.stale([a, b], 2)).toEqual([a, b]);
    tracker.mark([a], 2);
    expect(tracker.stale([a, b], 2)).toEqual([b]);
    expect(tracker.stale([a, b], 1)).toEqual([a]);
    expect(tracker.lowestZoom()).toBe(1);
    tracker.mark([b], 0.9);
    expect(tracker.lowestZoom()).toBe(0.9);
    tracker.reset(2);
    expect(tracker.stale([a, b], 2)).toEqual([]);
    expect(tracker.lowestZoom()).toBe(2);
  });
});

describe('largeGraphStylesheetFollowing', () => {
  it('sizes labels for the zoom when a node is restyled, and leaves the others as they were', () => {
    let zoom = 1;
    cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: largeGraphStylesheetFollowing(() => zoom),
      elements: [
        { data: { id: 'a', kind: 'actor', short: 'A', degree: 3 }, classes: 'actor' },
        { data: { id: 'b', kind: 'actor', short: 'B', degree: 3 }, classes: 'actor' },
      ],
    });
    const font = (id: string) => (cy as Core).getElementById(id).numericStyle('font-size');
    // Cytoscape resolves styles lazily: both are resolved here, at zoom 1.
    expect(font('a')).toBeCloseTo(LABEL_SIZES.actor.font, 6);
    expect(font('b')).toBeCloseTo(LABEL_SIZES.actor.font, 6);
    zoom = 2.5;
    (cy.getElementById('a') as unknown as { updateStyle(): void }).updateStyle();
    expect(font('a')).toBeCloseTo(LABEL_SIZES.actor.font / 2.5, 6);
    expect(font('b')).toBeCloseTo(LABEL_SIZES.actor.font, 6);
  });

  it('is the zoom-1 large stylesheet at zoom 1, rule for rule', () => {
    const following = largeGraphStylesheetFollowing(() => 1) as {
      selector: string;
      style: Record<string, unknown>;
    }[];
    const fixed = largeGraphStylesheet(true) as typeof following;
    expect(following.map((rule) => rule.selector)).toEqual(fixed.map((rule) => rule.selector));
    following.forEach((rule, i) => {
      const resolved = Object.fromEntries(
        Object.entries(rule.style).map(([name, value]) => [
          name,
          typeof value === 'function' ? (value as () => unknown)() : value,
        ]),
      );
      expect(resolved).toEqual(fixed[i]?.style);
    });
  });
});
