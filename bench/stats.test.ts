import { describe, expect, it } from 'vitest';
import { entryAssets, staticImports } from './bundle.ts';
import { median, percentile, summarize } from './stats.ts';

describe('stats', () => {
  it('medians, percentiles and spread', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(Number.isNaN(median([]))).toBe(true);
    expect(percentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 95)).toBe(100);
    expect(percentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 50)).toBe(50);
    expect(summarize([5, null, 1, 3])).toEqual({ median: 3, min: 1, max: 5, n: 3, timeouts: 1 });
    expect(summarize([undefined])).toBeUndefined();
    expect(summarize([null])?.n).toBe(0);
  });
});

describe('bundle', () => {
  it('finds the entry chunk, its preloads and the stylesheet of index.html', () => {
    const html =
      '<script type="module" crossorigin src="/assets/index-a1.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/vendor-b2.js">' +
      '<link rel="stylesheet" crossorigin href="/assets/index-c3.css">';
    expect(entryAssets(html)).toEqual({
      scripts: ['/assets/index-a1.js', '/assets/vendor-b2.js'],
      css: ['/assets/index-c3.css'],
    });
  });

  it('follows static imports, not dynamic ones', () => {
    const code =
      'import{a as b}from"./vendor-b2.js";import"./side-d4.js";export*from"./re-e5.js";' +
      'const x=()=>import("./lazy-f6.js");';
    expect(staticImports(code).sort()).toEqual(['./re-e5.js', './side-d4.js', './vendor-b2.js']);
  });
});
