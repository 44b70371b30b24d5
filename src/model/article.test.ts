/**
 * The bundled article, read as an analyst would check it: known statements are there with
 * the right speaker, stance, outlet and words, and contested claims carry both sides.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { contestedClaims, statementsAbout, statementsBy, statementsOn } from './queries.ts';
import { loadArticle, type Loaded } from './test-support.ts';

let article: Loaded;
beforeAll(async () => {
  article = await loadArticle();
});

const node = (id: string) => article.doc.nodes.find((n) => n.id === id);

describe('the article graph', () => {
  it('keeps the text verbatim, typography included', () => {
    expect(article.text.startsWith('From RBC Daily, Sept.\u00a013, 2023')).toBe(true);
    expect(article.text).toContain('Kim Jong\u2011un');
    expect(article.text).toContain('\u00a0');
    expect(article.text.endsWith('\n')).toBe(false);
  });

  it('names North Korea once, with the text’s other names as aliases', () => {
    const nk = node('north-korea');
    expect(nk?.kind).toBe('actor');
    expect(nk?.aliases).toEqual(expect.arrayContaining(['Pyongyang', 'DPRK']));
    const mentioned = new Set(nk?.mentions.map((m) => m.exact));
    expect([...mentioned]).toEqual(expect.arrayContaining(['Pyongyang', 'DPRK', 'North Korea']));
  });

  it('Kirby alleges food for ammunition, in March, and Matsegora denies the same claim', () => {
    const kirby = statementsBy(article.graph, 'john-kirby');
    const food = kirby.find((s) => s.target === 'claim-russia-offered-food-for-ammunition');
    expect(food).toMatchObject({ stance: 'allegation', cue: 'claimed', date: '2023-03' });
    expect(food?.evidence[0]?.exact).toContain(
      'Moscow was offering Pyongyang food in exchange for ammunition',
    );
    const onClaim = statementsOn(article.graph, 'claim-russia-offered-food-for-ammunition');
    expect(onClaim.map((s) => [s.source, s.stance])).toEqual(
      expect.arrayContaining([
        ['john-kirby', 'allegation'],
        ['aleksandr-matsegora', 'denial'],
      ]),
    );
  });

  it('reported speech keeps the speaker and puts the outlet in via', () => {
    const kirbyNpr = statementsBy(article.graph, 'john-kirby').filter((s) => s.via.includes('npr'));
    expect(kirbyNpr.length).toBeGreaterThan(0);
    expect(kirbyNpr.every((s) => s.cue === 'told NPR')).toBe(true);
    expect(statementsBy(article.graph, 'npr')).toEqual([]);
    const ilyichov = statementsBy(article.graph, 'pyotr-ilyichov');
    expect(ilyichov.length).toBeGreaterThan(0);
    expect(ilyichov.every((s) => s.via.join() === 'ria-novosti')).toBe(true);
    expect(ilyichov.some((s) => s.quote === 'direct')).toBe(true);
  });

  it('Mkrtychev denies the brokering that the Treasury alleges: a contested claim', () => {
    const contested = contestedClaims(article.graph).find(
      (c) => c.claim.id === 'claim-mkrtychev-brokered-arms-deal',
    );
    expect(contested?.supporting.map((s) => s.source)).toEqual(['us-treasury-department']);
    expect(contested?.opposing.map((s) => [s.source, s.stance])).toEqual([
      ['ashot-mkrtychev', 'denial'],
    ]);
    const denial = contested?.opposing[0];
    expect(denial?.evidence.some((e) => e.exact.includes('chocolate'))).toBe(true);
  });

  it('statements about Mkrtychev include both sides', () => {
    const about = statementsAbout(article.graph, 'ashot-mkrtychev').map((s) => s.stance);
    expect(about).toEqual(expect.arrayContaining(['allegation', 'denial']));
  });

  it('Putin’s non-answer on arms exports is an evasion', () => {
    const evasions = statementsBy(article.graph, 'vladimir-putin').filter(
      (s) => s.stance === 'evasion',
    );
    expect(evasions).toHaveLength(1);
    expect(evasions[0]?.evidence.map((e) => e.exact).join(' ')).toContain(
      'There’s no need to hurry',
    );
  });

  it('unnamed sources are anonymous actors, never merged with named ones', () => {
    for (const id of ['us-officials', 'experts', 'western-media-sources']) {
      expect(node(id)).toMatchObject({ kind: 'actor', anonymous: true });
    }
    expect(node('john-kirby')).not.toHaveProperty('anonymous');
  });

  it('every claim has a speaker and every statement its evidence', () => {
    for (const claim of article.doc.nodes.filter((n) => n.kind === 'claim')) {
      expect(statementsOn(article.graph, claim.id).length, claim.id).toBeGreaterThan(0);
    }
  });
});
