/**
 * What the edge layer of a large graph draws (edgeLayer.ts), as a pure plan: the edges it
 * shows grouped into batches of one style each (one canvas path per batch), and which of
 * them are shown and dimmed.
 *
 * Why a layer: above LARGE_GRAPH_NODES nodes, Cytoscape spends nearly all of a first render,
 * a filter and a pan step on its edges (measured at 10 000 nodes: ~3 s to first render with
 * 30 000 edges, ~1 s with none). So a large graph's nodes stay in Cytoscape, where they are
 * tapped, hovered and selected as everywhere else, while its edges are drawn as a few canvas
 * paths beneath them. The edges one interacts with (those of the selected element, those of
 * a highlighted path) are kept in Cytoscape and left out of the plan (`interactive`).
 *
 * The styles follow the stylesheet (style.ts): statements in the colour and line of their
 * stance, structural edges in the muted colour of their kind, derived `reported` edges dotted.
 */
import type { EdgeData } from './elements.ts';
import type { Emphasis } from './emphasis.ts';
import type { LayerArrow } from './layerArrows.ts';
import { EDGE_KIND_COLORS, NEUTRAL_EDGE_COLOR, STANCE_COLORS, STANCE_LINE } from './palette.ts';

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface LayerStyle {
  color: string;
  /** Width in model units, as the stylesheet's `width`. */
  width: number;
  line: LineStyle;
  /** The stylesheet's `target-arrow-shape` and `arrow-scale` (layerArrows.ts). */
  arrow: LayerArrow;
  arrowScale: number;
}

/** How faded a dimmed edge is drawn: the stylesheet's `.dimmed` opacity. */
export const DIMMED_ALPHA = 0.14;

export interface LayerBatch {
  style: LayerStyle;
  alpha: number;
  /** Endpoints of the batch's edges, in pairs: source, target, source, target, … */
  ends: string[];
  /** The edges' ids, one per pair of `ends`. */
  ids: string[];
}

export interface LayerPlan {
  batches: LayerBatch[];
  /** Ids of the edges the layer shows (dimmed ones included), in input order. */
  shown: string[];
  /** Ids of the shown edges it draws dimmed. */
  dimmed: string[];
}

/** The drawing style of an edge, as the stylesheet gives it (edgeLayerPlan.test.ts checks). */
export function layerStyle(edge: EdgeData): LayerStyle {
  switch (edge.kind) {
    case 'statement': {
      const arrow = { arrow: 'triangle', arrowScale: 0.9 } as const;
      return edge.stance
        ? {
            color: STANCE_COLORS[edge.stance],
            width: 2.2,
            line: STANCE_LINE[edge.stance],
            ...arrow,
          }
        : { color: NEUTRAL_EDGE_COLOR, width: 2.2, line: 'solid', ...arrow };
    }
    case 'reported':
      return {
        color: EDGE_KIND_COLORS.reported,
        width: 0.9,
        line: 'dotted',
        arrow: 'triangle',
        arrowScale: 0.5,
      };
    case 'about':
      return {
        color: EDGE_KIND_COLORS.about,
        width: 1,
        line: 'solid',
        arrow: 'vee',
        arrowScale: 0.7,
      };
    case 'participant':
      return {
        color: EDGE_KIND_COLORS.participant,
        width: 1,
        line: 'solid',
        arrow: 'circle',
        arrowScale: 0.5,
      };
    case 'affiliation':
      return {
        color: EDGE_KIND_COLORS.affiliation,
        width: 1,
        line: 'solid',
        arrow: 'tee',
        arrowScale: 0.7,
      };
    case 'generic':
      return {
        color: '#8d99a6',
        width: 1.2,
        line: 'solid',
        arrow: edge.undirected ? 'none' : 'triangle',
        arrowScale: 0.7,
      };
  }
}

const styleKey = (s: LayerStyle, alpha: number): string =>
  `${s.color}|${s.width}|${s.line}|${s.arrow}|${s.arrowScale}|${alpha}`;

/**
 * The plan for `edges` under `emphasis`: an edge is left out when it is interactive (drawn by
 * Cytoscape), hidden, or meets a hidden node; it is dimmed when the emphasis dims it. Batches
 * come in a stable order: dimmed ones first (beneath), then by first appearance.
 */
