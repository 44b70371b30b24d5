import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StyleWarmUp } from './styleWarmUp.ts';
import { fakeFrames } from './test-support.ts';

/** Fake frames whose `frame()` also runs the tasks the frame's callbacks queued. */
function framesAndTasks() {
  vi.useFakeTimers();
  const frames = fakeFrames();
  return {
    frame() {
      frames.frame();
      vi.runOnlyPendingTimers();
    },
  };
}

interface StandIn {
  requestedFrame: boolean;
  renderOptions: unknown;
  redraws: unknown[];
  flushes: number;
  redraw(options?: unknown): void;
  flushRenderedStyleQueue(): void;
}

/**
 * Gives a headless instance's (null) renderer what a warm-up holds of Cytoscape's canvas
 * renderer, recording what reaches it.
 */
function standInRenderer(core: Core): StandIn {
  const renderer = (core as unknown as { renderer(): StandIn }).renderer();
  Object.assign(renderer, {
    requestedFrame: false,
    renderOptions: undefined,
    redraws: [],
    flushes: 0,
    redraw(options?: unknown) {
      renderer.requestedFrame = true;
      renderer.renderOptions = options;
      renderer.redraws.push(options);
    },
    flushRenderedStyleQueue() {
      renderer.flushes += 1;
    },
  });
  return renderer;
}

let cy: Core | undefined;
afterEach(() => {
  cy?.destroy();
  cy = undefined;
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** A styled headless instance of `n` nodes. */
function instance(n: number): Core {
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'mapData(degree, 0, 10, 10, 30)' } }],
    elements: Array.from({ length: n }, (_, i) => ({ data: { id: `n${i}`, degree: i } })),
  });
  return cy;
}

/** How many nodes still wait for their style to be resolved (Cytoscape's own flag). */
const dirty = (core: Core) =>
  core
    .nodes()
    .filter(
      (node) => (node as unknown as { _private: { styleDirty: boolean } })._private.styleDirty,
    ).length;

describe('StyleWarmUp', () => {
  it('resolves the styles a chunk after each frame, holding redraws until the last', () => {
    const frames = framesAndTasks();
    const core = instance(5);
    const renderer = standInRenderer(core);
    const warmUp = new StyleWarmUp(core, null, 2);
    // A redraw asked for before the warm-up (the first render's) is held too.
    renderer.redraw({ first: true });
    renderer.redraws = [];
    expect(dirty(core)).toBe(5);

    warmUp.start();
    expect(warmUp.pending).toBe(true);
    expect(renderer.requestedFrame).toBe(false);
    renderer.redraw({ later: true });
    renderer.flushRenderedStyleQueue();
    expect(renderer.flushes).toBe(0);
    expect(dirty(core)).toBe(5);

    frames.frame();
    expect(dirty(core)).toBe(3);
    frames.frame();
    expect(dirty(core)).toBe(1);
    expect(warmUp.pending).toBe(true);
    frames.frame();
    expect(dirty(core)).toBe(0);
    expect(warmUp.pending).toBe(false);
    // The last redraw asked for while held is passed on, once; the styles are then current.
    expect(renderer.redraws).toEqual([{ later: true }]);
    expect(core.$id('n4').width()).toBe(18);
    renderer.flushRenderedStyleQueue();
    expect(renderer.flushes).toBe(1);
  });

  it('ends at once, every style resolved, on input on the canvas', () => {
    framesAndTasks();
    const core = instance(5);
    const renderer = standInRenderer(core);
    const canvas = new EventTarget();
    const warmUp = new StyleWarmUp(core, canvas, 2);
    renderer.redraw('first');
    renderer.redraws = [];
    warmUp.start();
    canvas.dispatchEvent(new Event('pointermove'));
    expect(warmUp.pending).toBe(false);
    expect(dirty(core)).toBe(0);
    expect(renderer.redraws).toEqual(['first']);
    // No longer listening: later input resolves nothing and draws nothing more.
    canvas.dispatchEvent(new Event('pointerdown'));
    expect(renderer.redraws).toEqual(['first']);
  });

  it('skips nodes removed meanwhile, and draws nothing that was not asked for', () => {
    const frames = framesAndTasks();
    const core = instance(4);
    const renderer = standInRenderer(core);
    const warmUp = new StyleWarmUp(core, null, 2);
    warmUp.start();
    const gone = core.$id('n1').remove();
    frames.frame();
    frames.frame();
    expect(warmUp.pending).toBe(false);
    expect((gone[0] as unknown as { _private: { styleDirty: boolean } })._private.styleDirty).toBe(
      true,
    );
    expect(dirty(core)).toBe(0);
    expect(renderer.redraws).toEqual([]);
  });

  it('does nothing without a renderer it can hold (a headless instance)', () => {
    framesAndTasks();
    cy = cytoscape({ headless: true, styleEnabled: true, elements: [{ data: { id: 'a' } }] });
    const warmUp = new StyleWarmUp(cy, null, 2);
    warmUp.start();
    expect(warmUp.pending).toBe(false);
  });
});
