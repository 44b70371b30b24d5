import { describe, expect, it } from 'vitest';
import { loadArticle } from '../model/test-support.ts';
import { statementsBy, statementsOn } from '../model/queries.ts';
import type { Stance, StatementEdge } from '../model/schema.ts';
import { claimSides, groupBySpeaker, groupByStance } from './statementGroups.ts';

const st = (id: string, source: string, stance: Stance): StatementEdge => ({
  id,
  kind: 'statement',
  source,
  target: 'claim',
  stance,
  cue: 'said',
  via: [],
  quote: 'indirect',
  evidence: [{ start: 0, end: 1, exact: 'x' }],
});

describe('groupByStance', () => {
  it('groups in stance order, skips empty stances and keeps the input order inside a group', () => {
    const groups = groupByStance([
      st('a', 'p', 'denial'),
      st('b', 'p', 'allegation'),
      st('c', 'q', 'denial'),
      st('d', 'q', 'evasion'),
    ]);
    expect(groups.map((g) => [g.stance, g.statements.map((s) => s.id)])).toEqual([
      ['allegation', ['b']],
      ['denial', ['a', 'c']],
      ['evasion', ['d']],
    ]);
  });

  it('returns no groups for no statements', () => {
    expect(groupByStance([])).toEqual([]);
  });

  it("groups Kirby's statements: allegations first, then assertions", async () => {
    const { graph } = await loadArticle();
    const groups = groupByStance(statementsBy(graph, 'john-kirby'));
    expect(groups.map((g) => g.stance)).toEqual(['allegation', 'assertion']);
    expect(groups[0]?.statements.map((s) => s.id)).toContain('st-kirby-food-for-ammunition');
  });
});

describe('groupBySpeaker', () => {
  it('groups by speaker in order of first appearance', () => {
    const groups = groupBySpeaker([
      st('a', 'q', 'denial'),
      st('b', 'p', 'denial'),
      st('c', 'q', 'denial'),
    ]);
    expect(groups.map((g) => [g.speaker, g.statements.map((s) => s.id)])).toEqual([
      ['q', ['a', 'c']],
      ['p', ['b']],
    ]);
  });
});

describe('claimSides', () => {
  it('splits supporting, opposing and other stances', () => {
    const sides = claimSides([
      st('a', 'p', 'allegation'),
      st('b', 'p', 'rebuttal'),
      st('c', 'p', 'assessment'),
      st('d', 'p', 'condemnation'),
      st('e', 'p', 'evasion'),
      st('f', 'p', 'denial'),
      st('g', 'p', 'assertion'),
    ]);
    expect(sides.supporting.map((s) => s.id)).toEqual(['a', 'd', 'g']);
    expect(sides.opposing.map((s) => s.id)).toEqual(['b', 'f']);
    expect(sides.other.map((s) => s.id)).toEqual(['c', 'e']);
  });

  it("puts Mkrtychev's denial against the Treasury's allegation", async () => {
    const { graph } = await loadArticle();
    const sides = claimSides(statementsOn(graph, 'claim-mkrtychev-brokered-arms-deal'));
    expect(sides.supporting.map((s) => s.source)).toEqual(['us-treasury-department']);
    expect(sides.opposing.map((s) => s.source)).toEqual(['ashot-mkrtychev']);
  });
});
