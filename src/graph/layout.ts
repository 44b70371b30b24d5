/**
 * Layouts for the graph view. Precomputed positions win; until a document has them, a
 * cheap deterministic layout: claims in the centre, events around them, actors outside.
 */
import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { Point } from '../data/schemas.ts';

export type Positions = Record<string, Point>;

const RING: Record<string, number> = { claim: 3, event: 2, actor: 1 };

const common = { animate: false, fit: true, padding: 24 } as const;

export function layoutOptions(nodeIds: readonly string[], positions?: Positions): LayoutOptions {
  if (positions && nodeIds.every((id) => positions[id] !== undefined)) {
    return { name: 'preset', positions, ...common };
  }
  return {
    name: 'concentric',
    concentric: (node: NodeSingular) => RING[node.data('kind') as string] ?? 0,
    levelWidth: () => 1,
    sort: (a: NodeSingular, b: NodeSingular) => (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0),
    minNodeSpacing: 12,
    avoidOverlap: true,
    nodeDimensionsIncludeLabels: false,
    ...common,
  };
}
