/**
 * The hierarchical layout: levels by undirected distance from a root node, top down.
 *
 * Cytoscape's breadthfirst puts each level on one row, which for a news graph (a root with a
 * few neighbours, then dozens at distance two) makes a picture many times wider than high. Here
 * a level wraps onto several rows of at most `perRow` nodes, so the whole stays about twice as
 * wide as high. Within a level, nodes are ordered by the mean position of their neighbours in
 * the level above (fewer crossings), then by kind and label. Nodes the root cannot reach go
 * to a last band. Pure and deterministic.
 */
import type { ClaimGraph } from '../model/build.ts';
import { neighbourhood } from '../model/paths.ts';

export interface HierarchyOptions {
  /** Horizontal distance between nodes of a row (default 120). */
  columnWidth?: number;
  /** Vertical distance between the rows of one level (default 46). */
  rowHeight?: number;
  /** Extra space between levels (default 60). */
  levelGap?: number;
  /** Most nodes on one row (default: about 1.5 × √n, at least 6). */
  perRow?: number;
}

export interface HierarchyLayout {
  positions: Record<string, { x: number; y: number }>;
  /** Node ids by level; the last holds the unreachable nodes, if any. */
  levels: string[][];
}

const KIND_ORDER: Record<string, number> = { actor: 0, event: 1, claim: 2 };
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function hierarchyLayout(
  graph: ClaimGraph,
  root: string,
  options: HierarchyOptions = {},
): HierarchyLayout {
  const columnWidth = options.columnWidth ?? 120;
  const rowHeight = options.rowHeight ?? 46;
  const levelGap = options.levelGap ?? 60;
  const perRow = Math.max(
    1,
    options.perRow ?? Math.max(6, Math.round(1.5 * Math.sqrt(graph.order))),
  );

  const distance = neighbourhood(graph, root, Number.POSITIVE_INFINITY);
  const levels: string[][] = [];
  for (const [id, d] of distance) (levels[d] ??= []).push(id);
  const unreachable = graph.nodes().filter((id) => !distance.has(id));
  if (unreachable.length > 0) levels.push(unreachable);

  const byKindAndLabel = (a: string, b: string): number => {
    const na = graph.getNodeAttributes(a);
    const nb = graph.getNodeAttributes(b);
    return (
      (KIND_ORDER[na.kind] ?? 9) - (KIND_ORDER[nb.kind] ?? 9) ||
      collator.compare(na.label, nb.label) ||
      (a < b ? -1 : a > b ? 1 : 0)
    );
  };

  const positions: Record<string, { x: number; y: number }> = {};
  const order = new Map<string, number>();
  let top = 0;
  levels.forEach((level, depth) => {
    const anchor = (id: string): number => {
      if (depth === 0) return 0;
      const above: number[] = [];
      graph.forEachNeighbor(id, (other) => {
        if (distance.get(other) === depth - 1) above.push(order.get(other) ?? 0);
      });
      return above.length ? above.reduce((s, v) => s + v, 0) / above.length : 0;
    };
    const anchors = new Map(level.map((id) => [id, anchor(id)]));
    const sorted = [...level].sort(
      (a, b) => (anchors.get(a) as number) - (anchors.get(b) as number) || byKindAndLabel(a, b),
    );
    const rows = Math.ceil(sorted.length / perRow);
    // Spread the nodes evenly over the rows; odd rows shift by half a column so that the
    // labels of two rows do not stack.
    const width = Math.ceil(sorted.length / rows);
    sorted.forEach((id, i) => {
      order.set(id, i / Math.max(1, sorted.length - 1));
      const row = Math.floor(i / width);
      const inRow = Math.min(width, sorted.length - row * width);
      const col = i % width;
      positions[id] = {
        x: (col - (inRow - 1) / 2) * columnWidth + (row % 2 === 1 ? columnWidth / 2 : 0),
        y: top + row * rowHeight,
      };
    });
    top += rows * rowHeight + levelGap;
  });
  return { positions, levels };
}
