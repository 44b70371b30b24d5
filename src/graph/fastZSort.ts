import type { CollectionReturnValue, Core, SingularElementArgument } from 'cytoscape';
import { markedDimmed } from './dimmedElements.ts';
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
  notify?(eventName: string, eles?: unknown): unknown;
  getCachedZSortedEles(forceRecalc?: boolean): ZSorted;
  updateCachedGrabbedEles(): void;
}

/** Elements in drawing order with their sort keys, four numbers each, in the same order. */
interface Ordered {
  eles: ZElement[];
  keys: Float64Array;
  /** 1 where the element is interactive (Cytoscape's hit tests go over those only). */
  interactive: Uint8Array;
}

/**
 * An element's sort key, written at `keys[4 * at]`: see zSortedElements. An element dimmed by
 * a mark (dimmedElements.ts) has the `z-index` of the `.dimmed` rule, 0.
 */
function writeKey(
  ele: ZElement,
  hasCompoundNodes: boolean,
  keys: Float64Array,
  at: number,
  dimmed: ReadonlySet<string>,
): void {
  const styled = ele as unknown as SingularElementArgument;
  const compound = parsedStyle(styled, 'z-compound-depth').value as string;
  keys[4 * at] =
    compound === 'auto'
      ? hasCompoundNodes
        ? ele.zDepth()
        : 0
      : compound === 'bottom'
        ? -1
        : compound === 'top'
          ? MAX_INT
          : 0;
  keys[4 * at + 1] =
    parsedStyle(styled, 'z-index-compare').value === 'auto' && ele.isNode() ? 1 : 0;
  keys[4 * at + 2] = dimmed.has(styled.id()) ? 0 : (parsedStyle(styled, 'z-index').value as number);
  keys[4 * at + 3] = ele.poolIndex();
}

/** Whether the key at `i` of `a` comes before the key at `j` of `b`. */
const before = (a: Float64Array, i: number, b: Float64Array, j: number): boolean => {
  for (let k = 0; k < 4; k++) {
    const d = a[4 * i + k]! - b[4 * j + k]!;
    if (d !== 0) return d < 0;
  }
  return false;
};

/** Every element of `cy`, sorted: each key read once, then a sort of typed arrays. */
function fullOrder(cy: Core): Ordered {
  const core = cy as unknown as ZCore;
  const eles = core.mutableElements().toArray() as ZElement[];
  const hasCompoundNodes = core.hasCompoundNodes();
  const dimmed = markedDimmed(cy);
  const n = eles.length;
  const keys = new Float64Array(4 * n);
  const order = new Uint32Array(n);
  eles.forEach((ele, i) => {
    writeKey(ele, hasCompoundNodes, keys, i, dimmed);
    order[i] = i;
  });
  order.sort(
    (a, b) =>
      keys[4 * a]! - keys[4 * b]! ||
      keys[4 * a + 1]! - keys[4 * b + 1]! ||
      keys[4 * a + 2]! - keys[4 * b + 2]! ||
      keys[4 * a + 3]! - keys[4 * b + 3]!,
  );
  const sorted = new Float64Array(4 * n);
  const interactive = new Uint8Array(n);
  const out = Array.from(order, (from, to) => {
    sorted.set(keys.subarray(4 * from, 4 * from + 4), 4 * to);
    const ele = eles[from] as ZElement;
    interactive[to] = ele.interactive() ? 1 : 0;
    return ele;
  });
  return { eles: out, keys: sorted, interactive };
}

/**
 * `last` with the elements of `changed` sorted again: the others keep their keys and order,
 * and the changed ones are merged back in. Undefined when one of them is not in `last`.
 */
function reorder(cy: Core, last: Ordered, changed: ReadonlySet<ZElement>): Ordered | undefined {
  const hasCompoundNodes = (cy as unknown as ZCore).hasCompoundNodes();
  const dimmed = markedDimmed(cy);
  const n = last.eles.length;
  const kept: number[] = [];
  for (let i = 0; i < n; i++) if (!changed.has(last.eles[i] as ZElement)) kept.push(i);
  if (n - kept.length !== changed.size) return undefined;
  const moved = [...changed];
  const movedKeys = new Float64Array(4 * moved.length);
  moved.forEach((ele, i) => writeKey(ele, hasCompoundNodes, movedKeys, i, dimmed));
  const movedOrder = moved
    .map((_, i) => i)
    .sort((a, b) => (before(movedKeys, a, movedKeys, b) ? -1 : 1));
  const eles: ZElement[] = new Array<ZElement>(n);
  const keys = new Float64Array(4 * n);
  const interactive = new Uint8Array(n);
  let a = 0;
  let b = 0;
  for (let o = 0; o < n; o++) {
    const m = movedOrder[b];
    const k = kept[a];
    if (m !== undefined && (k === undefined || before(movedKeys, m, last.keys, k))) {
      const ele = moved[m] as ZElement;
      eles[o] = ele;
      keys.set(movedKeys.subarray(4 * m, 4 * m + 4), 4 * o);
      interactive[o] = ele.interactive() ? 1 : 0;
      b++;
    } else {
      const at = k as number;
      eles[o] = last.eles[at] as ZElement;
      keys.set(last.keys.subarray(4 * at, 4 * at + 4), 4 * o);
      interactive[o] = last.interactive[at] as number;
      a++;
    }
  }
  return { eles, keys, interactive };
}

