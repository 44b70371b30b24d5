/**
 * Labels of a large graph seen from afar: which nodes the node layer (edgeLayer.ts) names, and
 * where. Cytoscape draws no label in the overview (it would measure every one of them), so
 * without these an overview of a corpus was a field of unnamed dots. The most important nodes
 * on screen (labelPriority: actors, then events, then claims, busier first) are placed as a
 * small graph's labels are (labelCulling.ts): none overlaps another, nor the body of a more
 * important node, and a label of a node on screen stays on screen. Pure: positions and sizes
 * in rendered pixels, text measured by the caller.
 */
import { placeBox, placeLabels, type LabelCandidate, type Rect } from './labelCulling.ts';

/** How a label is written: Cytoscape's values for the node, at zoom 1 (CSS pixels). */
export interface LabelFont {
  size: number;
  /** Wider text ends in an ellipsis (`text-wrap: ellipsis`). */
  maxWidth: number;
  weight: string;
  style: string;
  color: string;
  background: string;
  backgroundOpacity: number;
}

export interface OverviewNode {
  id: string;
  /** Centre and outer size of its body, in rendered pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** labelPriority (also its layer). */
  priority: number;
  /**
   * A label someone else draws (Cytoscape: the selected or hovered node's, below it): placed
   * first, so that none of the layer's overlaps it, and not returned.
   */
  reserved?: boolean;
}

/** What a node's label says, and in which font. */
export interface LabelText {
  text: string;
  font: LabelFont;
}

export interface OverviewLabel {
  id: string;
  /** The text drawn, ellipsis included. */
  text: string;
  font: LabelFont;
  /** The label's box (background included), in rendered pixels. */
  box: Rect;
}

/**
 * At most this many nodes are candidates, the most important first: a 1280 × 800 canvas has
 * room for far fewer labels (~80 at 10 000 nodes), and measuring the text of more cost a 10k
 * filter's first label pass ~15 ms with 500 (~3 ms with 250, 76 labels against 80).
 */
export const OVERVIEW_LABEL_LIMIT = 250;
/** Labels are one line; its height is the font size times this (Cytoscape's line height). */
const LINE_HEIGHT = 1.25;
/** The background's padding a side (`text-background-padding`), CSS pixels. */
const PADDING = 1;
const ELLIPSIS = '…';

export type Measure = (text: string, font: LabelFont) => number;

/** `text`, or its longest beginning that fits `maxWidth` with an ellipsis after it. */
export function ellipsize(text: string, font: LabelFont, measure: Measure): string {
  if (measure(text, font) <= font.maxWidth) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(text.slice(0, mid).trimEnd() + ELLIPSIS, font) <= font.maxWidth) low = mid;
    else high = mid - 1;
  }
  return text.slice(0, low).trimEnd() + ELLIPSIS;
}

const byImportance = <T extends OverviewNode>(a: T, b: T): number =>
  b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The `limit` most important of `nodes`, most important first. Sorting only those at or above
 * the limit's priority, not all of them: priorities are few (kind and degree), nodes many.
 */
export function mostImportant<T extends OverviewNode>(nodes: readonly T[], limit: number): T[] {
  const counts = new Map<number, number>();
  for (const node of nodes) counts.set(node.priority, (counts.get(node.priority) ?? 0) + 1);
  const priorities = [...counts.keys()].sort((a, b) => b - a);
  let threshold = -Infinity;
  let taken = 0;
  for (const priority of priorities) {
    threshold = priority;
    taken += counts.get(priority) ?? 0;
    if (taken >= limit) break;
  }
  return nodes
    .filter((node) => node.priority >= threshold)
    .sort(byImportance)
    .slice(0, limit);
}

/**
 * The labels to draw for `nodes` (those shown and not dimmed), inside `bounds` (the canvas).
 * Only the `limit` most important are candidates, and only those are described (their text
 * and font) and measured; their bodies are the only ones a label must keep off, since
 * placeLabels lets a label cover the bodies of less important nodes only.
 */
export function planOverviewLabels<T extends OverviewNode>(
  nodes: readonly T[],
  describe: (node: T) => LabelText,
  bounds: Rect,
  measure: Measure,
  margin: number,
  limit = OVERVIEW_LABEL_LIMIT,
): OverviewLabel[] {
  const reserved = nodes.filter((node) => node.reserved);
  const chosen = [
    ...reserved,
    ...mostImportant(
      nodes.filter((node) => !node.reserved),
      limit,
    ),
  ];
  const texts = new Map<string, LabelText>();
  const candidates: LabelCandidate[] = [];
  for (const node of chosen) {
    const { text: whole, font } = describe(node);
    if (whole === '') continue;
    const text = ellipsize(whole, font, measure);
    texts.set(node.id, { text, font });
    candidates.push({
      id: node.id,
      width: measure(text, font) + 2 * PADDING,
      height: font.size * LINE_HEIGHT,
      node: { x: node.x, y: node.y, width: node.width, height: node.height },
      // Cytoscape draws a reserved label above every node.
      ...(node.reserved
        ? { priority: Number.MAX_SAFE_INTEGER, layer: Number.MAX_SAFE_INTEGER }
        : { priority: node.priority, layer: node.priority }),
      ...(node.reserved ? { places: ['bottom'] as const } : {}),
    });
  }
  const isReserved = new Set(reserved.map((node) => node.id));
  const bodies = chosen.map((node) => ({
    id: node.id,
    x1: node.x - node.width / 2,
    y1: node.y - node.height / 2,
    x2: node.x + node.width / 2,
    y2: node.y + node.height / 2,
    layer: node.priority,
  }));
  const placed = placeLabels(candidates, bodies, margin, bounds);
  const out: OverviewLabel[] = [];
  for (const candidate of candidates) {
    const place = placed.get(candidate.id);
    if (place === undefined || isReserved.has(candidate.id)) continue;
    out.push({
      id: candidate.id,
      ...(texts.get(candidate.id) as LabelText),
      box: placeBox(candidate, place, margin),
    });
  }
  return out;
}