export function planLayer(
  edges: readonly EdgeData[],
  emphasis: Emphasis,
  interactive: ReadonlySet<string> = new Set(),
): LayerPlan {
  const { hidden, dimmed } = emphasis;
  const batches = new Map<string, LayerBatch>();
  const shown: string[] = [];
  const faded: string[] = [];
  for (const edge of edges) {
    const { id, source, target } = edge;
    if (interactive.has(id) || hidden.has(id) || hidden.has(source) || hidden.has(target)) {
      continue;
    }
    const dim = dimmed.has(id);
    const alpha = dim ? DIMMED_ALPHA : 1;
    const style = layerStyle(edge);
    const key = styleKey(style, alpha);
    let batch = batches.get(key);
    if (!batch) {
      batch = { style, alpha, ends: [], ids: [] };
      batches.set(key, batch);
    }
    batch.ends.push(source, target);
    batch.ids.push(id);
    shown.push(id);
    if (dim) faded.push(id);
  }
  const ordered = [...batches.values()].sort((a, b) => a.alpha - b.alpha);
  return { batches: ordered, shown, dimmed: faded };
}

/**
 * Most edges of a selected node that join Cytoscape's instance. A hub's edges stay on the
 * layer, which finds them under the pointer too (edgeAt): the 2 307 edges of the 50k corpus's
 * busiest actor took ~0.4 s to add, style and draw, in a task of ~1 s when it was selected.
 */
export const SELECTED_NODE_EDGES_IN_INSTANCE = 300;

/**
 * The edges a large graph keeps in Cytoscape, where they can be tapped and hovered: those of
 * the selected node (unless it has more than `limit`), the selected edge, and the edges of a
 * highlighted path.
 */
export function interactiveEdgeIds(
  edges: readonly EdgeData[],
  selected: string | undefined,
  highlighted: ReadonlySet<string>,
  limit = SELECTED_NODE_EDGES_IN_INSTANCE,
): Set<string> {
  const ids = new Set<string>();
  const ofSelected: string[] = [];
  for (const edge of edges) {
    if (edge.id === selected || highlighted.has(edge.id)) ids.add(edge.id);
    else if (edge.source === selected || edge.target === selected) ofSelected.push(edge.id);
  }
  if (ofSelected.length <= limit) for (const id of ofSelected) ids.add(id);
  return ids;
}

/**
 * The shown edge under the point `at` (model units): the nearest whose line passes within
 * `tolerance` of it (half its width added), the one drawn last among equals, as it is on top.
 * Edges the layer draws are not in Cytoscape, which cannot hit them: this is how the pointer
 * finds them (a linear pass, ~1 ms for 30 000 edges).
 */
export function edgeAt(
  plan: LayerPlan,
  positions: ReadonlyMap<string, { x: number; y: number }>,
  at: { x: number; y: number },
  tolerance: number,
): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const batch of plan.batches) {
    const reach = tolerance + batch.style.width / 2;
    const reach2 = reach * reach;
    const { ends, ids } = batch;
    for (let i = 0; i < ids.length; i++) {
      const p = positions.get(ends[2 * i] as string);
      const q = positions.get(ends[2 * i + 1] as string);
      if (!p || !q) continue;
      // Outside the segment's box widened by the reach: not near it.
      if (
        at.x < Math.min(p.x, q.x) - reach ||
        at.x > Math.max(p.x, q.x) + reach ||
        at.y < Math.min(p.y, q.y) - reach ||
        at.y > Math.max(p.y, q.y) + reach
      ) {
        continue;
      }
      const d = distanceToSegment2(at, p, q);
      if (d <= reach2 && d <= bestDistance) {
        bestDistance = d;
        best = ids[i] as string;
      }
    }
  }
  return best;
}

/** The squared distance from `a` to the segment p–q. */
function distanceToSegment2(
  a: { x: number; y: number },
  p: { x: number; y: number },
  q: { x: number; y: number },
): number {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0 ? 0 : Math.max(0, Math.min(1, ((a.x - p.x) * dx + (a.y - p.y) * dy) / length2));
  const x = p.x + t * dx - a.x;
  const y = p.y + t * dy - a.y;
  return x * x + y * y;
}
