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
import type { CollectionReturnValue, Core } from 'cytoscape';
import { NextFrameTask } from './nextFrameTask.ts';

/** Nodes whose style a warm-up step resolves: ~45 ms here, under a long task's 50 ms. */
export const WARM_UP_CHUNK = 1500;

/** The parts of Cytoscape's renderer a warm-up holds (BaseRenderer.redraw, requestedFrame). */
interface HoldableRenderer {
  redraw(options?: unknown): void;
  /** Resolves the styles of elements changed since the last frame (frames that draw nothing). */
  flushRenderedStyleQueue?: () => void;
  requestedFrame?: boolean;
  renderOptions?: unknown;
}

/** Collections have `cleanStyle`, Cytoscape's own step that resolves dirty styles. */
type Cleanable = CollectionReturnValue & { cleanStyle?: () => void };

const INPUT_EVENTS = ['pointerdown', 'pointermove', 'wheel', 'touchstart', 'keydown'] as const;

export class StyleWarmUp {
  private readonly task = new NextFrameTask();
  private readonly renderer: HoldableRenderer | null;
  private readonly redraw: ((options?: unknown) => void) | null;
  private held = false;
  /** The redraw asked for while held: its options, or undefined if none was. */
  private wanted: { options: unknown } | undefined;
  private queue: Cleanable[] = [];
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
   * Holds drawing and resolves the style of every node now in the instance, a chunk after
   * each frame. Does nothing without a canvas renderer (headless instances resolve lazily).
   */
  start(): void {
    const renderer = this.renderer;
    if (!renderer) return;
    const nodes = this.cy.nodes();
    this.queue = [];
    for (let i = 0; i < nodes.length; i += this.chunk) {
      this.queue.push(nodes.slice(i, i + this.chunk) as Cleanable);
    }
    if (this.queue.length === 0) return;
    if (!this.held) {
      this.held = true;
      // A redraw asked for before the hold is one asked for during it.
      this.wanted = renderer.requestedFrame ? { options: renderer.renderOptions } : undefined;
      renderer.requestedFrame = false;
      for (const type of INPUT_EVENTS) {
        this.container?.addEventListener(type, this.onInput, { capture: true, passive: true });
      }
    }
    this.task.schedule(() => this.step());
  }

  private step(): void {
    if (this.cy.destroyed()) return this.release();
    this.clean(this.queue.shift());
    if (this.queue.length > 0) this.task.schedule(() => this.step());
    else this.release();
  }

  /** Resolves the rest of the styles now and lets Cytoscape draw. */
  finish(): void {
    this.task.cancel();
    if (!this.cy.destroyed()) for (const chunk of this.queue) this.clean(chunk);
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
    for (const type of INPUT_EVENTS) {
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
