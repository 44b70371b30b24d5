import { describe, expect, it } from 'vitest';
import { claimRows, sortRows, type ClaimRow } from './claims-table.ts';
import { applyFilters, presetView } from './filters.ts';
import { contestedClaims } from './queries.ts';
import { loadArticle, loadFixture } from './test-support.ts';

describe('claimRows', () => {
  it('splits speakers into supporters, opponents and others', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const rows = claimRows(graph);
    expect(rows.map((r) => r.id)).toEqual([
      'claim-acme-dumped-steel',
      'claim-tariff-cost-jobs',
      'claim-protest-will-close-plant',
    ]);
    expect(rows[0]).toEqual({
      id: 'claim-acme-dumped-steel',
      label: 'Acme Corp dumped steel.',
      supporters: [
        {
          id: 'carol-diaz',
          label: 'Carol Diaz',
          stance: 'allegation',
          statement: 'st-diaz-acme-dumped',
        },
      ],
      opponents: [
        {
          id: 'acme-corp',
          label: 'Acme Corp',
          stance: 'denial',
          statement: 'st-acme-denies-dumping',
        },
      ],
      others: [],
      statements: 2,
      date: '2021-03',
      contested: true,
    });
    expect(rows[1]).toMatchObject({
      supporters: [],
      opponents: [{ id: 'steelworkers', stance: 'rebuttal' }],
      others: [{ id: 'jean-paul-roux', stance: 'assessment' }],
      date: '2020',
      contested: false,
    });
    expect(rows[2]).toMatchObject({
      others: [{ id: 'acme-corp', stance: 'evasion' }],
      date: '2022',
    });
  });

  it('with a visible set, lists visible claims and statements; contested stays whole', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const rows = claimRows(graph, applyFilters(graph, presetView('allegations')));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: 'claim-acme-dumped-steel',
      supporters: [{ id: 'carol-diaz' }],
      opponents: [],
      statements: 1,
      contested: true,
    });
  });

  it('on the article: one row per claim, contested as in queries', async () => {
    const { graph } = await loadArticle();
    const rows = claimRows(graph);
    const claims = graph.filterNodes((_id, n) => n.kind === 'claim');
    expect(rows).toHaveLength(claims.length);
    expect(
      rows
        .filter((r) => r.contested)
        .map((r) => r.id)
        .sort(),
    ).toEqual(
      contestedClaims(graph)
        .map((c) => c.claim.id)
        .sort(),
    );
    const total = rows.reduce((n, r) => n + r.statements, 0);
    expect(total).toBe(55);
    for (const r of rows)
      expect(r.supporters.length + r.opponents.length + r.others.length).toBe(r.statements);
    const food = rows.find((r) => r.id === 'claim-russia-offered-food-for-ammunition');
    expect(food).toMatchObject({
      supporters: [{ id: 'john-kirby', stance: 'allegation' }],
      opponents: [{ id: 'aleksandr-matsegora', stance: 'denial' }],
      date: '2023-03',
    });
  });
});

const row = (id: string, extra: Partial<ClaimRow> = {}): ClaimRow => ({
  id,
  label: id,
  supporters: [],
  opponents: [],
  others: [],
  statements: 0,
  contested: false,
  ...extra,
});
const party = { id: 'x', label: 'X', stance: 'allegation' as const, statement: 's' };

describe('sortRows', () => {
  const rows = [
    row('b', { date: '2023', statements: 2, contested: true, supporters: [party, party] }),
    row('undated-1', { statements: 1 }),
    row('a', { date: '2016', statements: 2, opponents: [party] }),
    row('c', { date: '2023-05', statements: 3, contested: true, supporters: [party] }),
    row('undated-2', { statements: 1 }),
  ];
  const ids = (r: ClaimRow[]) => r.map((x) => x.id);

  it('sorts dates chronologically with undated rows last in both directions', () => {
    // '2023' starts on 1 January, before '2023-05'
    expect(ids(sortRows(rows, 'date', 'asc'))).toEqual(['a', 'b', 'c', 'undated-1', 'undated-2']);
    expect(ids(sortRows(rows, 'date', 'desc'))).toEqual(['c', 'b', 'a', 'undated-1', 'undated-2']);
  });

  it('is stable for ties in both directions', () => {
    expect(ids(sortRows(rows, 'statements', 'asc'))).toEqual([
      'undated-1',
      'undated-2',
      'b',
      'a',
      'c',
    ]);
    expect(ids(sortRows(rows, 'statements', 'desc'))).toEqual([
      'c',
      'b',
      'a',
      'undated-1',
      'undated-2',
    ]);
    expect(ids(sortRows(rows, 'contested', 'desc'))).toEqual([
      'b',
      'c',
      'undated-1',
      'a',
      'undated-2',
    ]);
  });

  it('sorts party columns by count and labels alphabetically, without touching the input', () => {
    const before = ids(rows);
    expect(ids(sortRows(rows, 'supporters', 'desc')).slice(0, 2)).toEqual(['b', 'c']);
    expect(ids(sortRows(rows, 'opponents', 'desc'))[0]).toBe('a');
    expect(ids(sortRows(rows, 'label', 'asc'))).toEqual(['a', 'b', 'c', 'undated-1', 'undated-2']);
    expect(ids(sortRows(rows, 'label', 'desc'))).toEqual(['undated-2', 'undated-1', 'c', 'b', 'a']);
    expect(ids(sortRows(rows, 'others'))).toEqual(before);
    expect(ids(rows)).toEqual(before);
  });
});
