/**
 * The default force-directed layout, computed ahead of time (at build or dev-serve time)
 * and shipped with the document's JSON, so that opening a document runs no layout: fcose
 * takes seconds on this machine even for a few hundred nodes.
 *
 * Deterministic: fcose draws random numbers for its initial placement, so the run replaces
 * Math.random with a PRNG seeded from the document id. The same graph gives the same picture.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { ClaimGraph } from '../model/build.ts';

cytoscape.use(fcose);

export interface Position {
  x: number;
  y: number;
}
export interface PrecomputedLayout {
  name: 'fcose';
  seed: number;
  positions: Record<string, Position>;
}

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a string, as the layout seed. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

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

/** Lays out the graph (derived edges included, so outlets sit near what they reported). */
export function precomputeLayout(graph: ClaimGraph, seedText: string): PrecomputedLayout {
  const seed = hashSeed(seedText);
  const cy = cytoscape({ headless: true, styleEnabled: false });
  try {
    cy.add([
      ...graph.mapNodes((id) => ({ group: 'nodes' as const, data: { id } })),
      ...graph.mapEdges((id, _attrs, source, target) => ({
        group: 'edges' as const,
        data: { id, source, target },
      })),
    ]);
    withSeededRandom(seed, () => {
      cy.layout({
        name: 'fcose',
        quality: 'proof',
        randomize: true,
        animate: false,
        fit: false,
        nodeDimensionsIncludeLabels: false,
        idealEdgeLength: () => 110,
        nodeRepulsion: () => 9000,
        nodeSeparation: 90,
        numIter: 2500,
      } as cytoscape.LayoutOptions).run();
    });
    const positions: Record<string, Position> = {};
    cy.nodes().forEach((node) => {
      const p = node.position();
      positions[node.id()] = { x: round(p.x), y: round(p.y) };
    });
    return { name: 'fcose', seed, positions };
  } finally {
    cy.destroy();
  }
}
