/**
 * The canvas a small graph's sketch is drawn on (sketch.ts): beneath where Cytoscape's
 * canvases go, the size of the container, never in the way of the pointer.
 */
import { drawSketch, sketchScene, type SketchInput } from './sketch.ts';

/**
 * Puts a canvas first in `container` and draws the sketch of `input` on it as soon as the
 * container's size is known: in the frame's own layout step (a ResizeObserver's first call,
 * before the frame is painted), not by forcing a layout of the page now (~15 ms for the
 * article's page). `painted` is called once it is drawn; nothing is drawn for a container
 * without size or a graph without nodes. Returns what removes the canvas.
 */
export function paintSketch(
  container: HTMLElement,
  input: Omit<SketchInput, 'width' | 'height'>,
  painted: (canvas: HTMLCanvasElement) => void,
): () => void {
  const canvas = document.createElement('canvas');
  canvas.className = 'graph-sketch';
  canvas.setAttribute('aria-hidden', 'true');
  canvas.dataset.testid = 'graph.sketch';
  canvas.width = 0;
  canvas.height = 0;
  container.insertBefore(canvas, container.firstChild);
  const observer = new ResizeObserver((entries) => {
    observer.disconnect();
    const box = entries[0]?.contentRect;
    const scene = box && sketchScene({ ...input, width: box.width, height: box.height });
    const ctx = scene ? canvas.getContext('2d') : null;
    if (!scene || !ctx) {
      canvas.remove();
      return;
    }
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(box.width * ratio);
    canvas.height = Math.round(box.height * ratio);
    drawSketch(ctx, scene, ratio);
    painted(canvas);
  });
  observer.observe(container);
  return () => {
    observer.disconnect();
    canvas.remove();
  };
}
