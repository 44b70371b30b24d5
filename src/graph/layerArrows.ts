/**
 * Arrowheads of the edges a large graph's layer draws (edgeLayer.ts), as Cytoscape draws them
 * for the same edge straight: its shape, sized by `arrow-scale` and the edge's width
 * (Cytoscape's getArrowWidth), with its tip where the edge meets the target node's outline.
 * Pure geometry in model units; without arrows a zoomed-in large graph did not say who spoke
 * and what was spoken about.
 */
import type { LayerShape } from './nodeLook.ts';

export type LayerArrow = 'triangle' | 'vee' | 'circle' | 'tee' | 'none';

interface Point {
  x: number;
  y: number;
}

/** The unit vector from `from` towards `to`, and their distance; null when they coincide. */
function direction(from: Point, to: Point): { ux: number; uy: number; length: number } | null {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  return length === 0 ? null : { ux: dx / length, uy: dy / length, length };
}

/** Cytoscape's arrow size for an edge of `width` and `arrow-scale` `scale` (model units). */
export const arrowSize = (width: number, scale: number): number =>
  Math.max(Math.pow(width * 13.37, 0.9), 29) * scale;

/**
 * Where the straight edge from `from` to the centre `at` of a node crosses the node's outline
 * (outer size `width` × `height`, shape as the layer draws it); null when the two coincide.
 */
export function outlinePoint(
  from: Point,
  at: Point,
  shape: LayerShape,
  width: number,
  height: number,
): Point | null {
  // From the centre towards the source.
  const towards = direction(at, from);
  if (!towards) return null;
  const { ux, uy, length } = towards;
  const a = width / 2;
  const b = height / 2;
  let t: number;
  if (shape === 'ellipse') t = 1 / Math.hypot(ux / a, uy / b);
  else if (shape === 'diamond') t = 1 / (Math.abs(ux) / a + Math.abs(uy) / b);
  else t = Math.min(ux === 0 ? Infinity : a / Math.abs(ux), uy === 0 ? Infinity : b / Math.abs(uy));
  // A source inside the target's outline: the arrow would point backwards.
  if (t >= length) return null;
  return { x: at.x + ux * t, y: at.y + uy * t };
}

/** An arrowhead to fill: a polygon, or a circle. */
export type ArrowOutline =
  { kind: 'polygon'; points: Point[] } | { kind: 'circle'; x: number; y: number; radius: number };

/** Cytoscape's arrow shapes: x across the edge, y along it (negative: back from the tip). */
const SHAPES: Record<'triangle' | 'vee' | 'tee', number[]> = {
  triangle: [-0.15, -0.3, 0, 0, 0.15, -0.3],
  vee: [-0.15, -0.3, 0, 0, 0.15, -0.3, 0, -0.15],
  tee: [-0.15, 0, -0.15, -0.1, 0.15, -0.1, 0.15, 0],
};
const CIRCLE_RADIUS = 0.15;

/**
 * The outline of an arrowhead of `shape` and `size` (arrowSize) whose tip is at `tip`, on an
 * edge coming from `from`; null for 'none'.
 */
export function arrowOutline(
  shape: LayerArrow,
  from: Point,
  tip: Point,
  size: number,
): ArrowOutline | null {
  if (shape === 'none') return null;
  // Along the edge (towards the tip) and across it.
  const along = direction(from, tip);
  if (!along) return null;
  const { ux, uy } = along;
  if (shape === 'circle') {
    const radius = CIRCLE_RADIUS * size;
    return { kind: 'circle', x: tip.x - ux * radius, y: tip.y - uy * radius, radius };
  }
  const units = SHAPES[shape];
  const points: Point[] = [];
  for (let i = 0; i < units.length; i += 2) {
    const across = (units[i] as number) * size;
    const along = (units[i + 1] as number) * size;
    points.push({ x: tip.x + ux * along - uy * across, y: tip.y + uy * along + ux * across });
  }
  return { kind: 'polygon', points };
}
