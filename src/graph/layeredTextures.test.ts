import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { setLayeredTextures } from './layeredTextures.ts';

/** A stand-in for Cytoscape's canvas renderer that records which draw call ran. */
function fakeCore() {
  const calls: string[] = [];
  const proto = {
    drawLayeredElements(this: unknown, _c: unknown, eles: string[]) {
      calls.push(`layered:${eles.join()}`);
    },
    drawCachedElements(this: unknown, _c: unknown, eles: string[]) {
      calls.push(`cached:${eles.join()}`);
    },
  };
  const renderer = Object.create(proto) as typeof proto;
  const core = { renderer: () => renderer } as unknown as Core;
  return { core, renderer, calls };
}

describe('setLayeredTextures', () => {
  it('draws each element from its own texture when off, through layers again when on', () => {
    const { core, renderer, calls } = fakeCore();
    setLayeredTextures(core, false);
    renderer.drawLayeredElements(null, ['a', 'b']);
    // Off twice keeps the renderer's own call to come back to.
    setLayeredTextures(core, false);
    renderer.drawLayeredElements(null, ['c']);
    setLayeredTextures(core, true);
    renderer.drawLayeredElements(null, ['d']);
    setLayeredTextures(core, true);
    renderer.drawLayeredElements(null, ['e']);
    expect(calls).toEqual(['cached:a,b', 'cached:c', 'layered:d', 'layered:e']);
  });

  it('leaves an instance without a canvas renderer alone', () => {
    const headless = { renderer: () => undefined } as unknown as Core;
    expect(() => setLayeredTextures(headless, false)).not.toThrow();
  });
});
