import type { RefObject } from 'react';
import type { GraphCanvasHandle } from '../graph/GraphCanvas.tsx';

const ZOOM_FACTOR = 1.4;

export interface CanvasControlsProps {
  canvas: RefObject<GraphCanvasHandle | null>;
}

/** Fit, zoom and reset buttons over the canvas. */
export function CanvasControls({ canvas }: CanvasControlsProps) {
  return (
    <div className="canvas-controls" role="group" aria-label="Zoom">
      <button
        type="button"
        data-testid="graph.zoomIn"
        title="Zoom in"
        aria-label="Zoom in"
        onClick={() => canvas.current?.zoomBy(ZOOM_FACTOR)}
      >
        +
      </button>
      <button
        type="button"
        data-testid="graph.zoomOut"
        title="Zoom out"
        aria-label="Zoom out"
        onClick={() => canvas.current?.zoomBy(1 / ZOOM_FACTOR)}
      >
        −
      </button>
      <button
        type="button"
        data-testid="graph.fit"
        title="Fit what is shown"
        onClick={() => canvas.current?.fit()}
      >
        Fit
      </button>
      <button
        type="button"
        data-testid="graph.reset"
        title="Put every node back where the layout placed it"
        onClick={() => canvas.current?.reset()}
      >
        Reset
      </button>
    </div>
  );
}
