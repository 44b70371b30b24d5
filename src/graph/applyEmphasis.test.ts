import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { applyEmphasis, hideAllByRemoval, hideByRemoval } from './applyEmphasis.ts';
import { NO_EMPHASIS, type Emphasis } from './emphasis.ts';

let cy: Core | undefined;
afterEach(() => {
  cy?.destroy();
  cy = undefined;
});

/** A headless instance with nodes n0 … n(count − 1) and an edge from each to the next. */
function chain(count: number): Core {
  const nodes = Array.from({ length: count }, (_, i) => ({
    group: 'nodes' as const,
    data: { id: `n${i}` },
  }));
  const edges = nodes.slice(1).map((_, i) => ({
    group: 'edges' as const,
    data: { id: `e${i}`, source: `n${i}`, target: `n${i + 1}` },
  }));
  cy = cytoscape({ headless: true, styleEnabled: false, elements: [...nodes, ...edges] });
  return cy;
}

const emphasis = (over: Partial<Emphasis>): Emphasis => ({ ...NO_EMPHASIS, ...over });
const ids = (count: number) => Array.from({ length: count }, (_, i) => `n${i}`);
/** Sorted ids of the elements `selector` picks in the instance. */
const idsIn = (core: Core, selector: string) =>
  core
    .elements(selector)
    .map((ele) => ele.id())
    .sort();
const nodeIds = (core: Core) => idsIn(core, 'node');
const edgeIds = (core: Core) => idsIn(core, 'edge');

describe('applyEmphasis', () => {
  it('changes classes only where they differ, at most `limit` elements a call', () => {
    const core = chain(10);
    const dim = emphasis({ dimmed: new Set(ids(7)), highlighted: new Set(['n9']) });
    expect(applyEmphasis(core, dim, 3)).toBe(true);
    expect(core.$('.dimmed').length + core.$('.highlighted').length).toBe(3);
    expect(applyEmphasis(core, dim, 3)).toBe(true);
    expect(applyEmphasis(core, dim, 3)).toBe(false);
    expect(
      core
        .$('.dimmed')
        .map((n) => n.id())
        .sort(),
    ).toEqual(ids(7).sort());
    expect(core.$('.highlighted').map((n) => n.id())).toEqual(['n9']);
    // Nothing left to change: the next call changes nothing and says so.
    expect(applyEmphasis(core, dim, 0)).toBe(false);
    // Back to no emphasis in one call without a limit.
    expect(applyEmphasis(core, NO_EMPHASIS)).toBe(false);
    expect(core.$('.dimmed, .highlighted').length).toBe(0);
  });

  it('leaves hidden nodes alone when asked, not hidden edges', () => {
    const core = chain(4);
    const hide = emphasis({ hidden: new Set(['n0', 'e1']), dimmed: new Set(['n0', 'n3']) });
    expect(applyEmphasis(core, hide, Infinity, true)).toBe(false);
    expect(core.$id('n0').classes()).toEqual([]);
    expect(core.$id('e1').hasClass('hidden')).toBe(true);
    expect(core.$id('n3').hasClass('dimmed')).toBe(true);
  });
});

