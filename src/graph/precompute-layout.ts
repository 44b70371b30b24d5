/**
 * The default force-directed layout, computed ahead of time (at build or dev-serve time)
 * and shipped with the document's JSON, so that opening a document runs no layout: fcose
 * takes seconds on this machine even for a few hundred nodes.
 *
 * Deterministic: fcose draws random numbers for its initial placement, so the run replaces
 * Math.random with a PRNG seeded from the document id. The same graph gives the same picture.
 *
 * Readable: nodes get the sizes the stylesheet gives them; edges at hubs are longer (the
 * ideal length grows with the square root of the busier end's degree), so that the dozens
 * of neighbours of a country spread around it instead of piling up; afterwards the picture
 * is turned so that its long side is horizontal (screens are wide) and scaled so that the
 * typical distance between a node and its nearest neighbour is `spacing` model units, which
 * leaves room for a short label at the default zoom.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { ClaimGraph } from '../model/build.ts';
import { hashSeed, seededRandom } from '../model/random.ts';

cytoscape.use(fcose);

/**
 * Bumped whenever the algorithm or its parameters change, so that memoised layouts (the data
 * plugin's cache) are computed again.
 */
export const LAYOUT_VERSION = 3;

export interface Position {
  x: number;
  y: number;
}
export interface PrecomputedLayout {
  name: 'fcose';
  seed: number;
  positions: Record<string, Position>;
}

export interface PrecomputeOptions {
  /** Ideal edge length between two nodes of degree 1. */
  edgeLength: number;
  /** Added to the ideal length per square root of the busier end's degree. */
  hubStretch: number;
  nodeRepulsion: number;
  gravity: number;
  gravityRange: number;
  /** Median distance from a node to its nearest neighbour after scaling (model units). */
  spacing: number;
  /** The least width:height ratio of the result; flatter pictures are stretched (area kept). */
  aspect: number;
}

export const DEFAULT_PRECOMPUTE: PrecomputeOptions = {
  edgeLength: 40,
  hubStretch: 34,
  nodeRepulsion: 30000,
  gravity: 0.15,
  gravityRange: 3.8,
  spacing: 62,
  aspect: 2,
};

export { hashSeed, seededRandom };

/** Runs `fn` with Math.random replaced by a seeded generator. */
function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Node sizes close to the stylesheet's (style.ts), so that fcose keeps them apart. */
const SIZE_STYLE: cytoscape.StylesheetJson = [
  { selector: 'node', style: { width: 30, height: 30, label: '' } },
  { selector: 'node[kind = "event"]', style: { width: 34, height: 20 } },
  { selector: 'node[kind = "claim"]', style: { width: 24, height: 24 } },
];

/** The median distance from a node to its nearest neighbour (0 for fewer than two nodes). */
export function medianNearestDistance(points: readonly Position[]): number {
  if (points.length < 2) return 0;
  const nearest = points.map((p, i) => {
    let best = Number.POSITIVE_INFINITY;
    points.forEach((q, j) => {
      if (i !== j) best = Math.min(best, Math.hypot(p.x - q.x, p.y - q.y));
    });
    return best;
  });
  nearest.sort((a, b) => a - b);
  return nearest[Math.floor(nearest.length / 2)] as number;
}

/**
 * Centres the points, turns them so that their principal axis is horizontal and scales
 * them so that the median nearest-neighbour distance is `spacing`. Deterministic, and the
 * sign of each axis is fixed by the data (the heavier side goes right and down), so the
 * same input always gives the same picture.
 */
export function normalizePositions(
  positions: Record<string, Position>,
  spacing: number,
  aspect = 1,
): Record<string, Position> {
  const ids = Object.keys(positions).sort();
  const n = ids.length;
  if (n === 0) return {};
  const pts = ids.map((id) => positions[id] as Position);
  const cx = pts.reduce((s, p) => s + p.x, 0) / n;
  const cy = pts.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const p of pts) {
    const dx = p.x - cx;
    const dy = p.y - cy;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const cos = Math.cos(-angle);
  const sin = Math.sin(-angle);
  let turned = pts.map((p) => {
    const dx = p.x - cx;
    const dy = p.y - cy;
    return { x: dx * cos - dy * sin, y: dx * sin + dy * cos };
  });
  // Fix the mirror image: the third moment of each axis is non-negative.
  const skew = (f: (p: Position) => number) => turned.reduce((s, p) => s + f(p) ** 3, 0);
  const fx = skew((p) => p.x) < 0 ? -1 : 1;
  const fy = skew((p) => p.y) < 0 ? -1 : 1;
  // Stretch a picture that is not wide enough (the principal axis is the long one).
  const spread = (f: (p: Position) => number) =>
    Math.max(...turned.map(f)) - Math.min(...turned.map(f));
  const width = spread((p) => p.x);
  const height = spread((p) => p.y);
  const stretch = height > 0 && width / height < aspect ? Math.sqrt(aspect / (width / height)) : 1;
  turned = turned.map((p) => ({ x: p.x * fx * stretch, y: (p.y * fy) / stretch }));
  const median = medianNearestDistance(turned);
  const scale = median > 0 ? spacing / median : 1;
  const out: Record<string, Position> = {};
  ids.forEach((id, i) => {
    const p = turned[i] as Position;
    out[id] = { x: round(p.x * scale), y: round(p.y * scale) };
  });
  return out;
}

/** Lays out the graph (derived edges included, so outlets sit near what they reported). */
export function precomputeLayout(
  graph: ClaimGraph,
  seedText: string,
  options: Partial<PrecomputeOptions> = {},
): PrecomputedLayout {
  const o = { ...DEFAULT_PRECOMPUTE, ...options };
  const seed = hashSeed(seedText);
  const cy = cytoscape({ headless: true, styleEnabled: true, style: SIZE_STYLE });
  try {
    // Sorted ids: the result must not depend on the order of graph.json.
    const nodeIds = graph.nodes().sort();
    const edgeIds = graph.edges().sort();
    cy.add([
      ...nodeIds.map((id) => ({
        group: 'nodes' as const,
        data: { id, kind: graph.getNodeAttribute(id, 'kind') },
      })),
      ...edgeIds.map((id) => ({
        group: 'edges' as const,
        data: { id, source: graph.source(id), target: graph.target(id) },
      })),
    ]);
    const degree = (id: string) => graph.degree(id);
    withSeededRandom(seed, () => {
      cy.layout({
        name: 'fcose',
        quality: 'proof',
        randomize: true,
        animate: false,
        fit: false,
        nodeDimensionsIncludeLabels: false,
        uniformNodeDimensions: false,
        idealEdgeLength: (edge: cytoscape.EdgeSingular) =>
          o.edgeLength +
          o.hubStretch *
            Math.sqrt(Math.max(degree(edge.source().id()), degree(edge.target().id()))),
        nodeRepulsion: () => o.nodeRepulsion,
        gravity: o.gravity,
        gravityRange: o.gravityRange,
        nodeSeparation: 90,
        numIter: 2500,
      } as cytoscape.LayoutOptions).run();
    });
    const raw: Record<string, Position> = {};
    cy.nodes().forEach((node) => {
      const p = node.position();
      raw[node.id()] = { x: p.x, y: p.y };
    });
    return { name: 'fcose', seed, positions: normalizePositions(raw, o.spacing, o.aspect) };
  } finally {
    cy.destroy();
  }
}
