import { describe, expect, it } from 'vitest';
import { contestedClaims, statementsAbout, statementsBy } from './queries.ts';
import { rankings } from './rankings.ts';
import { loadArticle, loadFixture } from './test-support.ts';

describe('rankings on the article', () => {
  it('vocal speakers: Kirby first, ties by label', async () => {
    const { graph } = await loadArticle();
    const { vocalSpeakers } = rankings(graph);
    expect(vocalSpeakers.map((s) => [s.id, s.count])).toEqual([
      ['john-kirby', 7],
      ['vladimir-putin', 6],
      ['aleksandr-matsegora', 4],
      ['pyotr-ilyichov', 4],
      ['us-officials', 4],
    ]);
    for (const s of vocalSpeakers) expect(s.count).toBe(statementsBy(graph, s.id).length);
  });

  it('discussed actors: North Korea, then Russia', async () => {
    const { graph } = await loadArticle();
    const { discussedActors } = rankings(graph, 10);
    expect(discussedActors.slice(0, 2).map((a) => a.id)).toEqual(['north-korea', 'russia']);
    expect(discussedActors).toHaveLength(10);
    for (const a of discussedActors) expect(a.count).toBe(statementsAbout(graph, a.id).length);
    for (let i = 1; i < discussedActors.length; i += 1)
      expect(discussedActors[i - 1]?.count).toBeGreaterThanOrEqual(
        discussedActors[i]?.count as number,
      );
    // only actors: events are never ranked
    for (const a of discussedActors) expect(graph.getNodeAttributes(a.id).kind).toBe('actor');
  });

  it('contested claims: the most fought-over first', async () => {
    const { graph } = await loadArticle();
    const { contestedClaims: ranked } = rankings(graph, 100);
    expect(ranked.map((c) => c.id).sort()).toEqual(
      contestedClaims(graph)
        .map((c) => c.claim.id)
        .sort(),
    );
    expect(ranked[0]).toMatchObject({
      id: 'claim-spy-satellite-launch-violated-unsc-resolutions',
      supporting: 2,
      opposing: 2,
    });
    const totals = ranked.map((c) => c.supporting + c.opposing);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    expect(rankings(graph, 2).contestedClaims).toEqual(ranked.slice(0, 2));
  });
});

describe('rankings on the fixture', () => {
  it('leaves out zero counts and cuts at the limit', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const r = rankings(graph);
    expect(r.vocalSpeakers.map((s) => [s.id, s.count])).toEqual([
      ['acme-corp', 2],
      ['carol-diaz', 1],
      ['jean-paul-roux', 1],
      ['steelworkers', 1],
    ]);
    // claims about Acme: the dumping claim (2 statements) and the closure claim (1)
    expect(r.discussedActors).toEqual([{ id: 'acme-corp', label: 'Acme Corp', count: 3 }]);
    // the tariff claim has a rebuttal but no support: not contested
    expect(r.contestedClaims).toEqual([
      {
        id: 'claim-acme-dumped-steel',
        label: 'Acme Corp dumped steel.',
        supporting: 1,
        opposing: 1,
      },
    ]);
    expect(rankings(graph, 1).vocalSpeakers).toHaveLength(1);
    expect(rankings(graph, 0).vocalSpeakers).toEqual([]);
  });
});
