/**
 * The Web Worker of autoLayout.ts: runs the force-directed layout of precompute-layout.ts
 * off the main thread. It receives nodes and edges by index and answers positions by index.
 */
import { MultiDirectedGraph } from 'graphology';
import { withNullPrototypeAdjacency } from '../model/safe-graph.ts';
import type { ClaimGraph } from '../model/build.ts';
import type { WorkerRequest, WorkerResponse } from './autoLayout.ts';
import { precomputeLayout } from './precompute-layout.ts';

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { nodes, kinds, edges, seed } = event.data;
  let response: WorkerResponse;
  try {
    const graph = withNullPrototypeAdjacency(new MultiDirectedGraph({ allowSelfLoops: true }));
    for (let i = 0; i < nodes; i += 1) graph.addNode(`n${i}`, { kind: kinds?.[i] ?? 'generic' });
    edges.forEach(([a, b], j) => graph.addDirectedEdgeWithKey(`e${j}`, `n${a}`, `n${b}`, {}));
    // precomputeLayout reads only the topology and each node's kind.
    const { positions } = precomputeLayout(graph as unknown as ClaimGraph, seed);
    response = {
      ok: true,
      positions: Array.from({ length: nodes }, (_, i) => {
        const p = positions[`n${i}`];
        return [p?.x ?? 0, p?.y ?? 0] as [number, number];
      }),
    };
  } catch (error) {
    response = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