/**
 * The elements in Cytoscape's drawing order: by compound depth (`z-compound-depth`), then
 * nodes above edges (`z-index-compare: auto`), then `z-index`, then the order they were added
 * in. That is the order of Cytoscape's own `zIndexSort`, which reads those style properties in
 * its comparator, on every one of the n·log n comparisons; this reads them once per element.
 */
export function zSortedElements(cy: Core): SingularElementArgument[] {
  return fullOrder(cy).eles as unknown as SingularElementArgument[];
}

/** Renderer notifications after which Cytoscape sorts every element again (its `notify`). */
const RESORTING = new Set(['add', 'remove', 'move', 'load', 'mount']);

/**
 * Gives a canvas instance's renderer the sort above. Cytoscape sorts every element again
 * whenever one is added or removed or its z-index changes (a focus dims thousands), and at
 * 50 000 elements its comparator's style reads took ~0.4 s of each such frame (issue 7).
 *
 * When only some elements were restyled (a hovered node comes to the top: Cytoscape says
 * which, `notify('style', eles)`), only those are sorted again and merged back into the last
 * order: the full sort took ~30 ms of each hover at 50 000 nodes.
 */
export function installFastZSort(cy: Core): void {
  const renderer = (cy as unknown as { renderer(): ZSortingRenderer | undefined }).renderer();
  if (!renderer || typeof renderer.getCachedZSortedEles !== 'function') return;
  let last: Ordered | null = null;
  /** What changed its place since `last`: some elements, or anything ('all'). */
  let changed: Set<ZElement> | 'all' = 'all';
  const notify = renderer.notify;
  if (typeof notify === 'function') {
    renderer.notify = function (eventName: string, eles?: unknown) {
      // A place changes with a style: its new value is applied later, when read (Cytoscape
      // says 'zorder' only then), so an element restyled ('style') is sorted again too.
      if ((eventName === 'zorder' || eventName === 'style') && eles != null && changed !== 'all') {
        const set = changed;
        (eles as CollectionReturnValue).forEach((ele) => {
          set.add(ele as unknown as ZElement);
          // An edge is hidden with its nodes: whether it is interactive follows theirs.
          if (ele.isNode())
            ele.connectedEdges().forEach((edge) => {
              set.add(edge as unknown as ZElement);
            });
        });
        // Nodes in compounds follow their parents: those are sorted again in full.
        // Many at once (a stylesheet, a focus): a full sort is as quick.
        if (
          (last && set.size > last.eles.length / 4) ||
          (cy as unknown as ZCore).hasCompoundNodes()
        )
          changed = 'all';
      } else if (eventName === 'zorder' || RESORTING.has(eventName)) changed = 'all';
      return notify.call(this, eventName, eles);
    };
  } else changed = 'all';
  renderer.getCachedZSortedEles = function getCachedZSortedEles(forceRecalc?: boolean) {
    if (!forceRecalc && this.cachedZSortedEles) return this.cachedZSortedEles;
    const since = changed;
    // Notifications from here on (a style resolved while reading keys) count for the next.
    changed = typeof notify === 'function' ? new Set() : 'all';
    const order =
      (!forceRecalc && last && since !== 'all' && reorder(cy, last, since)) || fullOrder(cy);
    last = order;
    // Hidden elements of a small graph are neither drawn nor hit (hiddenElements.ts).
    const hidden = markedHidden(cy);
    const all = order.eles as unknown as SingularElementArgument[];
    const eles: ZSorted = hidden.size === 0 ? [...all] : all.filter((ele) => !hidden.has(ele.id()));
    eles.interactive =
      hidden.size === 0
        ? all.filter((_, i) => order.interactive[i] === 1)
        : eles.filter((ele) => (ele as unknown as ZElement).interactive());
    this.cachedZSortedEles = eles;
    this.updateCachedGrabbedEles();
    return eles;
  };
}
