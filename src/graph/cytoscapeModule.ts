/**
 * Cytoscape, loaded on demand: it is not in the initial bundle (issue 7). A small graph's
 * first picture is its sketch (sketch.ts), drawn without it; GraphCanvas asks for Cytoscape's
 * ~435 kB as it draws the sketch, and they run after that picture is on screen, in tasks of
 * their own. Preloading the chunk from index.html (modulepreload) was slower: fetched and
 * compiled alongside the app's own bundle, it put the article's first picture ~25-60 ms later
 * and the canvas live no sooner (two A/B runs of 7 fresh pages).
 */
import type cytoscape from 'cytoscape';

export type Cytoscape = typeof cytoscape;

let loading: Promise<Cytoscape> | null = null;

/** Cytoscape's factory, once its chunk has arrived and run (asked for once). */
export function loadCytoscape(): Promise<Cytoscape> {
  loading ??= import('cytoscape').then((module) => module.default);
  return loading;
}
