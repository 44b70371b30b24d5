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
import { EDGE_KIND_COLORS, NEUTRAL_EDGE_COLOR, STANCE_COLORS, STANCE_LINE } from './palette.ts';

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface LayerStyle {
  color: string;
  /** Width in model units, as the stylesheet's `width`. */
  width: number;
  line: LineStyle;
}

/** How faded a dimmed edge is drawn: the stylesheet's `.dimmed` opacity. */
export const DIMMED_ALPHA = 0.14;

export interface LayerBatch {
  style: LayerStyle;
  alpha: number;
  /** Endpoints of the batch's edges, in pairs: source, target, source, target, … */
  ends: string[];
}

export interface LayerPlan {
  batches: LayerBatch[];
  /** Ids of the edges the layer shows (dimmed ones included), in input order. */
  shown: string[];
  /** Ids of the shown edges it draws dimmed. */
  dimmed: string[];
}

/** The drawing style of an edge, as the stylesheet gives it. */
export function layerStyle(edge: EdgeData): LayerStyle {
  switch (edge.kind) {
    case 'statement':
      return edge.stance
        ? { color: STANCE_COLORS[edge.stance], width: 2.2, line: STANCE_LINE[edge.stance] }
        : { color: NEUTRAL_EDGE_COLOR, width: 2.2, line: 'solid' };
    case 'reported':
      return { color: EDGE_KIND_COLORS.reported, width: 0.9, line: 'dotted' };
    case 'about':
    case 'participant':
    case 'affiliation':
      return { color: EDGE_KIND_COLORS[edge.kind], width: 1, line: 'solid' };
    case 'generic':
      return { color: '#8d99a6', width: 1.2, line: 'solid' };
  }
}

const styleKey = (s: LayerStyle, alpha: number): string =>
  `${s.color}|${s.width}|${s.line}|${alpha}`;

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
      batch = { style, alpha, ends: [] };
      batches.set(key, batch);
    }
    batch.ends.push(source, target);
    shown.push(id);
    if (dim) faded.push(id);
  }
  const ordered = [...batches.values()].sort((a, b) => a.alpha - b.alpha);
  return { batches: ordered, shown, dimmed: faded };
}

/**
 * The edges a large graph keeps in Cytoscape, where they can be tapped and hovered: those of
 * the selected node, the selected edge, and the edges of a highlighted path.
 */
export function interactiveEdgeIds(
  edges: readonly EdgeData[],
  selected: string | undefined,
  highlighted: ReadonlySet<string>,
): Set<string> {
  const ids = new Set<string>();
  for (const edge of edges) {
    if (
      edge.id === selected ||
      edge.source === selected ||
      edge.target === selected ||
      highlighted.has(edge.id)
    ) {
      ids.add(edge.id);
    }
  }
  return ids;
}
