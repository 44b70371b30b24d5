/**
 * Asks the browser to fetch and compile a lazily imported chunk while the page loads
 * (`<link rel="modulepreload">`), without running it: the app imports Cytoscape once a small
 * graph's sketch is on screen (src/graph/cytoscapeModule.ts), and it is then already here
 * (the canvas was live ~40-70 ms sooner in A/B runs of the article).
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The chunks of a bundle, as far as this plugin reads them. */
type Bundle = Record<string, { type: string; name?: string; fileName: string; isEntry?: boolean }>;

/** The tag that preloads the lazy chunk named `name` of `bundle`, or none. */
export function preloadTags(bundle: Bundle, name: string, base: string): HtmlTagDescriptor[] {
  const chunk = Object.values(bundle).find(
    (file) => file.type === 'chunk' && file.name === name && file.isEntry !== true,
  );
  if (!chunk) return [];
  const href = `${base.endsWith('/') ? base : `${base}/`}${chunk.fileName}`;
  return [
    { tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href }, injectTo: 'head' },
  ];
}

export function preloadChunk(name: string): Plugin {
  let base = '/';
  return {
    name: 'claimgraph-preload-chunk',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        return preloadTags((ctx.bundle ?? {}) as Bundle, name, base);
      },
    },
  };
}
