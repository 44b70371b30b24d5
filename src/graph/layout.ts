/**
 * Layouts of the graph view. Every layout is a set of node positions (`LayoutSpec`),
 * applied as a Cytoscape `preset` (animated when switching, not on a document's first layout)
 * while GraphCanvas moves the viewport to fit the result:
 *
 * - `force`: the force-directed default, positions computed ahead of time by the data plugin
 *   (precompute-layout.ts): opening a document runs no layout.
 * - `concentric`: rings by degree, the best-connected nodes in the middle (positions.ts).
 * - `hierarchy`: levels by distance from a root node (the selection), top down (hierarchy.ts).
 * - `timeline`: along a time axis (src/model/timeline.ts).
 *
 * Positions that miss a node fall back to a cheap deterministic ring layout (claims inside,
 * actors outside). Every layout covers every node, hidden ones included, so that focus and
 * filters never move anything.
 */
import type { LayoutOptions } from 'cytoscape';
import type { LayoutName } from '../state/view.ts';
import { ringPositions, type LayoutNode, type Positions } from './positions.ts';

export type { Positions } from './positions.ts';

export interface LayoutSpec {
  name: LayoutName;
  /** Positions of every node; missing ones make the whole layout fall back to rings. */
  positions?: Positions;
  /** The hierarchy's root node. */
  root?: string;
}

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  force: 'Force',
  concentric: 'Concentric',
  hierarchy: 'Hierarchy',
  timeline: 'Timeline',
};

export const ANIMATION_MS = 450;
export const EASING = 'ease-in-out-cubic' as const;

/** Whether `positions` places every node of `nodeIds`. */
export const coversAll = (nodeIds: readonly string[], positions: Positions | undefined): boolean =>
  positions !== undefined && nodeIds.every((id) => positions[id] !== undefined);

/** The positions `spec` gives the nodes: its own when complete, else the ring stand-in. */
export function resolvePositions(spec: LayoutSpec, nodes: readonly LayoutNode[]): Positions {
  const ids = nodes.map((n) => n.id);
  return coversAll(ids, spec.positions) ? { ...spec.positions } : ringPositions(nodes);
}

/** The Cytoscape options that move the nodes to `positions` (the viewport is moved apart). */
export function presetOptions(positions: Positions, animate: boolean): LayoutOptions {
  return {
    name: 'preset',
    positions,
    fit: false,
    animate,
    animationDuration: ANIMATION_MS,
    animationEasing: EASING,
  };
}
