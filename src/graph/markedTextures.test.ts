import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { installDimmedDrawing, markDimmed } from './dimmedElements.ts';
import { markHidden, markedHidden } from './hiddenElements.ts';
import { MarkedTextures } from './markedTextures.ts';

let cy: Core | undefined;
afterEach(() => {
  cy?.destroy();
  cy = undefined;
});

interface StandIn {
  /** Ids drawn whole (the renderer's own drawCachedElement), and faded (a portion only). */
  whole: string[];
  faded: string[];
  ratios: number[];
}

/**
 * n0 → n1 → n2 → n3, headless, its (null) renderer given the canvas renderer's drawing calls
 * that record what reaches them, wrapped for dimmed elements as GraphCanvas wraps them.
 */
function chain(): { core: Core; drawn: StandIn } {
  const core = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...[0, 1, 2, 3].map((i) => ({ data: { id: `n${i}` }, position: { x: i * 100, y: 0 } })),
      ...[0, 1, 2].map((i) => ({ data: { id: `e${i}`, source: `n${i}`, target: `n${i + 1}` } })),
    ],
  });
  cy = core;
  const drawn: StandIn = { whole: [], faded: [], ratios: [] };
  const renderer = (core as unknown as { renderer(): Record<string, unknown> }).renderer();
  Object.assign(renderer, {
    getPixelRatio: () => 2,
    drawCachedElement(_context: unknown, ele: { id(): string }, pxRatio: number) {
      drawn.whole.push(ele.id());
      drawn.ratios.push(pxRatio);
    },
    drawCachedElementPortion(_context: unknown, ele: { id(): string }) {
      drawn.faded.push(ele.id());
    },
    drawElementUnderlay() {},
    drawElementOverlay() {},
    data: { eleTxrCache: { reasons: { highQuality: 'hq' } } },
  });
  installDimmedDrawing(core);
  return { core, drawn };
}

const scratch = () => ({}) as CanvasRenderingContext2D;

describe('MarkedTextures', () => {
  it('draws every hidden and dimmed element whole, at the renderer’s pixel ratio', () => {
    const { core, drawn } = chain();
    markHidden(core, new Set(['n3']));
    markDimmed(core, new Set(['n0', 'e0']));
    const textures = new MarkedTextures(core, scratch);
    textures.restart();
    expect(textures.pending).toBe(true);
    expect(textures.step(Infinity)).toBe(false);
    expect(textures.pending).toBe(false);
    // n3 and its edge e2 are hidden; the dimmed ones are drawn with their label, not faded.
    expect([...drawn.whole].sort()).toEqual(['e0', 'e2', 'n0', 'n3']);
    expect(drawn.faded).toEqual([]);
    expect(new Set(drawn.ratios)).toEqual(new Set([2]));
  });

  it('draws at least one element a step, in the order of the marks', () => {
    const { core, drawn } = chain();
    markHidden(core, new Set(['n2', 'n3']));
    const textures = new MarkedTextures(core, scratch);
    textures.restart();
    const steps: boolean[] = [];
    while (textures.pending) steps.push(textures.step(0));
    expect(drawn.whole).toEqual([...markedHidden(core)]);
    expect(drawn.whole).toHaveLength(4);
    expect(steps).toEqual([true, true, true, false]);
  });

  it('skips elements shown meanwhile and starts over with the marks of the moment', () => {
    const { core, drawn } = chain();
    markHidden(core, new Set(['n3']));
    const textures = new MarkedTextures(core, scratch);
    textures.restart();
    markHidden(core, new Set());
    expect(textures.step(Infinity)).toBe(false);
    expect(drawn.whole).toEqual([]);
    // Nothing marked: nothing to do.
    textures.restart();
    expect(textures.pending).toBe(false);
    markDimmed(core, new Set(['n1']));
    textures.restart();
    textures.step(Infinity);
    expect(drawn.whole).toEqual(['n1']);
  });

  it('does nothing without a canvas to draw on, or once the instance is gone', () => {
    const { core, drawn } = chain();
    markHidden(core, new Set(['n3']));
    const none = new MarkedTextures(core, () => null);
    none.restart();
    expect(none.step(Infinity)).toBe(false);
    expect(none.pending).toBe(false);
    const late = new MarkedTextures(core, scratch);
    late.restart();
    late.cancel();
    expect(late.pending).toBe(false);
    late.restart();
    core.destroy();
    expect(late.step(Infinity)).toBe(false);
    expect(drawn.whole).toEqual([]);
  });
});
