/**
 * A large graph's first frame without Cytoscape's style pass (issue 7). Seen from afar, the
 * node layer draws every node (edgeLayer.ts) and Cytoscape paints nothing until a node is
 * hovered or selected; yet before its first draw Cytoscape resolved the style of every node
 * it had just been given (~30 µs a node: ~0.3 s of a 10 000-node first render).
 *
 * While warming up, the instance's redraws are held back and its nodes' styles are resolved
 * WARM_UP_CHUNK at a time, a task after each frame; then drawing resumes. Input on the canvas
 * ends the warm-up at once (the rest resolved in one go), so that a hover or a tap is
 * hit-tested and drawn as usual; GraphCanvas ends it too before anything Cytoscape would paint
 * (a filter, a selection, a zoom close enough for labels) and before an export. A pan, a fit or
 * a resize does not end it: the layer draws those, and Cytoscape has nothing to paint. Nothing
 * else waits: an element's style is resolved whenever something asks for it, so only
 * Cytoscape's picture (empty in the overview) is late.
 */
import type { CollectionReturnValue, Core, SingularElementArgument } from 'cytoscape';
import { NextFrameTask } from './nextFrameTask.ts';

/** Nodes whose style a warm-up step resolves: ~45 ms here, under a long task's 50 ms. */
export const WARM_UP_CHUNK = 1500;

/** The parts of Cytoscape's renderer a warm-up holds (BaseRenderer.redraw, requestedFrame). */
interface HoldableRenderer {
  redraw(options?: unknown): void;
  /** Computes the elements' geometry (label boxes, edge paths) for the next draw. */
  recalculateRenderedStyle?: (eles: CollectionReturnValue) => void;
  /** Draws an element from its textures (made on its first draw) onto `context`. */
  drawCachedElement?: (context: CanvasRenderingContext2D, ele: unknown, pxRatio: number) => void;
  getPixelRatio?: () => number;
  /** Resolves the styles of elements changed since the last frame (frames that draw nothing). */
  flushRenderedStyleQueue?: () => void;
  requestedFrame?: boolean;
  renderOptions?: unknown;
}

/** Collections have `cleanStyle`, Cytoscape's own step that resolves dirty styles. */
type Cleanable = CollectionReturnValue & { cleanStyle?: () => void };

const INPUT_EVENTS = ['pointerdown', 'pointermove', 'wheel', 'touchstart', 'keydown'] as const;

/** What a warm-up resolves, and what ends it. */
export interface WarmUpPlan {
  /** Whose styles: every node by default. */
  elements?: CollectionReturnValue;
  /** Elements a step; the warm-up's own `chunk` by default. */
  chunk?: number;
  /**
   * Also compute their geometry (label boxes, edge paths and arrows), the rest of a first
   * frame's work before drawing: a small graph's first frame, which draws every element.
   */
  geometry?: boolean;
  /**
   * Whether a pointer moving over the canvas ends it (by default it does). A small graph's
   * sketch stands for the picture meanwhile; a hover is hit-tested without styles drawn.
   */
  endOnPointerMove?: boolean;
  /**
   * Which of the elements the first frame draws: only those get their textures made ahead
   * (all by default); those out of sight or faded would have them made for nothing.
   */
  drawn?: (ele: SingularElementArgument) => boolean;
  /**
   * Run chunks one after another in a step for up to this long (ms): the first chunks run
   * code for the first time (slow), the later ones are fast. By default one chunk a step.
   */
  budgetMs?: number;
}

/**
 * A 1×1 canvas to draw textures on: Cytoscape keeps them in its caches, and the picture is
 * thrown away. Null where there is no document (Node).
 */
export function scratchContext(): CanvasRenderingContext2D | null {
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  canvas.width = 1;
  canvas.height = 1;
  return canvas.getContext('2d');
}

export class StyleWarmUp {
  private readonly task = new NextFrameTask();
  private readonly renderer: HoldableRenderer | null;
  private readonly redraw: ((options?: unknown) => void) | null;
  private held = false;
  /** The redraw asked for while held: its options, or undefined if none was. */
  private wanted: { options: unknown } | undefined;
  private queue: (() => void)[] = [];
  /** How long a step may run chunks one after another (0: one chunk a step). */
  private budgetMs = 0;
  private inputs: readonly string[] = INPUT_EVENTS;
  private readonly onInput = () => this.finish();

  constructor(
    private readonly cy: Core,
    private readonly container: EventTarget | null,
    private readonly chunk = WARM_UP_CHUNK,
  ) {
    const renderer = (cy as unknown as { renderer(): HoldableRenderer | undefined }).renderer();
    if (renderer && typeof renderer.redraw === 'function') {
      this.renderer = renderer;
      const redraw = renderer.redraw;
      this.redraw = (options) => redraw.call(renderer, options);
      renderer.redraw = (options?: unknown) => {
        if (this.held) this.wanted = { options };
        else redraw.call(renderer, options);
      };
      // Frames that draw nothing still resolve every changed element's style (for the
      // texture caches' queues, empty until something is drawn): not while held.
      const flush = renderer.flushRenderedStyleQueue;
      if (typeof flush === 'function') {
        renderer.flushRenderedStyleQueue = () => {
          if (!this.held) flush.call(renderer);
        };
      }
    } else {
      this.renderer = null;
      this.redraw = null;
    }
  }

