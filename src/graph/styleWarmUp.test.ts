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
  /** Ids whose geometry was computed, and ids drawn (their textures made), in order. */
  measured: string[];
  drawn: string[];
  redraw(options?: unknown): void;
  flushRenderedStyleQueue(): void;
  recalculateRenderedStyle(eles: { map(fn: (ele: { id(): string }) => string): string[] }): void;
  drawCachedElement(context: unknown, ele: { id(): string }): void;
  getPixelRatio(): number;
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
    measured: [],
    drawn: [],
    recalculateRenderedStyle(eles: { map(fn: (ele: { id(): string }) => string): string[] }) {
      renderer.measured.push(...eles.map((ele) => ele.id()));
    },
    drawCachedElement(_context: unknown, ele: { id(): string }) {
      renderer.drawn.push(ele.id());
    },
    getPixelRatio: () => 1,
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

  it("prepares a first frame: every style, then each element's geometry, then its textures", () => {
    const frames = framesAndTasks();
    vi.stubGlobal('document', {
      createElement: () => ({ getContext: () => ({}) }),
    });
    const core = instance(4);
    const renderer = standInRenderer(core);
    const warmUp = new StyleWarmUp(core, null);
    warmUp.start({
      elements: core.elements(),
      chunk: 2,
      geometry: true,
      drawn: (ele) => ele.id() !== 'n2',
    });
    // One chunk a step without a budget: two of styles, two of geometry, two of textures.
    frames.frame();
    expect(dirty(core)).toBe(2);
    frames.frame();
    expect(dirty(core)).toBe(0);
    expect(renderer.measured).toEqual([]);
    frames.frame();
    frames.frame();
    expect(renderer.measured).toEqual(['n0', 'n1', 'n2', 'n3']);
    expect(renderer.drawn).toEqual([]);
    expect(warmUp.pending).toBe(true);
    frames.frame();
    frames.frame();
    // Only the elements the first frame draws get their textures; then drawing resumes.
    expect(renderer.drawn).toEqual(['n0', 'n1', 'n3']);
    expect(warmUp.pending).toBe(false);
  });

  it('runs chunks back to back within its time budget', () => {
    const frames = framesAndTasks();
    const core = instance(6);
    standInRenderer(core);
    const warmUp = new StyleWarmUp(core, null);
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const cleanStyle = vi.fn(() => {
      now += 4;
    });
    warmUp.start({ chunk: 1, budgetMs: 10 });
    // Each chunk "takes" 4 ms: a step runs chunks until 10 ms have gone, three of them.
    const before = dirty(core);
    const original = Object.getPrototypeOf(core.nodes()).cleanStyle as () => void;
    Object.getPrototypeOf(core.nodes()).cleanStyle = function (this: unknown) {
      cleanStyle();
      original.call(this);
    };
    try {
      frames.frame();
      expect(before - dirty(core)).toBe(3);
      frames.frame();
      expect(dirty(core)).toBe(0);
      expect(warmUp.pending).toBe(false);
    } finally {
      Object.getPrototypeOf(core.nodes()).cleanStyle = original;
    }
  });

  it('holds drawing before it starts, and a pointer moving on the canvas need not end it', () => {
    const frames = framesAndTasks();
    const core = instance(3);
    const renderer = standInRenderer(core);
    const canvas = new EventTarget();
    const warmUp = new StyleWarmUp(core, canvas, 1);
    warmUp.hold({ endOnPointerMove: false });
    renderer.redraw('added');
    expect(warmUp.pending).toBe(true);
    expect(renderer.requestedFrame).toBe(false);
    warmUp.start({ endOnPointerMove: false });
    canvas.dispatchEvent(new Event('pointermove'));
    expect(warmUp.pending).toBe(true);
    frames.frame();
    expect(dirty(core)).toBe(2);
    // A press ends it at once: every style resolved, the redraw passed on.
    canvas.dispatchEvent(new Event('pointerdown'));
    expect(warmUp.pending).toBe(false);
    expect(dirty(core)).toBe(0);
    expect(renderer.redraws.at(-1)).toBe('added');
  });
});
