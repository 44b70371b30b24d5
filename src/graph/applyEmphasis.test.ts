import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { applyEmphasis, hideByRemoval } from './applyEmphasis.ts';
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

  it('leaves hidden nodes alone in `leave-nodes` mode, not hidden edges', () => {
    const core = chain(4);
    const hide = emphasis({ hidden: new Set(['n0', 'e1']), dimmed: new Set(['n0', 'n3']) });
    expect(applyEmphasis(core, hide, Infinity, 'leave-nodes')).toBe(false);
    expect(core.$id('n0').classes()).toEqual([]);
    expect(core.$id('e1').hasClass('hidden')).toBe(true);
    expect(core.$id('n3').hasClass('dimmed')).toBe(true);
  });

  it('leaves every hidden element alone in `leave` mode, and dims by no class', () => {
    const core = chain(4);
    core.$id('n1').addClass('dimmed highlighted');
    core.$id('e2').addClass('hidden');
    const hide = emphasis({
      hidden: new Set(['n1', 'e1']),
      dimmed: new Set(['n1', 'e1', 'n3']),
      highlighted: new Set(['n2']),
    });
    expect(applyEmphasis(core, hide, Infinity, 'leave')).toBe(false);
    // Hidden ones keep what they had (no restyle); a stale `.hidden` of a shown one goes.
    expect(core.$id('n1').classes()).toEqual(['dimmed', 'highlighted']);
    expect(core.$id('e1').classes()).toEqual([]);
    expect(core.$id('e2').classes()).toEqual([]);
    // A small graph dims by marks (dimmedElements.ts): shown ones get no `.dimmed`.
    expect(core.$id('n3').classes()).toEqual([]);
    expect(core.$id('n2').classes()).toEqual(['highlighted']);
    // Shown again, n1 gets the classes of the emphasis: its `.dimmed` goes.
    applyEmphasis(core, emphasis({ dimmed: new Set(['n1', 'e1']) }), Infinity, 'leave');
    expect(core.$id('n1').classes()).toEqual([]);
    expect(core.$id('e1').classes()).toEqual([]);
    expect(core.$('.hidden, .dimmed').length).toBe(0);
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
