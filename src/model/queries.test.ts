import { describe, expect, it } from 'vitest';
import { buildGraph } from './build.ts';
import {
  claimsAbout,
  contestedClaims,
  isContested,
  statementsAbout,
  statementsBy,
} from './queries.ts';
import { loadFixture } from './test-support.ts';

describe('queries on the fixture', () => {
  it('statementsBy lists a speaker’s statements only', async () => {
    const { graph } = await loadFixture('valid');
    expect(statementsBy(graph, 'alice-smith').map((s) => s.id)).toEqual(['st-alice-cake']);
    expect(statementsBy(graph, 'bob-jones').map((s) => s.stance)).toEqual(['denial']);
    expect(statementsBy(graph, 'daily-bugle')).toEqual([]);
    expect(statementsBy(graph, 'no-such-actor')).toEqual([]);
  });

  it('statementsAbout follows about edges from claims to the actor', async () => {
    const { graph } = await loadFixture('valid');
    expect(claimsAbout(graph, 'bob-jones')).toEqual(['claim-bob-stole-cake']);
    expect(statementsAbout(graph, 'bob-jones').map((s) => s.id)).toEqual([
      'st-alice-cake',
      'st-bob-denies',
    ]);
    expect(statementsAbout(graph, 'alice-smith')).toEqual([]);
  });

  it('a claim with an allegation and a denial is contested', async () => {
    const { graph } = await loadFixture('valid');
    const contested = contestedClaims(graph);
    expect(contested.map((c) => c.claim.id)).toEqual(['claim-bob-stole-cake']);
    expect(contested[0]?.supporting.map((s) => s.id)).toEqual(['st-alice-cake']);
    expect(contested[0]?.opposing.map((s) => s.id)).toEqual(['st-bob-denies']);
  });

  it('a claim with only one side, or only neutral stances, is not contested', async () => {
    const { doc } = await loadFixture('valid');
    for (const stance of ['assessment', 'evasion', 'allegation'] as const) {
      const copy = structuredClone(doc);
      const denial = copy.edges.find((e) => e.id === 'st-bob-denies');
      if (denial?.kind !== 'statement') throw new Error('fixture changed');
      denial.stance = stance;
      expect(contestedClaims(buildGraph(copy))).toEqual([]);
    }
    expect(isContested([])).toBe(false);
  });
});
