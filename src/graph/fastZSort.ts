import type { Core, SingularElementArgument } from 'cytoscape';
import { markedHidden } from './hiddenElements.ts';
import { parsedStyle } from './parsedStyle.ts';

const MAX_INT = Number.MAX_SAFE_INTEGER;

/** Cytoscape's element methods the sort reads (internal ones, missing from its types). */
interface ZElement {
  isNode(): boolean;
  poolIndex(): number;
  zDepth(): number;
  interactive(): boolean;
}

/** What of Cytoscape's core this module reads (internal, missing from its types). */
interface ZCore {
  mutableElements(): { toArray(): unknown[] };
  hasCompoundNodes(): boolean;
}

type ZSorted = SingularElementArgument[] & { interactive?: SingularElementArgument[] };

/** What of Cytoscape's renderer this module reads and replaces. */
interface ZSortingRenderer {
  cachedZSortedEles?: ZSorted | null;
  getCachedZSortedEles(forceRecalc?: boolean): ZSorted;
  updateCachedGrabbedEles(): void;
}

/**
 * The elements in Cytoscape's drawing order: by compound depth (`z-compound-depth`), then
 * nodes above edges (`z-index-compare: auto`), then `z-index`, then the order they were added
 * in. That is the order of Cytoscape's own `zIndexSort`, which reads those style properties in
 * its comparator, on every one of the n·log n comparisons; this reads them once per element.
 */
export function zSortedElements(cy: Core): SingularElementArgument[] {
  const core = cy as unknown as ZCore;
  const eles = core.mutableElements().toArray() as ZElement[];
  const hasCompoundNodes = core.hasCompoundNodes();
  const n = eles.length;
  const depth = new Float64Array(n);
  const kind = new Float64Array(n);
  const z = new Float64Array(n);
  const pool = new Float64Array(n);
  const order = new Uint32Array(n);
  eles.forEach((ele, i) => {
    const styled = ele as unknown as SingularElementArgument;
    const compound = parsedStyle(styled, 'z-compound-depth').value as string;
    depth[i] =
      compound === 'auto'
        ? hasCompoundNodes
          ? ele.zDepth()
          : 0
        : compound === 'bottom'
          ? -1
          : compound === 'top'
            ? MAX_INT
            : 0;
    kind[i] = parsedStyle(styled, 'z-index-compare').value === 'auto' && ele.isNode() ? 1 : 0;
    z[i] = parsedStyle(styled, 'z-index').value as number;
    pool[i] = ele.poolIndex();
    order[i] = i;
  });
  order.sort(
    (a, b) => depth[a]! - depth[b]! || kind[a]! - kind[b]! || z[a]! - z[b]! || pool[a]! - pool[b]!,
  );
  return Array.from(order, (i) => eles[i] as unknown as SingularElementArgument);
}

/**
 * Gives a canvas instance's renderer the sort above. Cytoscape sorts every element again
 * whenever one is added or removed or its z-index changes (a focus dims thousands), and at
 * 50 000 elements its comparator's style reads took ~0.4 s of each such frame (issue 7).
 */
export function installFastZSort(cy: Core): void {
  const renderer = (cy as unknown as { renderer(): ZSortingRenderer | undefined }).renderer();
  if (!renderer || typeof renderer.getCachedZSortedEles !== 'function') return;
  renderer.getCachedZSortedEles = function getCachedZSortedEles(forceRecalc?: boolean) {
    if (!forceRecalc && this.cachedZSortedEles) return this.cachedZSortedEles;
    // Hidden elements of a small graph are neither drawn nor hit (hiddenElements.ts).
    const hidden = markedHidden(cy);
    const sorted = zSortedElements(cy);
    const eles: ZSorted =
      hidden.size === 0 ? sorted : sorted.filter((ele) => !hidden.has(ele.id()));
    eles.interactive = eles.filter((ele) => (ele as unknown as ZElement).interactive());
    this.cachedZSortedEles = eles;
    this.updateCachedGrabbedEles();
    return eles;
  };
}
