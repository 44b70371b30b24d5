import { describe, expect, it } from 'vitest';
import { LabelZoomTracker } from './largeLabelZoom.ts';

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
