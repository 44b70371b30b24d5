/**
 * The textures a small graph's hidden and dimmed elements will be drawn from once shown again,
 * made while the view is still. Cytoscape makes an element's textures (body, label) for each
 * zoom level on its first draw at that level: a filter that zooms in on what it keeps, cleared,
 * showed ~100 elements never drawn at that zoom, and the frame that showed them made their
 * textures and measured them (~12-16 ms of the article's ~18 ms, over the one-frame goal;
 * ~3 ms when they were made ahead).
 *
 * GraphCanvas starts it once the marked elements are restyled for the zoom and their label
 * places are set (catchUpStyles), so that the textures made are the ones a frame will use.
 * Each element is drawn once, as shown (dimmedElements.ts `drawAsShown`), on a 1×1 scratch
 * canvas; Cytoscape keeps the textures in its caches.
 */
import type { Core } from 'cytoscape';
import { drawAsShown, markedDimmed } from './dimmedElements.ts';
import { markedHidden } from './hiddenElements.ts';
import { scratchContext } from './styleWarmUp.ts';

/** The renderer's pixel ratio (internal, missing from its types). */
interface RatioRenderer {
  getPixelRatio?: () => number;
}

export class MarkedTextures {
  /** Ids still to draw, or null when nothing is under way. */
  private queue: string[] | null = null;
  private scratch: CanvasRenderingContext2D | null | undefined;

  constructor(
    private readonly cy: Core,
    private readonly context: () => CanvasRenderingContext2D | null = scratchContext,
  ) {}

  /** Whether some marked elements are still to be drawn. */
  get pending(): boolean {
    return this.queue !== null && this.queue.length > 0;
  }

  /** Starts over with the elements marked now (the zoom, marks or label places changed). */
  restart(): void {
    const marked = [...markedHidden(this.cy), ...markedDimmed(this.cy)];
    this.queue = marked.length > 0 ? marked.reverse() : null;
  }

  /** Drops what is under way (the instance is going away, or the view moves). */
  cancel(): void {
    this.queue = null;
  }

  /**
   * Draws the next elements still marked, for up to `budgetMs` (at least one); true while some
   * are left.
   */
  step(budgetMs: number): boolean {
    const queue = this.queue;
    if (!queue) return false;
    this.scratch ??= this.context();
    const scratch = this.scratch;
    if (!scratch || this.cy.destroyed()) {
      this.queue = null;
      return false;
    }
    const renderer = (this.cy as unknown as { renderer(): RatioRenderer | undefined }).renderer();
    const pxRatio = renderer?.getPixelRatio?.() ?? 1;
    const hidden = markedHidden(this.cy);
    const dimmed = markedDimmed(this.cy);
    const until = performance.now() + budgetMs;
    do {
      const id = queue.pop() as string;
      // One shown meanwhile was drawn by the frame that showed it.
      if (!hidden.has(id) && !dimmed.has(id)) continue;
      const ele = this.cy.getElementById(id);
      if (ele.nonempty()) drawAsShown(this.cy, scratch, ele, pxRatio);
    } while (queue.length > 0 && performance.now() < until);
    if (queue.length > 0) return true;
    this.queue = null;
    return false;
  }
}
