import type { Core, SingularElementArgument } from 'cytoscape';
import { parsedStyle } from './parsedStyle.ts';

/** The renderer's z-sorted element list, with the drag and non-drag layers it splits it into. */
export type DrawList = SingularElementArgument[] & {
  drag?: SingularElementArgument[];
  nondrag?: SingularElementArgument[];
  interactive?: SingularElementArgument[];
};

/**
 * Whether Cytoscape would paint nothing of `ele`: it is fully transparent and has no overlay or
 * underlay (those are drawn with their own opacity).
 */
export function paintsNothing(ele: SingularElementArgument): boolean {
  return (
    parsedStyle(ele, 'opacity').value === 0 &&
    parsedStyle(ele, 'overlay-opacity').value === 0 &&
    parsedStyle(ele, 'underlay-opacity').value === 0
  );
}

/** Whether an element paints nothing, as last seen (see installDrawnOnly). */
type Verdicts = WeakMap<SingularElementArgument, boolean>;

const verdictOf = (verdicts: Verdicts, ele: SingularElementArgument): boolean => {
  let nothing = verdicts.get(ele);
  if (nothing === undefined) {
    nothing = paintsNothing(ele);
    verdicts.set(ele, nothing);
  }
  return nothing;
};

/**
 * What `render` draws of `all`: its drag and non-drag layers without the elements that paint
 * nothing (render reads only those two); `all` itself when every element paints something.
 */
export function drawnSubset(all: DrawList, verdicts: Verdicts = new WeakMap()): DrawList {
  const paints = (ele: SingularElementArgument) => !verdictOf(verdicts, ele);
  if (all.every(paints)) return all;
  const nondrag = (all.nondrag ?? all).filter(paints);
  const drag = (all.drag ?? []).filter(paints);
  const drawn: DrawList = [...nondrag, ...drag];
  drawn.nondrag = nondrag;
  drawn.drag = drag;
  if (all.interactive) drawn.interactive = all.interactive;
  return drawn;
}

/** What of Cytoscape's canvas renderer this module reads and wraps. */
interface DrawingRenderer {
  cachedZSortedEles?: DrawList | null;
  getCachedZSortedEles(forceRecalc?: boolean): DrawList;
  render(options?: unknown): unknown;
  onUpdateEleCalcs(fn: (willDraw: boolean, eles: SingularElementArgument[]) => void): void;
}

/**
 * Makes a canvas instance's renderer draw only the elements that paint something. A large
 * graph seen from afar keeps its nodes in Cytoscape, transparent, for taps and hovers (the
 * node layer draws them, edgeLayer.ts); Cytoscape still measured each one's bounding box and
 * put it in its layer textures every time it redrew them all (~0.1 s of a 10 000-node first
 * render). Hit tests still see every element: only `render` gets the shorter list.
 *
 * Each element's verdict is kept until the renderer recalculates it (a style, class or
 * bounds change, an add), and the shorter list until a verdict or the list changes, so that
 * a frame of a 50 000-node graph does not read every element's style again.
 */
export function installDrawnOnly(cy: Core): void {
  const renderer = (cy as unknown as { renderer(): DrawingRenderer | undefined }).renderer();
  if (
    !renderer ||
    typeof renderer.render !== 'function' ||
    typeof renderer.onUpdateEleCalcs !== 'function'
  )
    return;
  const verdicts: Verdicts = new WeakMap();
  let changed = true;
  let last: { all: DrawList; nondrag?: unknown; drag?: unknown; drawn: DrawList } | null = null;
  renderer.onUpdateEleCalcs((_willDraw, eles) => {
    for (const ele of eles) {
      const before = verdicts.get(ele);
      const now = paintsNothing(ele);
      verdicts.set(ele, now);
      if (before !== now) changed = true;
    }
  });
  cy.on('add', (event) => {
    verdicts.delete(event.target as SingularElementArgument);
    changed = true;
  });
  const render = renderer.render;
  renderer.render = function renderDrawnOnly(this: DrawingRenderer, options?: unknown) {
    const all = this.getCachedZSortedEles();
    const same =
      !changed && last?.all === all && last.nondrag === all.nondrag && last.drag === all.drag;
    const drawn = same && last ? last.drawn : drawnSubset(all, verdicts);
    last = { all, nondrag: all.nondrag, drag: all.drag, drawn };
    changed = false;
    if (drawn === all) return render.call(this, options);
    this.cachedZSortedEles = drawn;
    try {
      return render.call(this, options);
    } finally {
      // The render may have dropped the list (an element added meanwhile): keep that.
      if (this.cachedZSortedEles === drawn) this.cachedZSortedEles = all;
    }
  };
}
