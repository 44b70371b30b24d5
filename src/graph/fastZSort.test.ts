import cytoscape, { type Core, type SingularElementArgument } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { zSortedElements } from './fastZSort.ts';

let cy: Core | undefined;
afterEach(() => {
  cy?.destroy();
  cy = undefined;
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
