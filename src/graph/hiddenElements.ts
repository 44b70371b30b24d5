/**
 * How a small graph hides elements: they stay in the instance, styled, measured and with their
 * textures as they were, and the renderer leaves them out of the list it draws and hit-tests
 * (the z-sorted list, fastZSort.ts). Showing them again is a redraw.
 *
 * Taking them out of the instance instead (as large graphs do, applyEmphasis.ts) made showing
 * them again a restyle, new geometry and new textures for each: clearing the article's Denials
 * filter put 318 elements back, ~24 ms of Cytoscape's work against ~1.5 ms this way. A
 * `display: none` class restyles each element both ways.
 *
 * Cytoscape itself does not know of these marks: its `visible()` and `:visible` still count
 * hidden elements. `shownOnCanvas` (visible.ts) reads the marks, and the pictures for exports
 * take hidden elements out of the instance while they are drawn (withHiddenTakenOut). Parallel
 * edges keep the fan they have with hidden ones.
 */
import type { CollectionArgument, Core, SingularElementArgument } from 'cytoscape';
import { markedDimmed } from './dimmedElements.ts';
import { changedMarks } from './marks.ts';

const NONE: ReadonlySet<string> = new Set();
/** By instance: the ids of the hidden elements (those asked, and edges with a hidden end). */
const marksOf = new WeakMap<Core, ReadonlySet<string>>();

/** The ids of the elements hidden by marks in `cy` (empty when none). */
export function markedHidden(cy: Core): ReadonlySet<string> {
  return marksOf.get(cy) ?? NONE;
}

/** Whether `ele` is hidden by a mark. */
export function isMarkedHidden(ele: SingularElementArgument): boolean {
  return markedHidden(ele.cy()).has(ele.id());
}

/** By instance: ids of hidden elements that missed a restyle (restyleShown). */
const staleOf = new WeakMap<Core, Set<string>>();

/** Cytoscape's calls that restyle elements at once (internal, missing from its types). */
interface Restylable {
  updateStyle(): void;
  dirtyBoundingBoxCache(): Restylable;
}

/**
 * Has the renderer restyle `eles` in its next frame, as a new stylesheet would. Their cached
 * bounding boxes go too, as with a class change: `updateStyle` alone kept a box measured
 * before (a label of the old zoom's size, measured when the first frame was prepared ahead).
 */
export function restyleElements(cy: Core, eles: SingularElementArgument[]): void {
  if (eles.length === 0) return;
  const col = cy.collection(eles as unknown as CollectionArgument) as unknown as Restylable;
  col.dirtyBoundingBoxCache().updateStyle();
}

/**
 * Restyles the shown elements that `now` accepts for a stylesheet whose values changed (label
 * sizes that follow the zoom, style.ts `stylesheetFollowing`). Shown ones it refuses are left
 * as they are: those draw no label, and Cytoscape applies every value that follows the zoom
 * when a class change shows one. Hidden ones miss it: restyleStale catches them up a chunk at
 * a time, and markHidden when they are shown again. Restyling them all at each new zoom made
 * a frame of ~45-65 ms of the article (325 elements, ~30 of which draw a label); with its
 * Denials filter on, the 318 hidden ones made a frame of ~70 ms once the fit animation ended.
 */
export function restyleShown(
  cy: Core,
  now: (ele: SingularElementArgument) => boolean = () => true,
): void {
  const hidden = markedHidden(cy);
  // Elements dimmed by marks draw no label either, and no class change shows it again.
  const dimmed = markedDimmed(cy);
  const stale = staleOf.get(cy) ?? new Set<string>();
  const wanted: SingularElementArgument[] = [];
  cy.elements().forEach((ele) => {
    const id = ele.id();
    if (hidden.has(id) || dimmed.has(id)) stale.add(id);
    else if (now(ele)) {
      wanted.push(ele);
      stale.delete(id);
    }
  });
  restyleElements(cy, wanted);
  if (stale.size > 0) staleOf.set(cy, stale);
  else staleOf.delete(cy);
}

