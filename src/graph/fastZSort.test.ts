import cytoscape, { type Core, type SingularElementArgument } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installFastZSort, zSortedElements } from './fastZSort.ts';

let cy: Core | undefined;
afterEach(() => {
  cy?.destroy();
  cy = undefined;
  vi.restoreAllMocks();
});

/** Cytoscape's own order: its canvas renderer's sort, run on this headless instance. */
function cytoscapeOrder(core: Core): string[] {
  const Renderer = (cytoscape as unknown as (kind: string, name: string) => { prototype: object })(
    'renderer',
    'canvas',
  );
  const renderer = Object.assign(Object.create(Renderer.prototype) as object, {
    cy: core,
    updateCachedGrabbedEles() {},
  }) as unknown as { getCachedZSortedEles(force: boolean): SingularElementArgument[] };
  return renderer.getCachedZSortedEles(true).map((ele) => ele.id());
}

/** Nodes and edges with z-indexes from data and from classes, added in a shuffled order. */
function mixed(count: number, compound: boolean): Core {
  const elements: cytoscape.ElementDefinition[] = [];
  for (let i = 0; i < count; i += 1) {
    elements.push({
      group: 'nodes',
      data: { id: `n${i}`, z: (i * 7) % 5, ...(compound && i % 4 === 1 ? { parent: 'n0' } : {}) },
      classes: i % 6 === 0 ? 'dimmed' : i % 9 === 0 ? 'selected' : '',
    });
  }
  for (let i = 1; i < count; i += 1) {
    elements.push({
      group: 'edges',
      data: { id: `e${i}`, source: `n${(i * 13) % count}`, target: `n${i}`, z: i % 3 },
      classes: i % 5 === 0 ? 'statement' : '',
    });
  }
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: elements.filter((e) => !(compound && e.data.source === 'n0')),
    style: [
      { selector: 'node', style: { 'z-index': 'data(z)' as unknown as number } },
      { selector: 'edge', style: { 'z-index': 'data(z)' as unknown as number } },
      { selector: 'edge.statement', style: { 'z-index': 2, 'z-compound-depth': 'top' } },
      { selector: '.dimmed', style: { 'z-index': 0, 'z-index-compare': 'manual' } },
      { selector: '.selected', style: { 'z-index': 200, 'z-compound-depth': 'bottom' } },
    ],
  });
  return cy;
}

describe('zSortedElements', () => {
  it("is Cytoscape's drawing order, without and with compound nodes", () => {
    for (const compound of [false, true]) {
      const core = mixed(120, compound);
      expect(zSortedElements(core).map((ele) => ele.id())).toEqual(cytoscapeOrder(core));
      core.destroy();
      cy = undefined;
    }
  });

  it('follows class changes and removals, as a re-sort after them does', () => {
    const core = mixed(80, false);
    core.nodes().slice(10, 40).addClass('dimmed');
    core.remove(core.nodes().slice(50, 60));
    core.add({ group: 'nodes', data: { id: 'late', z: 1 } });
    const ours = zSortedElements(core).map((ele) => ele.id());
    expect(ours).toEqual(cytoscapeOrder(core));
    expect(ours).toContain('late');
    expect(ours).not.toContain('n55');
  });
});

type Sorted = SingularElementArgument[] & { interactive?: SingularElementArgument[] };

/**
 * A headless instance's stand-in for the canvas renderer: Cytoscape's own getCachedZSortedEles
 * and a notify that drops the cached order as the canvas renderer's does, then the sort above
 * installed on it.
 */
function installed(core: Core): { sorted(): Sorted } {
  const Renderer = (cytoscape as unknown as (kind: string, name: string) => { prototype: object })(
    'renderer',
    'canvas',
  );
  const renderer = Object.assign(Object.create(Renderer.prototype) as object, {
    cy: core,
    cachedZSortedEles: null as Sorted | null,
    updateCachedGrabbedEles() {},
    notify(eventName: string) {
      if (['add', 'remove', 'load', 'zorder', 'mount'].includes(eventName))
        this.cachedZSortedEles = null;
    },
  }) as unknown as { getCachedZSortedEles(force?: boolean): Sorted };
  vi.spyOn(core as unknown as { renderer(): unknown }, 'renderer').mockReturnValue(renderer);
  installFastZSort(core);
  return {
    // As before a frame: the renderer resolves the styles changed since the last one.
    sorted: () => {
      (core.elements() as unknown as { cleanStyle(): void }).cleanStyle();
      return renderer.getCachedZSortedEles();
    },
  };
}

/** Counts calls to an element method (each element's key reads its pool index once). */
function countCalls(core: Core, method: 'poolIndex'): { count: number } {
  const proto = Object.getPrototypeOf(core.nodes()) as Record<string, (...a: unknown[]) => unknown>;
  const own = proto[method] as (...a: unknown[]) => unknown;
  const counter = { count: 0 };
  vi.spyOn(proto, method).mockImplementation(function (this: unknown, ...args: unknown[]) {
    counter.count += 1;
    return own.apply(this, args);
  });
  return counter;
}

describe('installFastZSort', () => {
  const ids = (list: SingularElementArgument[] | undefined) => (list ?? []).map((e) => e.id());
  const interactiveIds = (core: Core) =>
    cytoscapeOrder(core).filter((id) =>
      (core.getElementById(id) as unknown as { interactive(): boolean }).interactive(),
    );

  it('sorts again only the elements that changed place, in the order a full sort gives', () => {
    const core = mixed(300, false);
    core.style().selector('.gone').style({ display: 'none' }).update();
    const { sorted } = installed(core);
    expect(ids(sorted())).toEqual(cytoscapeOrder(core));
    const reads = countCalls(core, 'poolIndex');

    // A hover: one node to the top, another back.
    core.getElementById('n7').addClass('selected');
    core.getElementById('n12').addClass('dimmed');
    const after = sorted();
    // The two nodes and their edges, not the 599 elements.
    expect(reads.count).toBeGreaterThan(1);
    expect(reads.count).toBeLessThan(20);
    expect(ids(after)).toEqual(cytoscapeOrder(core));
    expect(ids(after.interactive)).toEqual(interactiveIds(core));

    // A node hidden takes its edges out of the hit tests.
    reads.count = 0;
    const gone = core.getElementById('n20');
    gone.addClass('gone');
    const hidden = sorted();
    expect(reads.count).toBeLessThan(20);
    expect(ids(hidden)).toEqual(cytoscapeOrder(core));
    expect(ids(hidden.interactive)).toEqual(interactiveIds(core));
    expect(ids(hidden.interactive)).not.toContain(gone.connectedEdges()[0]?.id());

    // Nothing changed: the cached list itself.
    expect(sorted()).toBe(hidden);
  });

  it('sorts everything again after an add, a removal or many changes at once', () => {
    const core = mixed(200, false);
    const { sorted } = installed(core);
    sorted();
    const reads = countCalls(core, 'poolIndex');
    const change = (what: () => void) => {
      what();
      reads.count = 0;
      const list = sorted();
      const count = reads.count;
      expect(ids(list)).toEqual(cytoscapeOrder(core));
      return count;
    };
    expect(change(() => core.add({ group: 'nodes', data: { id: 'late', z: 3 } }))).toBe(400);
    // n5 and its two edges.
    expect(change(() => core.remove(core.getElementById('n5')))).toBe(397);
    expect(change(() => core.nodes().slice(0, 150).addClass('dimmed'))).toBe(397);
    // And a few again, after those.
    expect(change(() => core.getElementById('late').addClass('selected'))).toBe(1);
  });
});
