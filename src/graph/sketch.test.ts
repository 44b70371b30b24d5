import { describe, expect, it } from 'vitest';
import { sketchNodeAt, type SketchScene } from './sketch.ts';
import { ResolvedStyle } from './sketchStyle.ts';

/** A scene of hand-placed nodes (model units), drawn in the order given, at `viewport`. */
function scene(
  nodes: { id: string; x: number; y: number; w: number; h: number; shape: string }[],
  viewport: SketchScene['viewport'],
): SketchScene {
  return {
    viewport,
    edges: [],
    nodes: nodes.map((n, index) => ({
      id: n.id,
      at: { x: n.x, y: n.y },
      style: new ResolvedStyle(new Map([['shape', n.shape]])),
      outer: { w: n.w, h: n.h },
      z: 0,
      index,
    })),
  };
}

// Zoom 2, pan (50, 50): model (x, y) is at (50 + 2x, 50 + 2y) on the canvas.
const view = { zoom: 2, pan: { x: 50, y: 50 } };
const at = (x: number, y: number) => ({ x: 50 + 2 * x, y: 50 + 2 * y });

describe('sketchNodeAt', () => {
  const s = scene(
    [
      { id: 'round', x: 0, y: 0, w: 40, h: 40, shape: 'ellipse' },
      { id: 'diamond', x: 100, y: 0, w: 40, h: 40, shape: 'diamond' },
      { id: 'box', x: 0, y: 100, w: 60, h: 20, shape: 'round-rectangle' },
      { id: 'above', x: 15, y: 0, w: 10, h: 10, shape: 'ellipse' },
    ],
    view,
  );

  it('finds the node whose body is under the point, in canvas pixels', () => {
    expect(sketchNodeAt(s, at(0, 0))).toBe('round');
    expect(sketchNodeAt(s, at(100, 0))).toBe('diamond');
    expect(sketchNodeAt(s, at(29, 109))).toBe('box');
  });

  it('follows each shape’s outline, not its box', () => {
    // Inside the boxes' corners, outside an ellipse and a diamond.
    expect(sketchNodeAt(s, at(-17, -17))).toBeNull();
    expect(sketchNodeAt(s, at(112, 12))).toBeNull();
    expect(sketchNodeAt(s, at(108, 8))).toBe('diamond');
    expect(sketchNodeAt(s, at(-29, 91))).toBe('box');
  });

  it('takes the node drawn last where two overlap, and nothing on empty canvas', () => {
    expect(sketchNodeAt(s, at(16, 0))).toBe('above');
    expect(sketchNodeAt(s, at(8, 0))).toBe('round');
    expect(sketchNodeAt(s, at(50, 50))).toBeNull();
    expect(sketchNodeAt(s, { x: 0, y: 0 })).toBeNull();
  });
});