describe('hideByRemoval', () => {
  it('takes hidden nodes out at once and puts them back at most `limit` a call', () => {
    const core = chain(10);
    const hide = emphasis({ hidden: new Set(ids(8)) });
    let removed: NodeSingular[] = [];
    const first = hideByRemoval(core, hide, removed, 3);
    removed = first.removed;
    expect(first.more).toBe(false);
    expect(nodeIds(core)).toEqual(['n8', 'n9']);
    expect(removed).toHaveLength(8);
    // Their edges went with them.
    expect(core.edges().map((e) => e.id())).toEqual(['e8']);

    // Shown again: three nodes a call, until all are back.
    const calls: number[] = [];
    for (let more = true; more;) {
      const step = hideByRemoval(core, NO_EMPHASIS, removed, 3);
      removed = step.removed;
      more = step.more;
      calls.push(core.nodes().length);
    }
    expect(calls).toEqual([5, 8, 10]);
    expect(removed).toEqual([]);
    expect(nodeIds(core)).toEqual(ids(10).sort());
  });

  it('keeps nodes that stay hidden out while others come back', () => {
    const core = chain(6);
    let { removed } = hideByRemoval(core, emphasis({ hidden: new Set(ids(4)) }), []);
    ({ removed } = hideByRemoval(core, emphasis({ hidden: new Set(['n0']) }), removed));
    expect(nodeIds(core)).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
    expect(removed.map((n) => n.id())).toEqual(['n0']);
  });

  it('leaves the nodes `canWait` accepts for the next call', () => {
    const core = chain(6);
    const hide = emphasis({ hidden: new Set(['n0', 'n1', 'n2']) });
    const lonely = (node: NodeSingular) => node.id() !== 'n2';
    const first = hideByRemoval(core, hide, [], 3, lonely);
    expect(first.more).toBe(true);
    expect(nodeIds(core)).toEqual(['n0', 'n1', 'n3', 'n4', 'n5']);
    expect(first.removed.map((n) => n.id())).toEqual(['n2']);
    // The next call, without leave to wait, takes them out too.
    const second = hideByRemoval(core, hide, first.removed, 3);
    expect(second.more).toBe(false);
    expect(nodeIds(core)).toEqual(['n3', 'n4', 'n5']);
    expect(second.removed.map((n) => n.id()).sort()).toEqual(['n0', 'n1', 'n2']);
  });
});

describe('hideAllByRemoval (small graphs)', () => {
  it('takes hidden nodes and edges out, with the edges of hidden nodes, and puts them back', () => {
    const core = chain(5);
    core.$id('n2').position({ x: 40, y: 7 });
    // n2 hidden (its edges e1 and e2 go with it), and e3 hidden between shown n3 and n4.
    const hide = emphasis({ hidden: new Set(['n2', 'e1', 'e2', 'e3']) });
    let removed = hideAllByRemoval(core, hide, []);
    expect(nodeIds(core)).toEqual(['n0', 'n1', 'n3', 'n4']);
    expect(edgeIds(core)).toEqual(['e0']);
    expect(removed.map((e) => e.id()).sort()).toEqual(['e1', 'e2', 'e3', 'n2']);
    // The same emphasis again changes nothing.
    expect(hideAllByRemoval(core, hide, removed)).toEqual(removed);

    // Only e3 shown again: it comes back; e1 and e2 wait for n2.
    removed = hideAllByRemoval(core, emphasis({ hidden: new Set(['n2', 'e1', 'e2']) }), removed);
    expect(edgeIds(core)).toEqual(['e0', 'e3']);
    expect(removed.map((e) => e.id()).sort()).toEqual(['e1', 'e2', 'n2']);

    // Everything shown: the same elements come back, n2 where it was.
    removed = hideAllByRemoval(core, NO_EMPHASIS, removed);
    expect(removed).toEqual([]);
    expect(nodeIds(core)).toEqual(ids(5));
    expect(edgeIds(core)).toEqual(['e0', 'e1', 'e2', 'e3']);
    expect(core.$id('n2').position()).toEqual({ x: 40, y: 7 });
    expect(core.$id('e1').source().id()).toBe('n1');
  });

  it('keeps an edge out until both its ends are back, even when it is no longer hidden', () => {
    const core = chain(3);
    let removed = hideAllByRemoval(core, emphasis({ hidden: new Set(['n0', 'e0']) }), []);
    expect(removed.map((e) => e.id()).sort()).toEqual(['e0', 'n0']);
    // An emphasis that shows e0 but not n0 (no filter makes one; a stale one might).
    removed = hideAllByRemoval(core, emphasis({ hidden: new Set(['n0']) }), removed);
    expect(edgeIds(core)).toEqual(['e1']);
    expect(removed.map((e) => e.id()).sort()).toEqual(['e0', 'n0']);
    removed = hideAllByRemoval(core, NO_EMPHASIS, removed);
    expect(edgeIds(core)).toEqual(['e0', 'e1']);
  });
});
