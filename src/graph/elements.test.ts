import { describe, expect, it } from 'vitest';
import { buildGraph } from '../model/build.ts';
import { toElements } from './elements.ts';
import { labelPriority } from './labelCulling.ts';
import { tinyDocument } from './testGraph.ts';

const elements = () => toElements(buildGraph(tinyDocument()));
const byId = <T extends { data: { id: string } }>(list: T[], id: string): T => {
  const found = list.find((element) => element.data.id === id);
  if (!found) throw new Error(`no element ${id}`);
  return found;
};

describe('toElements', () => {
  it('keeps the graph.json ids of every node and edge, and adds one edge per via entry', () => {
    const { nodes, edges } = elements();
    const doc = tinyDocument();
    expect(nodes.map((n) => n.data.id).sort()).toEqual(doc.nodes.map((n) => n.id).sort());
    expect(edges.map((e) => e.data.id).sort()).toEqual(
      [
        ...doc.edges.map((e) => e.id),
        'reported:officials-allege-deal:wire',
        'reported:officials-allege-deal:paper',
      ].sort(),
    );
    for (const element of [...nodes, ...edges]) expect(element.group).toBeDefined();
  });

  it('maps nodes to label, kind, actor type and classes', () => {
    const { nodes } = elements();
    expect(byId(nodes, 'alice')).toEqual({
      group: 'nodes',
      data: {
        id: 'alice',
        label: 'Alice',
        short: 'Alice',
        kind: 'actor',
        actorType: 'person',
        degree: 3,
        z: labelPriority('actor', 3),
      },
      classes: ['actor', 'actor-person'],
    });
    expect(byId(nodes, 'officials').data.anonymous).toBe(true);
    expect(byId(nodes, 'officials').classes).toEqual(['actor', 'actor-group', 'anonymous']);
    expect(byId(nodes, 'talks').data).toEqual({
      id: 'talks',
      label: 'The talks',
      short: 'The talks',
      kind: 'event',
      eventType: 'meeting',
      degree: 1,
      z: labelPriority('event', 1),
    });
    expect(byId(nodes, 'talks').classes).toEqual(['event']);
  });

  it('gives every node a short label, and keeps the full one', () => {
    const doc = tinyDocument();
    const officials = doc.nodes.find((n) => n.id === 'officials');
    if (officials) officials.label = 'US officials (unnamed)';
    const deal = doc.nodes.find((n) => n.id === 'deal');
    if (deal) deal.label = 'Alice made a deal with the other side about the sale of everything.';
    const { nodes } = toElements(buildGraph(doc));
    expect(byId(nodes, 'officials').data).toMatchObject({
      label: 'US officials (unnamed)',
      short: 'US officials',
      anonymous: true,
    });
    expect(byId(nodes, 'deal').data.short).toBe('Alice made a deal with the other…');
    expect(byId(nodes, 'deal').data.label).toBe(deal?.label);
  });

  it('marks contested claims (supported and opposed)', () => {
    const { nodes } = elements();
    expect(byId(nodes, 'deal').classes).toEqual(['claim', 'contested']);
    expect(byId(nodes, 'deal').data.contested).toBe(true);
    const doc = tinyDocument();
    doc.edges = doc.edges.filter((e) => e.id !== 'alice-denies-deal');
    const uncontested = byId(toElements(buildGraph(doc)).nodes, 'deal');
    expect(uncontested.classes).toEqual(['claim']);
    expect(uncontested.data.contested).toBeUndefined();
  });

  it('draws busier nodes above quieter ones, actors above events above claims', () => {
    const { nodes } = elements();
    const z = (id: string) => byId(nodes, id).data.z ?? 0;
    expect(z('alice')).toBeGreaterThan(z('wire'));
    expect(z('wire')).toBeGreaterThan(z('talks'));
    expect(z('talks')).toBeGreaterThan(z('deal'));
  });

  it('carries stance and cue on statement edges, and marks opposing stances', () => {
    const { edges } = elements();
    expect(byId(edges, 'officials-allege-deal').data).toEqual({
      id: 'officials-allege-deal',
      source: 'officials',
      target: 'deal',
      kind: 'statement',
      stance: 'allegation',
      label: 'said',
    });
    expect(byId(edges, 'officials-allege-deal').classes).toEqual([
      'statement',
      'stance-allegation',
      'single',
    ]);
    expect(byId(edges, 'alice-denies-deal').classes).toEqual([
      'statement',
      'stance-denial',
      'opposing',
    ]);
  });

  it('labels other edges with their role', () => {
    const { edges } = elements();
    expect(byId(edges, 'deal-about-alice').data).toMatchObject({ kind: 'about', label: 'accused' });
    expect(byId(edges, 'alice-at-talks').data).toMatchObject({
      kind: 'participant',
      label: 'host',
      source: 'alice',
      target: 'talks',
    });
    expect(byId(edges, 'alice-at-talks').data.stance).toBeUndefined();
  });

  it('maps derived reported edges from the outlet to the claim', () => {
    const { edges } = elements();
    const reported = byId(edges, 'reported:officials-allege-deal:paper');
    expect(reported.data).toEqual({
      id: 'reported:officials-allege-deal:paper',
      source: 'paper',
      target: 'deal',
      kind: 'reported',
      derived: true,
      statement: 'officials-allege-deal',
    });
    expect(reported.classes).toEqual(['reported', 'derived', 'single']);
  });

  it('marks single the edges alone between their nodes, which are drawn straight', () => {
    const doc = tinyDocument();
    const loop = { ...doc.edges.find((e) => e.id === 'deal-about-alice')!, id: 'alice-loop' };
    doc.edges.push({ ...loop, source: 'alice', target: 'alice' });
    const { edges } = toElements(buildGraph(doc));
    const single = edges.filter((e) => (e.classes as string[]).includes('single'));
    // alice → deal and deal → alice share their pair of nodes (opposite ways); a loop is a
    // curve of its own.
    expect(single.map((e) => e.data.id).sort()).toEqual(
      edges
        .map((e) => e.data.id)
        .filter((id) => !['alice-denies-deal', 'deal-about-alice', 'alice-loop'].includes(id))
        .sort(),
    );
    expect(single.length).toBeGreaterThan(2);
  });
});
