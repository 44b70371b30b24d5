/**
 * Cytoscape's hit test over many nodes (issue 7). On every pointer move and tap the canvas
 * renderer's `findNearestElements` goes over every element it draws, top one first: ~65 ms a
 * move over the 50 000-node corpus, so hovering it ran at a few frames a second.
 *
 * Above GRID_HIT_TEST_NODES this hit test hands Cytoscape's own only the elements that can be
 * under the point: the nodes a grid of node positions (pointGrid.ts) finds within the largest
 * node's reach, every edge in the instance (a large graph keeps few: edgeLayerPlan.ts), and any
 * element whose label takes pointer events (none here, but their labels reach beyond their
 * nodes), in the drawing order Cytoscape would have gone through them. What is hit is what
 * Cytoscape's own would hit.
 */
import type { Core, NodeSingular, SingularElementArgument } from 'cytoscape';
import { bodySize } from './canvasLabels.ts';
import { parsedStyle } from './parsedStyle.ts';
import { PointGrid } from './pointGrid.ts';

/** Fewer nodes than this are hit-tested by Cytoscape alone: going over them all costs little. */
export const GRID_HIT_TEST_NODES = 2000;
/** Room for a node's border growing after the grid was made (selection: 1 → 3.5). */
const BORDER_ROOM = 3;

type ZSorted = SingularElementArgument[] & { interactive?: SingularElementArgument[] };

/** What of Cytoscape's renderer this module reads and replaces (internal, missing from its types). */
interface GridRenderer {
  findNearestElements?: (x: number, y: number, interactive?: boolean, touch?: boolean) => unknown;
  getCachedZSortedEles(forceRecalc?: boolean): ZSorted;
}

/** The grid of the instance's nodes, made again when nodes come or go. */
interface NodeGrid {
  grid: PointGrid;
  /** The nodes, by their number in the grid. */
  nodes: NodeSingular[];
  /** Grid numbers by node id, for moves. */
  numbers: Map<string, number>;
  /** Nodes whose labels take pointer events: always handed over. */
  talking: Set<SingularElementArgument>;
  /** Half the largest node's outer size (model units). */
  reach: number;
}

/** Where each element stands in a z-sorted list, and its edges: made again for a new list. */
interface ListOrder {
  list: SingularElementArgument[];
  at: Map<SingularElementArgument, number>;
  edges: number[];
  nodes: number;
}

function nodeGrid(cy: Core): NodeGrid {
  const nodes = cy.nodes().toArray() as NodeSingular[];
  const numbers = new Map<string, number>();
  const talking = new Set<SingularElementArgument>();
  let reach = 0;
  for (const node of nodes) {
    const size = bodySize(node);
    reach = Math.max(reach, size.w / 2, size.h / 2);
    if (parsedStyle(node, 'text-events').strValue === 'yes') talking.add(node);
  }
  reach += BORDER_ROOM;
  const grid = new PointGrid(Math.max(8, 2 * reach));
  nodes.forEach((node, i) => {
    const { x, y } = node.position();
    grid.set(i, x, y);
    numbers.set(node.id(), i);
  });
  return { grid, nodes, numbers, talking, reach };
}

function listOrder(list: SingularElementArgument[]): ListOrder {
  const at = new Map<SingularElementArgument, number>();
  const edges: number[] = [];
  list.forEach((ele, i) => {
    at.set(ele, i);
    if (!ele.isNode()) edges.push(i);
  });
  return { list, at, edges, nodes: list.length - edges.length };
}

export function installGridHitTest(cy: Core): void {
  const renderer = (cy as unknown as { renderer(): GridRenderer | undefined }).renderer();
  const find = renderer?.findNearestElements;
  if (!renderer || typeof find !== 'function') return;
  let grid: NodeGrid | null = null;
  let order: ListOrder | null = null;
  // A node that moves moves in the grid; nodes that come or go make a new grid.
  cy.on('position', 'node', (event) => {
    const node = event.target as NodeSingular;
    const i = grid?.numbers.get(node.id());
    if (grid && i !== undefined && grid.nodes[i] === node) {
      const { x, y } = node.position();
      grid.grid.set(i, x, y);
    }
  });
  cy.on('add remove', 'node', () => {
    grid = null;
  });
  renderer.findNearestElements = function (this: unknown, x, y, interactive, touch) {
    const all = renderer.getCachedZSortedEles();
    const list = interactive ? (all.interactive ?? all) : all;
    if (order?.list !== list) {
      // A small list is Cytoscape's to go over (and not worth a map of its order).
      if (list.length < GRID_HIT_TEST_NODES) return find.call(this, x, y, interactive, touch);
      order = listOrder(list);
    }
    if (order.nodes < GRID_HIT_TEST_NODES) return find.call(this, x, y, interactive, touch);
    grid ??= nodeGrid(cy);
    const { at, edges } = order;
    // Cytoscape's own reach for nodes beyond their body: 2 px on screen, 8 for a touch.
    const reach = grid.reach + (touch ? 8 : 2) / cy.zoom();
    const picked = new Set(edges);
    for (const i of grid.grid.near(x, y, reach)) {
      const where = at.get(grid.nodes[i] as SingularElementArgument);
      if (where !== undefined) picked.add(where);
    }
    for (const node of grid.talking) {
      const where = at.get(node);
      if (where !== undefined) picked.add(where);
    }
    const subset: ZSorted = [...picked]
      .sort((a, b) => a - b)
      .map((i) => list[i] as SingularElementArgument);
    subset.interactive = subset;
    const own = renderer.getCachedZSortedEles;
    renderer.getCachedZSortedEles = () => subset;
    try {
      return find.call(this, x, y, interactive, touch);
    } finally {
      renderer.getCachedZSortedEles = own;
    }
  };
}
