import type { Core, SingularElementArgument } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { GRID_HIT_TEST_NODES, installGridHitTest } from './gridHitTest.ts';
import { headlessInstances } from './test-support.ts';

const headless = headlessInstances();

type Listed = SingularElementArgument[] & { interactive?: SingularElementArgument[] };

/**
 * `nodes` nodes on a square lattice 100 apart, an edge between the first two, and a stand-in
 * renderer whose own hit test records the list it was handed (Cytoscape's goes over it).
 */
function lattice(nodes: number) {
  const side = Math.ceil(Math.sqrt(nodes));
  const elements = [
    ...Array.from({ length: nodes }, (_, i) => ({
      data: { id: `n${i}`, kind: 'actor', degree: 1 },
      classes: 'actor',
      position: { x: (i % side) * 100, y: Math.floor(i / side) * 100 },
    })),
    { data: { id: 'e', source: 'n0', target: 'n1' } },
  ];
  const core = headless({ elements, layout: { name: 'preset', fit: false } });
  const list: Listed = [...core.edges().toArray(), ...core.nodes().toArray()];
  list.interactive = list;
  const seen: string[][] = [];
  interface StandIn {
    getCachedZSortedEles(): Listed;
    findNearestElements(x: number, y: number, interactive?: boolean, touch?: boolean): unknown;
  }
  const renderer: StandIn = {
    getCachedZSortedEles: () => list,
    findNearestElements(this: StandIn) {
      seen.push(this.getCachedZSortedEles().map((ele) => ele.id()));
      return [];
    },
  };
  installGridHitTest(Object.assign(Object.create(core) as Core, { renderer: () => renderer }));
  const hitTest = (x: number, y: number) => {
    renderer.findNearestElements(x, y, true, false);
    return seen.at(-1) ?? [];
  };
  return { core, list, hitTest, renderer };
}

describe('installGridHitTest', () => {
  it('hands the hit test only the nodes near the point and every edge, in drawing order', () => {
    const { list, hitTest } = lattice(GRID_HIT_TEST_NODES + 100);
    const handed = hitTest(1000, 300);
    expect(handed).toContain('e');
    const side = Math.ceil(Math.sqrt(GRID_HIT_TEST_NODES + 100));
    expect(handed).toContain(`n${3 * side + 10}`);
    expect(handed.length).toBeLessThan(40);
    const order = new Map(list.map((ele, i) => [ele.id(), i]));
    const positions = handed.map((id) => order.get(id) ?? -1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // Nothing near: the edge alone.
    expect(hitTest(-50_000, -50_000)).toEqual(['e']);
  });

  it('follows a node that moves', () => {
    const { core, hitTest } = lattice(GRID_HIT_TEST_NODES + 100);
    expect(hitTest(-5000, -5000)).toEqual(['e']);
    core.getElementById('n7').position({ x: -5000, y: -5000 });
    expect(hitTest(-5000, -5000).sort()).toEqual(['e', 'n7']);
  });

  it('leaves a smaller graph to the hit test as it is', () => {
    const { hitTest } = lattice(50);
    expect(hitTest(0, 0)).toHaveLength(51);
  });
});