  /** Whether styles are still being resolved (and Cytoscape's picture held back). */
  get pending(): boolean {
    return this.held;
  }

  /**
   * Holds drawing until the warm-up started next (or `finish`) is done. Input on the canvas
   * ends the hold, as it ends a warm-up.
   */
  hold(options: Pick<WarmUpPlan, 'endOnPointerMove'> = {}): void {
    const renderer = this.renderer;
    if (!renderer || this.held) return;
    this.held = true;
    // A redraw asked for before the hold is one asked for during it.
    this.wanted = renderer.requestedFrame ? { options: renderer.renderOptions } : undefined;
    renderer.requestedFrame = false;
    this.inputs =
      options.endOnPointerMove === false
        ? INPUT_EVENTS.filter((type) => type !== 'pointermove')
        : INPUT_EVENTS;
    for (const type of this.inputs) {
      this.container?.addEventListener(type, this.onInput, { capture: true, passive: true });
    }
  }

  /**
   * Holds drawing and resolves the style of every node now in the instance (or of the plan's
   * elements, and their geometry and textures), a chunk after each frame (or as many chunks
   * as fit in the plan's time budget). Does nothing without a canvas renderer (headless
   * instances resolve lazily).
   */
  start(plan: WarmUpPlan = {}): void {
    const renderer = this.renderer;
    if (!renderer) return;
    const eles = plan.elements ?? this.cy.nodes();
    const chunk = plan.chunk ?? this.chunk;
    const chunks: Cleanable[] = [];
    for (let i = 0; i < eles.length; i += chunk) chunks.push(eles.slice(i, i + chunk) as Cleanable);
    this.queue = chunks.map((part) => () => this.clean(part));
    if (plan.geometry) this.queue.push(...this.firstFrameSteps(renderer, chunks, plan.drawn));
    this.budgetMs = plan.budgetMs ?? 0;
    if (this.queue.length === 0) {
      this.release();
      return;
    }
    this.hold(plan);
    this.task.schedule(() => this.step());
  }

  /**
   * The rest of a first frame's work, chunk by chunk: each element's geometry, then its
   * textures (body, label), drawn once on a scratch canvas, so that the first frame only
   * draws from the caches.
   */
  private firstFrameSteps(
    renderer: HoldableRenderer,
    chunks: Cleanable[],
    drawn: (ele: SingularElementArgument) => boolean = () => true,
  ): (() => void)[] {
    const steps: (() => void)[] = [];
    const live = (part: Cleanable) => part.filter((ele) => !ele.removed());
    const geometry = renderer.recalculateRenderedStyle;
    if (typeof geometry !== 'function') return steps;
    for (const part of chunks) {
      steps.push(() => {
        const eles = live(part);
        if (eles.nonempty()) geometry.call(renderer, eles);
      });
    }
    const draw = renderer.drawCachedElement;
    const scratch = scratchContext();
    if (typeof draw !== 'function' || !scratch) return steps;
    for (const part of chunks) {
      steps.push(() => {
        const pxRatio = renderer.getPixelRatio?.() ?? 1;
        for (const ele of live(part)) if (drawn(ele)) draw.call(renderer, scratch, ele, pxRatio);
      });
    }
    return steps;
  }

  private step(): void {
    if (this.cy.destroyed()) return this.release();
    const until = performance.now() + this.budgetMs;
    do this.queue.shift()?.();
    while (this.queue.length > 0 && performance.now() < until);
    if (this.queue.length > 0) this.task.schedule(() => this.step());
    else this.release();
  }

  /** Resolves the rest of the styles now and lets Cytoscape draw. */
  finish(): void {
    this.task.cancel();
    if (!this.cy.destroyed()) for (const step of this.queue) step();
    this.queue = [];
    this.release();
  }

  private clean(chunk: Cleanable | undefined): void {
    // Nodes removed meanwhile (a filter) are skipped: they are restyled if they come back.
    const live = chunk?.filter((ele) => !ele.removed()) as Cleanable | undefined;
    if (live?.nonempty()) live.cleanStyle?.();
  }

  private release(): void {
    this.task.cancel();
    this.queue = [];
    if (!this.held) return;
    this.held = false;
    for (const type of this.inputs) {
      this.container?.removeEventListener(type, this.onInput, { capture: true });
    }
    const wanted = this.wanted;
    this.wanted = undefined;
    if (wanted && !this.cy.destroyed()) this.redraw?.(wanted.options);
  }

  /** Ends the warm-up without resolving the rest (the instance is going away). */
  cancel(): void {
    this.queue = [];
    this.release();
  }
}
