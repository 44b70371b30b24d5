/**
 * Label priority and placement: which node labels the canvas draws, and on which side of
 * their node, so that none overlaps another.
 *
 * Labels keep a constant size on screen (GraphCanvas scales their font with the zoom), so
 * zooming in makes room between nodes and shows more labels; at the default zoom of a dense
 * document only the most important ones are drawn. Candidates are taken in priority order;
 * each tries its places in turn (below its node, above, right, left) and takes the first
 * whose box (in rendered pixels, with a small gap) overlaps no label kept before it and no
 * body of another node drawn above it (a body on a higher layer: labels are drawn with
 * their node, so they cover the bodies of lower layers) and stays inside the canvas when its
 * node is inside. A label with no free place is not drawn. Pure; a uniform grid keeps it near-linear for large graphs.
 */

export type LabelPlace = 'bottom' | 'top' | 'right' | 'left';

export const LABEL_PLACES: readonly LabelPlace[] = ['bottom', 'top', 'right', 'left'];

export interface LabelCandidate {
  id: string;
  /** Size of the label in rendered pixels. */
  width: number;
  height: number;
  /** The node's body in rendered pixels: the label goes around it. */
  node: { x: number; y: number; width: number; height: number };
  /** Higher first. Ties go by id, so the result never depends on input order. */
  priority: number;
  /** The drawing layer (z-index) of its node. */
  layer: number;
  /** Only these places (default: all, in LABEL_PLACES order). */
  places?: readonly LabelPlace[];
}

/** A node's body, which no label of a lower layer may cover. */
export interface BodyBox {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  layer: number;
}

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const GAP = 3;
const CELL = 64;

/** The box of a label placed on one side of its node (the margin matches the stylesheet). */
export function placeBox(c: LabelCandidate, place: LabelPlace, margin = 3): Rect {
  const { x, y, width: nw, height: nh } = c.node;
  switch (place) {
    case 'bottom': {
      const top = y + nh / 2 + margin;
      return { x1: x - c.width / 2, y1: top, x2: x + c.width / 2, y2: top + c.height };
    }
    case 'top': {
      const bottom = y - nh / 2 - margin;
      return { x1: x - c.width / 2, y1: bottom - c.height, x2: x + c.width / 2, y2: bottom };
    }
    case 'right': {
      const left = x + nw / 2 + margin;
      return { x1: left, y1: y - c.height / 2, x2: left + c.width, y2: y + c.height / 2 };
    }
    case 'left': {
      const right = x - nw / 2 - margin;
      return { x1: right - c.width, y1: y - c.height / 2, x2: right, y2: y + c.height / 2 };
    }
  }
}

const intersects = (a: Rect, b: Rect, gap: number): boolean =>
  a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

function cellsOf(r: Rect, gap: number): string[] {
  const keys: string[] = [];
  for (let i = Math.floor((r.x1 - gap) / CELL); i <= Math.floor((r.x2 + gap) / CELL); i++) {
    for (let j = Math.floor((r.y1 - gap) / CELL); j <= Math.floor((r.y2 + gap) / CELL); j++) {
      keys.push(`${i},${j}`);
    }
  }
  return keys;
}

function addTo<T>(grid: Map<string, T[]>, keys: string[], item: T): void {
  for (const key of keys) {
    const list = grid.get(key);
    if (list) list.push(item);
    else grid.set(key, [item]);
  }
}

/** Where each drawn label goes, by node id; labels left out are not drawn. */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  bodies: readonly BodyBox[] = [],
  margin = 3,
  bounds?: Rect,
): Map<string, LabelPlace> {
  const inside = (r: Rect, b: Rect) => r.x1 >= b.x1 && r.y1 >= b.y1 && r.x2 <= b.x2 && r.y2 <= b.y2;
  const order = [...candidates].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const bodyGrid = new Map<string, BodyBox[]>();
  for (const body of bodies) addTo(bodyGrid, cellsOf(body, 0), body);
  const labelGrid = new Map<string, Rect[]>();
  const placed = new Map<string, LabelPlace>();
  for (const c of order) {
    const { x, y } = c.node;
    const keepInside =
      bounds !== undefined && x >= bounds.x1 && x <= bounds.x2 && y >= bounds.y1 && y <= bounds.y2;
    for (const place of c.places ?? LABEL_PLACES) {
      const box = placeBox(c, place, margin);
      if (keepInside && !inside(box, bounds)) continue;
      const keys = cellsOf(box, GAP);
      const clash = keys.some(
        (key) =>
          labelGrid.get(key)?.some((other) => intersects(box, other, GAP)) ||
          bodyGrid
            .get(key)
            ?.some((body) => body.id !== c.id && body.layer > c.layer && intersects(box, body, 0)),
      );
      if (clash) continue;
      placed.set(c.id, place);
      addTo(labelGrid, keys, box);
      break;
    }
  }
  return placed;
}

/**
 * Label priority of a node, also its drawing layer (z-index): kind first (actors, events,
 * claims), then degree. Selected, highlighted and hovered nodes are drawn above all of these.
 */
export function labelPriority(kind: string, degree: number): number {
  const rank = kind === 'actor' ? 3 : kind === 'event' ? 2 : 1;
  return rank * 1000 + Math.min(999, Math.max(0, Math.floor(degree)));
}

/** Layers above every labelPriority. */
export const TOP_LAYERS = { hovered: 10_001, highlighted: 10_002, selected: 10_003 } as const;
