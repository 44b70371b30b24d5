/**
 * Whether Cytoscape's canvas renderer draws through its layered textures.
 *
 * Layers are a few large textures, each holding many elements, made again for each zoom level
 * and whenever the elements drawn change: a filter that shows the article's elements again (a
 * new list for the renderer, hiddenElements.ts) had it draw every element into new layers, ~20
 * ms in the frame that shows the change and ~20 ms more in later ones. Drawn from each one's
 * own cached texture instead, the same frame took ~3 ms. Layers pay off when the viewport
 * moves over thousands of elements: large graphs keep them.
 */
import type { Core } from 'cytoscape';

/** The renderer's draw calls this module switches between (internal, missing from its types). */
interface LayeringRenderer {
  drawLayeredElements?: DrawElements;
  drawCachedElements?: DrawElements;
}
type DrawElements = (
  context: unknown,
  eles: unknown,
  pixelRatio: number,
  extent: unknown,
) => unknown;

/** The renderer's own drawLayeredElements, by renderer, while it is switched off. */
const ownLayered = new WeakMap<LayeringRenderer, DrawElements>();

export function setLayeredTextures(cy: Core, on: boolean): void {
  const renderer = (cy as unknown as { renderer(): LayeringRenderer | undefined }).renderer();
  if (
    !renderer ||
    typeof renderer.drawLayeredElements !== 'function' ||
    typeof renderer.drawCachedElements !== 'function'
  )
    return;
  const own = ownLayered.get(renderer);
  if (on) {
    if (own) {
      renderer.drawLayeredElements = own;
      ownLayered.delete(renderer);
    }
    return;
  }
  if (own) return;
  ownLayered.set(renderer, renderer.drawLayeredElements);
  renderer.drawLayeredElements = function drawEachCached(
    this: LayeringRenderer,
    context,
    eles,
    pixelRatio,
    extent,
  ) {
    return (this.drawCachedElements as DrawElements).call(this, context, eles, pixelRatio, extent);
  };
}