/** Whether some hidden elements missed a restyle (see restyleStale). */
export function hasStale(cy: Core): boolean {
  return (staleOf.get(cy)?.size ?? 0) > 0;
}

/**
 * Restyles at most `limit` hidden elements that missed a restyle; true when some are left.
 * GraphCanvas runs it a chunk a frame once the view is still, so that showing them again
 * (clearing a filter) finds them styled: restyled in the frame that shows them, the article's
 * 318 took ~40 ms more of it.
 */
export function restyleStale(cy: Core, limit: number): boolean {
  const stale = staleOf.get(cy);
  if (!stale) return false;
  const hidden = markedHidden(cy);
  const dimmed = markedDimmed(cy);
  const chunk: SingularElementArgument[] = [];
  for (const id of stale) {
    if (chunk.length >= limit) break;
    stale.delete(id);
    const ele = cy.getElementById(id);
    // One shown meanwhile was restyled then (markHidden, restyleUnmarked); one gone needs nothing.
    if ((hidden.has(id) || dimmed.has(id)) && ele.nonempty()) chunk.push(ele);
  }
  restyleElements(cy, chunk);
  if (stale.size > 0) return true;
  staleOf.delete(cy);
  return false;
}

/**
 * Restyles the elements of `eles` that missed a restyle while marked and are marked no more
 * (a focus cleared, dimmedElements.ts): restyleStale usually caught them up before.
 */
export function restyleUnmarked(cy: Core, eles: readonly SingularElementArgument[]): void {
  const stale = staleOf.get(cy);
  if (!stale) return;
  const hidden = markedHidden(cy);
  const dimmed = markedDimmed(cy);
  restyleElements(
    cy,
    eles.filter((ele) => !hidden.has(ele.id()) && !dimmed.has(ele.id()) && stale.delete(ele.id())),
  );
  if (stale.size === 0) staleOf.delete(cy);
}

/** The internal renderer call that makes Cytoscape sort its list again and redraw. */
interface Notifying {
  notify?(eventName: string): void;
}

/**
 * Hides the elements of `asked` and the edges of hidden nodes, and shows all others; returns
 * the elements whose mark changed. The renderer sorts its list again and redraws; nothing is
 * restyled.
 */
export function markHidden(cy: Core, asked: ReadonlySet<string>): SingularElementArgument[] {
  const before = markedHidden(cy);
  const hidden = new Set<string>();
  if (asked.size > 0) {
    cy.elements().forEach((ele) => {
      const id = ele.id();
      if (
        asked.has(id) ||
        (ele.isEdge() &&
          (asked.has(String(ele.data('source'))) || asked.has(String(ele.data('target')))))
      )
        hidden.add(id);
    });
  }
  const changed = changedMarks(cy, before, hidden);
  marksOf.set(cy, hidden.size === 0 ? NONE : hidden);
  // Elements shown again that missed a restyle get it now (see restyleShown).
  const stale = staleOf.get(cy);
  if (stale)
    restyleElements(
      cy,
      changed.filter((ele) => !hidden.has(ele.id()) && stale.delete(ele.id())),
    );
  // 'zorder' is the notification after which Cytoscape's renderer sorts its list again (the
  // one fastZSort.ts filters) and redraws everything.
  if (changed.length > 0) (cy as unknown as Notifying).notify?.('zorder');
  return changed;
}

/**
 * Runs `work` with the marked-hidden elements out of the instance, so that what reads
 * Cytoscape's own visibility and bounds (the PNG and SVG pictures) sees only what is shown, and
 * puts them back after, nodes before edges. `work` is synchronous (Cytoscape draws a PNG at
 * once and only encodes it later): nothing can change the instance meanwhile.
 */
export function withHiddenTakenOut<T>(cy: Core, work: () => T): T {
  const hidden = markedHidden(cy);
  if (hidden.size === 0) return work();
  const out = cy.remove(cy.elements().filter((ele) => hidden.has(ele.id())));
  try {
    return work();
  } finally {
    // The marks are by id: the elements come back hidden.
    cy.batch(() => {
      out.nodes().restore();
      out.edges().restore();
    });
  }
}
