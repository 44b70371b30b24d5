/**
 * Pure geometry for the canvas: the concentric layout, the stand-in ring layout, and the
 * viewport that fits a set of node boxes. Every layout of the view is a set of positions
 * computed here or ahead of time, so that switching can animate nodes and viewport together
 * and fitting does not depend on label sizes (which follow the zoom).
 */
import type { Point } from '../data/schemas.ts';

export type Positions = Record<string, Point>;

export interface LayoutNode {
  id: string;
  kind: string;
  degree: number;
}

/**
 * The ring of a node in the concentric layout: the degree on a log scale, so that the few
 * hubs share the middle and the many nodes of degree 1–3 fill the outer rings.
 */
export const concentricLevel = (degree: number): number =>
  Math.round(Math.log2(Math.max(0, degree) + 1) * 2);

const KIND_ORDER: Record<string, number> = { actor: 0, event: 1, claim: 2 };

const byKindThenId = (a: LayoutNode, b: LayoutNode): number =>
  (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface RingOptions {
  /** Least distance between two neighbours on a ring (default 64). */
  spacing?: number;
  /** Least distance between two rings (default 70). */
  ringGap?: number;
}

/** Places groups of nodes on concentric rings, the first group innermost. */
function rings(groups: LayoutNode[][], options: RingOptions): Positions {
  const spacing = options.spacing ?? 64;
  const ringGap = options.ringGap ?? 70;
  const positions: Positions = {};
  let radius = -ringGap;
  groups.forEach((group, ring) => {
    const members = [...group].sort(byKindThenId);
    const n = members.length;
    if (n === 0) return;
    radius = ring === 0 && n === 1 ? 0 : Math.max(radius + ringGap, (n * spacing) / (2 * Math.PI));
    const step = (2 * Math.PI) / n;
    // Alternate rings start half a step apart, so nodes do not line up along the radii.
    const start = -Math.PI / 2 + (ring % 2 === 1 ? step / 2 : 0);
    members.forEach((node, i) => {
      const angle = start + i * step;
      positions[node.id] = {
        x: Math.round(radius * Math.cos(angle) * 10) / 10,
        y: Math.round(radius * Math.sin(angle) * 10) / 10,
      };
    });
  });
  return positions;
}

/** Concentric by degree: the best-connected nodes in the middle, one ring per level. */
export function concentricPositions(
  nodes: readonly LayoutNode[],
  options: RingOptions = {},
): Positions {
  const byLevel = new Map<number, LayoutNode[]>();
  for (const node of nodes) {
    const level = concentricLevel(node.degree);
    const list = byLevel.get(level);
    if (list) list.push(node);
    else byLevel.set(level, [node]);
  }
  const levels = [...byLevel.keys()].sort((a, b) => b - a);
  return rings(
    levels.map((level) => byLevel.get(level) ?? []),
    options,
  );
}

/** A cheap stand-in while a document has no precomputed layout: claims inside, actors out. */
export function ringPositions(nodes: readonly LayoutNode[], options: RingOptions = {}): Positions {
  const groups = ['claim', 'event', 'actor'].map((kind) => nodes.filter((n) => n.kind === kind));
  const other = nodes.filter((n) => !['claim', 'event', 'actor'].includes(n.kind));
  return rings([...groups, other], options);
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The box around nodes at `positions`, each `size(id)` wide and high (ids without a position are skipped). */
export function boundsOf(
  ids: readonly string[],
  positions: Positions,
  size: (id: string) => { w: number; h: number },
): Box | null {
  let box: Box | null = null;
  for (const id of ids) {
    const p = positions[id];
    if (!p) continue;
    const { w, h } = size(id);
    const b = { x1: p.x - w / 2, y1: p.y - h / 2, x2: p.x + w / 2, y2: p.y + h / 2 };
    box = box
      ? {
          x1: Math.min(box.x1, b.x1),
          y1: Math.min(box.y1, b.y1),
          x2: Math.max(box.x2, b.x2),
          y2: Math.max(box.y2, b.y2),
        }
      : b;
  }
  return box;
}

export interface Viewport {
  zoom: number;
  pan: Point;
}

export interface FitOptions {
  /** Space kept free around the box, in rendered pixels (room for labels). */
  padding: { x: number; top: number; bottom: number };
  minZoom: number;
  maxZoom: number;
}

/** The zoom and pan that show `box` whole and centred in a `width` × `height` canvas. */
export function fitViewport(box: Box, width: number, height: number, o: FitOptions): Viewport {
  const w = Math.max(1, box.x2 - box.x1);
  const h = Math.max(1, box.y2 - box.y1);
  const availableW = Math.max(1, width - 2 * o.padding.x);
  const availableH = Math.max(1, height - o.padding.top - o.padding.bottom);
  const zoom = Math.min(o.maxZoom, Math.max(o.minZoom, Math.min(availableW / w, availableH / h)));
  const cx = (box.x1 + box.x2) / 2;
  const cy = (box.y1 + box.y2) / 2;
  return {
    zoom,
    pan: {
      x: width / 2 - cx * zoom,
      y: o.padding.top + availableH / 2 - cy * zoom,
    },
  };
}
