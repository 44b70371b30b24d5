/**
 * Positions for an imported graph that came without them, computed once when it is first
 * opened (the import store keeps them): the same force-directed layout as the bundled
 * documents (precompute-layout.ts, fcose, seeded by the document id, so deterministic), run
 * in a Web Worker so that the page never freezes. Graphs over `FORCE_LIMIT` nodes, browsers
 * without workers, and a worker that fails or takes too long get the concentric layout
 * (positions.ts), which is instant.
 */
import type { Point } from '../formats/types.ts';
import { concentricPositions } from './positions.ts';

/** Most nodes laid out by force; fcose needs seconds beyond a few hundred. */
export const FORCE_LIMIT = 350;
/** How long the worker may take before the concentric layout stands in. */
export const WORKER_TIMEOUT_MS = 30_000;

export interface LayoutInput {
  nodes: string[];
  edges: [string, string][];
}

/** What the worker receives: nodes and edges by index, so ids never reach it. */
export interface WorkerRequest {
  nodes: number;
  kinds?: string[];
  edges: [number, number][];
  seed: string;
}

export type WorkerResponse =
  { ok: true; positions: [number, number][] } | { ok: false; error: string };

const indexed = (input: LayoutInput): WorkerRequest['edges'] => {
  const index = new Map(input.nodes.map((id, i) => [id, i] as const));
  const out: [number, number][] = [];
  for (const [s, t] of input.edges) {
    const a = index.get(s);
    const b = index.get(t);
    if (a !== undefined && b !== undefined) out.push([a, b]);
  }
  return out;
};

/** The concentric layout: rings by degree, hubs in the middle. */
export function concentricLayout(input: LayoutInput): Map<string, Point> {
  const degree = new Map<string, number>();
  for (const [s, t] of input.edges) {
    degree.set(s, (degree.get(s) ?? 0) + 1);
    degree.set(t, (degree.get(t) ?? 0) + 1);
  }
  // Ring positions are keyed by index: ids such as `__proto__` never become object keys.
  const positions = concentricPositions(
    input.nodes.map((_id, i) => ({
      id: `n${i}`,
      kind: 'generic',
      degree: degree.get(input.nodes[i] as string) ?? 0,
    })),
  );
  return new Map(input.nodes.map((id, i) => [id, positions[`n${i}`] ?? { x: 0, y: 0 }] as const));
}

function inWorker(input: LayoutInput, seed: string): Promise<Map<string, Point>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
    const timer = setTimeout(() => {
      worker.terminate();
      reject(new Error('the layout took too long'));
    }, WORKER_TIMEOUT_MS);
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      clearTimeout(timer);
      worker.terminate();
      const data = event.data;
      if (!data.ok) {
        reject(new Error(data.error));
        return;
      }
      resolve(
        new Map(
          input.nodes.map((id, i) => {
            const [x, y] = data.positions[i] ?? [0, 0];
            return [id, { x, y }] as const;
          }),
        ),
      );
    };
    worker.onerror = (event) => {
      clearTimeout(timer);
      worker.terminate();
      reject(new Error(event.message || 'the layout worker failed'));
    };
    const request: WorkerRequest = { nodes: input.nodes.length, edges: indexed(input), seed };
    worker.postMessage(request);
  });
}

/** Positions for every node of `input`, by node id. */
export async function autoLayout(input: LayoutInput, seed: string): Promise<Map<string, Point>> {
  if (input.nodes.length > FORCE_LIMIT || input.nodes.length < 2 || typeof Worker === 'undefined')
    return concentricLayout(input);
  try {
    return await inWorker(input, seed);
  } catch {
    return concentricLayout(input);
  }
}
