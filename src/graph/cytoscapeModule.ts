/**
 * Cytoscape, loaded on demand: it is not in the initial bundle (issue 7). A small graph's
 * first picture is its sketch (sketch.ts), drawn without it; Cytoscape's ~435 kB arrive and
 * run after that picture is on screen, in tasks of their own.
 */
import type cytoscape from 'cytoscape';

export type Cytoscape = typeof cytoscape;

let loading: Promise<Cytoscape> | null = null;

/** Cytoscape's factory, once its chunk has arrived and run (asked for once). */
export function loadCytoscape(): Promise<Cytoscape> {
  loading ??= import('cytoscape').then((module) => module.default);
  return loading;
}
