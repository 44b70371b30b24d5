/**
 * A tiny external store for the canvas viewport, so that DOM overlays (the tooltip, the
 * timeline axis) follow pan and zoom without re-rendering the whole graph pane.
 */
import type { ViewportSnapshot } from './GraphCanvas.tsx';

export interface ViewportStore {
  get(): ViewportSnapshot | null;
  set(snapshot: ViewportSnapshot): void;
  subscribe(listener: () => void): () => void;
}

export function createViewportStore(): ViewportStore {
  let snapshot: ViewportSnapshot | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => snapshot,
    set(next) {
      snapshot = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
