/**
 * The canvas a small graph's sketch is drawn on (sketch.ts): beneath where Cytoscape's
 * canvases go, the size of the container, never in the way of the pointer.
 */
import { drawSketch, sketchNodeAt, sketchScene, type SketchInput } from './sketch.ts';
import type { Point } from './visible.ts';

export type SketchContent = Omit<SketchInput, 'width' | 'height'>;

/** A sketch on its canvas, until Cytoscape takes its place. */
export interface Sketch {
  /** The node drawn on top at `point` (CSS pixels in the container), or null. */
  nodeAt(point: Point): string | null;
  /** Draws `content` instead (a selection or a filter made before Cytoscape is live). */
  redraw(content: SketchContent): void;
  /** Takes the canvas away. */
  remove(): void;
}

/**
 * Puts a canvas first in `container` and draws the sketch of `content` on it as soon as the
 * container's size is known: in the frame's own layout step (a ResizeObserver's first call,
 * before the frame is painted), not by forcing a layout of the page now (~15 ms for the
 * article's page). `painted` is called once it is drawn; nothing is drawn for a container
 * without size or a graph without nodes. Until removed, it is drawn again when the container's
 * size changes.
 */
export function paintSketch(
  container: HTMLElement,
  content: SketchContent,
  painted: (canvas: HTMLCanvasElement) => void,
): Sketch {
  const canvas = document.createElement('canvas');
  canvas.className = 'graph-sketch';
  canvas.setAttribute('aria-hidden', 'true');
  canvas.dataset.testid = 'graph.sketch';
  canvas.width = 0;
  canvas.height = 0;
  container.insertBefore(canvas, container.firstChild);
  let size: { width: number; height: number } | null = null;
  let scene: ReturnType<typeof sketchScene> = null;
  let latest = content;
  const draw = (): boolean => {
    if (!size) return false;
    scene = sketchScene({ ...latest, ...size });
    const ctx = scene ? canvas.getContext('2d') : null;
    if (!scene || !ctx) {
      // Nothing to show (every node hidden): nothing is drawn, and nothing hit.
      scene = null;
      canvas.width = 0;
      return false;
    }
    const ratio = window.devicePixelRatio || 1;
    // Setting the size clears the canvas, even to the same size.
    canvas.width = Math.round(size.width * ratio);
    canvas.height = Math.round(size.height * ratio);
    drawSketch(ctx, scene, ratio);
    return true;
  };
  let first = true;
  // Drawn again at each new size, fitted again as GraphCanvas fits a view nobody moved: a
  // panel that opens beside the canvas (a node tapped on the sketch) narrows it.
  const observer = new ResizeObserver((entries) => {
    const box = entries[0]?.contentRect;
    if (!box || (size && box.width === size.width && box.height === size.height)) return;
    size = { width: box.width, height: box.height };
    const drawn = draw();
    if (!first) return;
    first = false;
    if (drawn) painted(canvas);
    else {
      observer.disconnect();
      canvas.remove();
    }
  });
  observer.observe(container);
  return {
    nodeAt: (point) => (scene ? sketchNodeAt(scene, point) : null),
    redraw(next) {
      // The same content (GraphCanvas's effect at mount, after the first drawing) is not drawn
      // again.
      const same =
        next.elements === latest.elements &&
        next.layout === latest.layout &&
        next.emphasis === latest.emphasis &&
        next.selected === latest.selected;
      if (same) return;
      latest = next;
      // Before the first drawing, that drawing takes `next`.
      if (canvas.isConnected && size) draw();
    },
    remove() {
      observer.disconnect();
      canvas.remove();
      scene = null;
    },
  };
}
