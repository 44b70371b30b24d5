import type { Page } from '@playwright/test';
/**
 * Expectations for the graph specs, computed from graph.json on disk independently of the
 * app: the derived `reported` edges, undirected neighbourhoods and shortest paths.
 */
import type { DocumentGraph } from '../src/model/schema.ts';

export interface PlainEdge {
  id: string;
  source: string;
  target: string;
}

/** Every edge the canvas shows: the stored ones and one `reported:` edge per via entry. */
export function allEdges(graph: DocumentGraph): PlainEdge[] {
  const edges: PlainEdge[] = graph.edges.map(({ id, source, target }) => ({ id, source, target }));
  for (const edge of graph.edges) {
    if (edge.kind !== 'statement') continue;
    for (const outlet of edge.via ?? []) {
      edges.push({ id: `reported:${edge.id}:${outlet}`, source: outlet, target: edge.target });
    }
  }
  return edges;
}

/** Undirected hop distances from `start` (the node itself at 0). */
export function distances(graph: DocumentGraph, start: string): Map<string, number> {
  const adjacent = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!adjacent.has(a)) adjacent.set(a, new Set());
    adjacent.get(a)?.add(b);
  };
  for (const e of allEdges(graph)) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const dist = new Map([[start, 0]]);
  let frontier = [start];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const other of adjacent.get(node) ?? []) {
        if (dist.has(other)) continue;
        dist.set(other, (dist.get(node) ?? 0) + 1);
        next.push(other);
      }
    }
    frontier = next;
  }
  return dist;
}

/** The nodes within `depth` hops of `node`, and the edges among them. */
export function neighbourhood(
  graph: DocumentGraph,
  node: string,
  depth: number,
): { nodes: string[]; edges: string[] } {
  const dist = distances(graph, node);
  const nodes = new Set([...dist].filter(([, d]) => d <= depth).map(([id]) => id));
  const edges = allEdges(graph)
    .filter((e) => nodes.has(e.source) && nodes.has(e.target))
    .map((e) => e.id);
  return { nodes: [...nodes].sort(), edges: edges.sort() };
}

/** The nodes on some shortest undirected path from a to b, and the edges joining them hop by hop. */
export function shortestPathElements(
  graph: DocumentGraph,
  a: string,
  b: string,
): { nodes: string[]; edges: string[]; length: number } {
  const fromA = distances(graph, a);
  const fromB = distances(graph, b);
  const length = fromA.get(b);
  if (length === undefined) return { nodes: [], edges: [], length: -1 };
  const on = new Map(
    [...fromA]
      .filter(([id, d]) => d + (fromB.get(id) ?? Number.POSITIVE_INFINITY) === length)
      .map(([id, d]) => [id, d]),
  );
  const edges = allEdges(graph)
    .filter((e) => {
      const ds = on.get(e.source);
      const dt = on.get(e.target);
      return ds !== undefined && dt !== undefined && Math.abs(ds - dt) === 1;
    })
    .map((e) => e.id);
  return { nodes: [...on.keys()].sort(), edges: edges.sort(), length };
}

export interface Box {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Pairs of label boxes that overlap by more than 2 px each way, as `a × b`. */
export function overlappingBoxes(boxes: readonly Box[]): string[] {
  return boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => a.x1 < b.x2 - 2 && b.x1 < a.x2 - 2 && a.y1 < b.y2 - 2 && b.y1 < a.y2 - 2)
      .map((b) => `${a.id} × ${b.id}`),
  );
}

/** How two pictures of the same size compare, block by block. */
export interface PictureDifference {
  /** Blocks of `b` that are not the background: where it draws. */
  inked: number;
  /** Blocks whose mean colour differs between `a` and `b` by more than the tolerance. */
  differing: number;
}

/**
 * Compares two PNGs in the page (the browser decodes them), by the mean colour of each
 * `block` × `block` square: a pixel's shift (text drawn from a texture or not) changes a
 * block's mean a little, a missing or misplaced mark a lot. A block differs when its red,
 * green and blue differ by more than `tolerance` in sum; `background` is the canvas's colour.
 */
export async function comparePictures(
  page: Page,
  a: Buffer,
  b: Buffer,
  { block = 6, tolerance = 48, background = [0xfb, 0xfc, 0xfd] as [number, number, number] } = {},
): Promise<PictureDifference> {
  return page.evaluate(
    async ({ a, b, block, tolerance, background }) => {
      const means = async (base64: string) => {
        // Not fetch(data:…): the app's Content Security Policy allows connections to itself only.
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        const { data, width, height } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
        const cols = Math.floor(width / block);
        const rows = Math.floor(height / block);
        const out = new Float64Array(cols * rows * 3);
        for (let y = 0; y < rows * block; y++) {
          for (let x = 0; x < cols * block; x++) {
            const at = 3 * (Math.floor(y / block) * cols + Math.floor(x / block));
            const i = 4 * (y * width + x);
            for (let c = 0; c < 3; c++) out[at + c]! += data[i + c]! / (block * block);
          }
        }
        return out;
      };
      const [ma, mb] = await Promise.all([means(a), means(b)]);
      if (ma.length !== mb.length) throw new Error('the pictures differ in size');
      let inked = 0;
      let differing = 0;
      for (let i = 0; i < mb.length; i += 3) {
        let fromBackground = 0;
        let between = 0;
        for (let c = 0; c < 3; c++) {
          fromBackground += Math.abs(mb[i + c]! - background[c]!);
          between += Math.abs(ma[i + c]! - mb[i + c]!);
        }
        if (fromBackground > tolerance) inked += 1;
        if (between > tolerance) differing += 1;
      }
      return { inked, differing };
    },
    { a: a.toString('base64'), b: b.toString('base64'), block, tolerance, background },
  );
}
