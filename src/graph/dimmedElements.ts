/**
 * How a small graph dims elements (a focus, a path): they keep their style, and the renderer
 * draws them faded, without their label, beneath the others (fastZSort.ts) — what the
 * `.dimmed` rule of the stylesheet says, without restyling them. With the class, Cytoscape
 * restyled every dimmed element both ways: clearing the article's focus restyled ~280 of them
 * in the frame that showed it (~21 ms of main-thread work, over the one-frame goal).
 *
 * Large graphs keep the class: their layer draws the faded nodes and edges (edgeLayer.ts). The
 * pictures for exports draw with Cytoscape's own code, so the marks become the class while
 * they are drawn (withDimmedAsClass). Cytoscape itself does not know of these marks: read
 * them with `isDimmed`.
 */
import type { Core, SingularElementArgument } from 'cytoscape';
import { changedMarks } from './marks.ts';
import { DIMMED_OPACITY } from './style.ts';

const NONE: ReadonlySet<string> = new Set();
/** By instance: the ids of the elements dimmed by marks. */
const marksOf = new WeakMap<Core, ReadonlySet<string>>();

/** The ids of the elements dimmed by marks in `cy` (empty when none). */
export function markedDimmed(cy: Core): ReadonlySet<string> {
  return marksOf.get(cy) ?? NONE;
}

/** Whether `ele` is dimmed, by a mark (small graphs) or by the `.dimmed` class (large ones). */
export function isDimmed(ele: SingularElementArgument): boolean {
  return ele.hasClass('dimmed') || markedDimmed(ele.cy()).has(ele.id());
}

/** The internal renderer call that makes Cytoscape sort its list again and redraw. */
interface Notifying {
  notify?(eventName: string): void;
}

/** Dims the elements of `asked` and no others; returns the elements whose mark changed. */
export function markDimmed(cy: Core, asked: ReadonlySet<string>): SingularElementArgument[] {
  const changed = changedMarks(cy, markedDimmed(cy), asked);
  marksOf.set(cy, asked.size === 0 ? NONE : new Set(asked));
  // Dimmed elements go beneath the others: the renderer sorts its list again and redraws.
  if (changed.length > 0) (cy as unknown as Notifying).notify?.('zorder');
  return changed;
}

/**
 * Runs `work` with the marked elements given the `.dimmed` class, so that what draws with
 * Cytoscape's own code (the PNG and SVG pictures) sees them dimmed, and takes it off after.
 * `work` is synchronous: nothing can change the instance meanwhile.
 */
export function withDimmedAsClass<T>(cy: Core, work: () => T): T {
  const marks = markedDimmed(cy);
  if (marks.size === 0) return work();
  const marked = cy.elements().filter((ele) => marks.has(ele.id()) && !ele.hasClass('dimmed'));
  marked.addClass('dimmed');
  try {
    return work();
  } finally {
    marked.removeClass('dimmed');
  }
}

/** What of Cytoscape's canvas renderer the faded drawing uses (internal, missing from its types). */
interface FadingRenderer {
  drawCachedElement(
    context: CanvasRenderingContext2D,
    ele: SingularElementArgument,
    pxRatio: number,
    extent: Box | undefined,
    lvl?: number,
    requestHighQuality?: boolean,
  ): void;
  drawCachedElementPortion(
    context: CanvasRenderingContext2D,
    ele: SingularElementArgument,
    cache: unknown,
    pxRatio: number,
    lvl: number | undefined,
    reason: unknown,
    getRotation: () => number,
    getOpacity: (renderer: unknown, ele: SingularElementArgument) => number,
  ): void;
  drawElementUnderlay(context: CanvasRenderingContext2D, ele: SingularElementArgument): void;
  drawElementOverlay(context: CanvasRenderingContext2D, ele: SingularElementArgument): void;
  data: { eleTxrCache: { reasons: { highQuality: unknown } } };
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  w: number;
  h: number;
}

const effectiveOpacity = (_renderer: unknown, ele: SingularElementArgument): number =>
  (ele as unknown as { effectiveOpacity(): number }).effectiveOpacity();

/** By instance: the renderer's own drawCachedElement, which installDimmedDrawing wraps. */
const ownDrawingOf = new WeakMap<Core, FadingRenderer['drawCachedElement']>();

/**
 * Draws `ele` on `context` from its textures (made if missing) as it looks when shown: a
 * dimmed one too, whole, with its label. Does nothing without a canvas renderer.
 */
export function drawAsShown(
  cy: Core,
  context: CanvasRenderingContext2D,
  ele: SingularElementArgument,
  pxRatio: number,
): void {
  const renderer = (cy as unknown as { renderer(): FadingRenderer | undefined }).renderer();
  const draw = ownDrawingOf.get(cy) ?? renderer?.drawCachedElement;
  if (!renderer || typeof draw !== 'function') return;
  draw.call(renderer, context, ele, pxRatio, undefined, undefined);
}

/**
 * Makes a canvas instance's renderer draw marked elements as `.dimmed` would: its own
 * `drawCachedElement` (what a small graph draws with, layeredTextures.ts) for the element's
 * body only, at DIMMED_OPACITY of its opacity.
 */
export function installDimmedDrawing(cy: Core): void {
  const renderer = (cy as unknown as { renderer(): FadingRenderer | undefined }).renderer();
  if (
    !renderer ||
    typeof renderer.drawCachedElement !== 'function' ||
    typeof renderer.drawCachedElementPortion !== 'function'
  )
    return;
  const own = renderer.drawCachedElement;
  ownDrawingOf.set(cy, own);
  renderer.drawCachedElement = function drawCachedElement(
    this: FadingRenderer,
    context,
    ele,
    pxRatio,
    extent,
    lvl,
    requestHighQuality,
  ) {
    const marks = markedDimmed(cy);
    if (marks.size === 0 || !marks.has(ele.id()))
      return own.call(this, context, ele, pxRatio, extent, lvl, requestHighQuality);
    // As Cytoscape's drawCachedElement, without the label portions.
    const bb = ele.boundingBox() as Box;
    if (bb.w === 0 || bb.h === 0 || !ele.visible()) return;
    if (
      extent &&
      (bb.x2 < extent.x1 || bb.x1 > extent.x2 || bb.y2 < extent.y1 || bb.y1 > extent.y2)
    )
      return;
    const cache = this.data.eleTxrCache;
    const reason = requestHighQuality === true ? cache.reasons.highQuality : null;
    const alpha = context.globalAlpha;
    context.globalAlpha = alpha * DIMMED_OPACITY;
    try {
      this.drawElementUnderlay(context, ele);
      this.drawCachedElementPortion(
        context,
        ele,
        cache,
        pxRatio,
        lvl,
        reason,
        () => 0,
        effectiveOpacity,
      );
      this.drawElementOverlay(context, ele);
    } finally {
      context.globalAlpha = alpha;
    }
  };
}
