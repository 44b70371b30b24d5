import { describe, expect, it } from 'vitest';
import { preloadTags } from './preload-chunk.ts';

const bundle = {
  'assets/index-a1.js': {
    type: 'chunk',
    name: 'index',
    fileName: 'assets/index-a1.js',
    isEntry: true,
  },
  'assets/cytoscape.esm-b2.js': {
    type: 'chunk',
    name: 'cytoscape.esm',
    fileName: 'assets/cytoscape.esm-b2.js',
    isEntry: false,
  },
  'assets/index-c3.css': { type: 'asset', fileName: 'assets/index-c3.css' },
};

describe('preloadTags', () => {
  it('preloads the named lazy chunk under the base path', () => {
    expect(preloadTags(bundle, 'cytoscape.esm', '/')).toEqual([
      {
        tag: 'link',
        attrs: { rel: 'modulepreload', crossorigin: true, href: '/assets/cytoscape.esm-b2.js' },
        injectTo: 'head',
      },
    ]);
    expect(preloadTags(bundle, 'cytoscape.esm', '/claimgraph')[0]?.attrs?.href).toBe(
      '/claimgraph/assets/cytoscape.esm-b2.js',
    );
  });

  it('adds nothing for an entry chunk or a chunk the bundle lacks', () => {
    expect(preloadTags(bundle, 'index', '/')).toEqual([]);
    expect(preloadTags(bundle, 'graphology', '/')).toEqual([]);
  });
});
