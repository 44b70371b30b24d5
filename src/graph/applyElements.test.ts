import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { buildGraph } from '../model/build.ts';
import { applyElements } from './applyElements.ts';
import { toElements, type GraphElements } from './elements.ts';
import { tinyDocument } from './testGraph.ts';

let cy: Core | undefined;
const headless = (): Core => (cy = cytoscape({ headless: true, styleEnabled: false }));
afterEach(() => cy?.destroy());

const ids = (core: Core) =>
  core
    .elements()
    .map((e) => e.id())
    .sort();

describe('applyElements', () => {
  it('adds everything to an empty instance, then does nothing when nothing changed', () => {
    const core = headless();
    const elements = toElements(buildGraph(tinyDocument()));
    const first = applyElements(core, elements);
    expect(first.added).toHaveLength(elements.nodes.length + elements.edges.length);
    expect(ids(core)).toEqual([...elements.nodes, ...elements.edges].map((e) => e.data.id).sort());
    const again = applyElements(core, toElements(buildGraph(tinyDocument())));
    expect(again).toEqual({ added: [], removed: [], updated: [] });
  });

  it('removes what is gone (with its edges), updates what changed, keeps the rest', () => {
    const core = headless();
    applyElements(core, toElements(buildGraph(tinyDocument())));
    const alice = core.getElementById('alice');

    const doc = tinyDocument();
    doc.nodes = doc.nodes.filter((n) => n.id !== 'talks');
    doc.edges = doc.edges.filter((e) => e.id !== 'alice-at-talks');
    const deal = doc.nodes.find((n) => n.id === 'deal');
    if (deal) deal.label = 'Alice made a secret deal';
    const diff = applyElements(core, toElements(buildGraph(doc)));

    expect(diff.removed.sort()).toEqual(['alice-at-talks', 'talks']);
    expect(diff.added).toEqual([]);
    // Alice lost an edge: her degree (which sizes her) changed too.
    expect(diff.updated.sort()).toEqual(['alice', 'deal']);
    expect(core.getElementById('deal').data('label')).toBe('Alice made a secret deal');
    expect(core.getElementById('alice')).toBe(alice);
  });

  it('updates classes and drops data keys that are no longer wanted', () => {
    const core = headless();
    const elements = toElements(buildGraph(tinyDocument()));
    applyElements(core, elements);
    const next: GraphElements = {
      nodes: elements.nodes.map((n) =>
        n.data.id === 'officials'
          ? {
              ...n,
              data: {
                id: 'officials',
                label: 'US officials',
                short: 'US officials',
                kind: 'actor',
                actorType: 'group',
              },
              classes: ['actor', 'actor-group'],
            }
          : n,
      ),
      edges: elements.edges,
    };
    const diff = applyElements(core, next);
    expect(diff.updated).toEqual(['officials']);
    const officials = core.getElementById('officials');
    expect(officials.data('anonymous')).toBeUndefined();
    expect(officials.hasClass('anonymous')).toBe(false);
  });

  it('replaces an edge whose endpoints changed', () => {
    const core = headless();
    const elements = toElements(buildGraph(tinyDocument()));
    applyElements(core, elements);
    const next: GraphElements = {
      nodes: elements.nodes,
      edges: elements.edges.map((e) =>
        e.data.id === 'alice-denies-deal' ? { ...e, data: { ...e.data, source: 'wire' } } : e,
      ),
    };
    const diff = applyElements(core, next);
    expect(diff.removed).toEqual(['alice-denies-deal']);
    expect(diff.added).toEqual(['alice-denies-deal']);
    expect(core.getElementById('alice-denies-deal').source().id()).toBe('wire');
  });
});
