import { describe, expect, it } from 'vitest';
import { buildGraph } from '../model/build.ts';
import { loadArticle } from '../model/test-support.ts';
import { legendFor } from './legend.ts';
import { STANCE_COLORS } from './palette.ts';
import { tinyDocument } from './testGraph.ts';

const keys = (entries: { key: string }[]) => entries.map((e) => e.key);

describe('legendFor', () => {
  it('names only what the document uses', () => {
    const legend = legendFor(buildGraph(tinyDocument()));
    expect(keys(legend.kinds)).toEqual(['actor', 'event', 'claim']);
    expect(keys(legend.actorTypes)).toEqual(['person', 'media', 'group']);
    expect(keys(legend.markers)).toEqual(['anonymous', 'contested']);
    expect(keys(legend.stances)).toEqual(['allegation', 'denial']);
    expect(keys(legend.edges)).toEqual(['about', 'participant', 'reported']);
  });

  it('uses the canvas colours and line styles', () => {
    const legend = legendFor(buildGraph(tinyDocument()));
    expect(legend.stances).toContainEqual({
      group: 'stance',
      key: 'denial',
      label: 'Denial',
      color: STANCE_COLORS.denial,
      line: 'dashed',
    });
  });

  it('covers every stance and actor type of the article', async () => {
    const { doc, graph } = await loadArticle();
    const legend = legendFor(graph);
    const stances = new Set(doc.edges.flatMap((e) => (e.kind === 'statement' ? [e.stance] : [])));
    expect(new Set(keys(legend.stances))).toEqual(stances);
    const types = new Set(doc.nodes.flatMap((n) => (n.kind === 'actor' ? [n.actorType] : [])));
    expect(new Set(keys(legend.actorTypes))).toEqual(types);
    expect(keys(legend.edges)).toEqual(['about', 'participant', 'affiliation', 'reported']);
  });
});
