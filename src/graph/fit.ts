/**
 * Where the viewport goes: the nodes a view frames and the viewport that fits them, and an
 * estimate of that fit before any node is styled (GraphCanvas styles a small document once,
 * for the zoom it will be shown at).
 */
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import type { GraphElements } from './elements.ts';
import type { Emphasis } from './emphasis.ts';
import { bodySize } from './canvasLabels.ts';
import { isMarkedHidden } from './hiddenElements.ts';
import { isDimmed } from './dimmedElements.ts';
import { resolvePositions, type LayoutSpec } from './layout.ts';
import { boundsOf, fitViewport, type Box, type Positions, type Viewport } from './positions.ts';
import { LARGE_GRAPH_NODES } from './style.ts';

/** The lowest zoom of the canvas. */
export const MIN_ZOOM = 0.05;
/** Fitting a small graph should not blow it up beyond this zoom. */
const MAX_FIT_ZOOM = 1.6;
/** Room around a fitted picture, in CSS pixels: labels hang below nodes and beside them. */
const FIT_PADDING = { x: 64, top: 44, bottom: 40 };
/** The largest node the stylesheet draws (hubs), with its border. */
const LARGEST_NODE = { w: 44, h: 44 };

/**
 * The nodes the viewport should frame: shown and undimmed (all shown ones if none), with
 * `coming` (a large graph's nodes on their way back into the instance, undimmed).
 */
function framedNodes(
  cy: Core,
  coming: readonly NodeSingular[] = [],
  emphasis?: Emphasis,
): NodeSingular[] {
  // A large graph's classes may still be on their way (applyEmphasis's chunks): ask the sets.
  // A small graph hides by marks (hiddenElements.ts).
  const hidden = (node: NodeSingular) =>
    emphasis ? emphasis.hidden.has(node.id()) : node.hasClass('hidden') || isMarkedHidden(node);
  const dimmed = (node: NodeSingular) =>
    emphasis ? emphasis.dimmed.has(node.id()) : isDimmed(node);
  const all = (cy.nodes() as NodeCollection).toArray() as NodeSingular[];
  const shown = [...all.filter((node) => !hidden(node)), ...coming];
  const bright = shown.filter((node) => !dimmed(node));
  return bright.length > 0 ? bright : shown.length > 0 ? shown : all;
}

/** The viewport that fits the framed nodes at `positions` (default: where they are now). */
export function fittedViewport(
  cy: Core,
  positions?: Positions,
  coming: readonly NodeSingular[] = [],
  largeGraph = false,
  emphasis?: Emphasis,
): Viewport | null {
  const nodes = framedNodes(cy, coming, emphasis);
  const at: Positions = positions ?? {};
  if (!positions) nodes.forEach((node) => void (at[node.id()] = node.position()));
  // A large graph is framed by its node centres and the largest node size: measuring each
  // node would compute every node's style before the first draw needs it.
  const large = largeGraph || nodes.length > LARGE_GRAPH_NODES;
  const box = boundsOf(
    nodes.map((node) => node.id()),
    at,
    large ? () => LARGEST_NODE : (id) => bodySize(cy.getElementById(id)),
  );
  if (!box) return null;
  return fitBox(box, cy.width(), cy.height(), cy.minZoom());
}

/** The viewport that shows `box` (model units) whole in a `width` × `height` canvas. */
export const fitBox = (box: Box, width: number, height: number, minZoom = MIN_ZOOM): Viewport =>
  fitViewport(box, width, height, { padding: FIT_PADDING, minZoom, maxZoom: MAX_FIT_ZOOM });

/** A node of typical size, for estimating a fit before nodes are styled. */
const TYPICAL_NODE = { w: 30, h: 30 };

/** About the zoom that fits `elements` laid out by `spec`, before any of them is added. */
export function estimatedFitZoom(
  size: { width: number; height: number },
  spec: LayoutSpec,
  elements: GraphElements,
): number | null {
  const nodes = elements.nodes.map(({ data }) => ({
    id: data.id,
    kind: data.kind,
    degree: data.degree ?? 0,
  }));
  const box = boundsOf(
    nodes.map((node) => node.id),
    resolvePositions(spec, nodes),
    () => TYPICAL_NODE,
  );
  if (!box || size.width === 0 || size.height === 0) return null;
  return fitViewport(box, size.width, size.height, {
    padding: FIT_PADDING,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_FIT_ZOOM,
  }).zoom;
}
