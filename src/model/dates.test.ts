import { describe, expect, it } from 'vitest';
import { buildGraph } from './build.ts';
import {
  claimDate,
  compareDates,
  dateRange,
  dayNumber,
  documentSpan,
  effectiveDate,
  eventRange,
  isPartialDate,
  overlaps,
  rangeMidpoint,
  tryDateRange,
} from './dates.ts';
import { allStatements } from './queries.ts';
import { loadArticle, loadFixture } from './test-support.ts';

describe('dateRange', () => {
  it('turns years, months and days into closed day ranges', () => {
    expect(dateRange('2023')).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(dateRange('2023-07')).toEqual({ start: '2023-07-01', end: '2023-07-31' });
    expect(dateRange('2023-09')).toEqual({ start: '2023-09-01', end: '2023-09-30' });
    expect(dateRange('2023-09-13')).toEqual({ start: '2023-09-13', end: '2023-09-13' });
  });

  it('knows February in leap and common years, centuries included', () => {
    expect(dateRange('2023-02').end).toBe('2023-02-28');
    expect(dateRange('2024-02').end).toBe('2024-02-29');
    expect(dateRange('1900-02').end).toBe('1900-02-28');
    expect(dateRange('2000-02').end).toBe('2000-02-29');
    expect(dateRange('2024-02-29')).toEqual({ start: '2024-02-29', end: '2024-02-29' });
  });

  it('rejects what is not a real partial date', () => {
    for (const bad of ['2023-02-29', '2023-13', '2023-00', '2023-04-31', '23', '2023-7', 'x', ''])
      expect(() => dateRange(bad), bad).toThrow(RangeError);
    expect(tryDateRange('2023-02-29')).toBeUndefined();
    expect(tryDateRange(undefined)).toBeUndefined();
    expect(isPartialDate('2024-02-29')).toBe(true);
    expect(isPartialDate('2023-02-29')).toBe(false);
  });
});

describe('overlaps', () => {
  it('compares closed ranges, partial bounds standing for their whole range', () => {
    expect(overlaps('2023', '2023-12-31')).toBe(true);
    expect(overlaps('2023', '2024')).toBe(false);
    expect(overlaps('2023-05', undefined, '2023-05-01')).toBe(true);
    expect(overlaps('2023-05', undefined, '2023-04')).toBe(false);
    expect(overlaps('2023-05-15', '2023', '2023')).toBe(true);
    expect(overlaps('2023-05-15', '2023-06', '2024')).toBe(false);
    expect(overlaps('2020-02-29', undefined, '2020-02')).toBe(true);
    expect(overlaps({ start: '2020-01-01', end: '2021-06-30' }, '2021-06', '2030')).toBe(true);
  });

  it('is open on a missing bound and empty on an invalid or reversed one', () => {
    expect(overlaps('1953')).toBe(true);
    expect(overlaps('1953', undefined, undefined)).toBe(true);
    expect(overlaps('2023', 'soon')).toBe(false);
    expect(overlaps('2023', undefined, '2023-02-30')).toBe(false);
    expect(overlaps('not a date')).toBe(false);
    expect(overlaps('2023-05', '2024', '2022')).toBe(false);
  });
});

describe('compareDates', () => {
  it('sorts chronologically by first day, narrower first, undated last', () => {
    const dates = [undefined, '2023', '2023-09-13', '2016', '2023-01', '2022-12-31', 'bogus'];
    expect([...dates].sort(compareDates)).toEqual([
      '2016',
      '2022-12-31',
      '2023-01',
      '2023',
      '2023-09-13',
      'bogus',
      undefined,
    ]);
    expect(compareDates('2023', '2023')).toBe(0);
    expect(compareDates(undefined, undefined)).toBe(0);
  });
});

describe('dayNumber', () => {
  it('counts days across leap days and keeps two-digit years', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2020-03-01') - dayNumber('2020-02-28')).toBe(2);
    expect(dayNumber('2023-03-01') - dayNumber('2023-02-28')).toBe(1);
    expect(dayNumber('0100-01-01') - dayNumber('0099-12-31')).toBe(1);
    expect(dayNumber('2024-01-01') - dayNumber('2023-01-01')).toBe(365);
    expect(rangeMidpoint(dateRange('2023-09-13'))).toBe(dayNumber('2023-09-13') + 0.5);
    expect(rangeMidpoint(dateRange('2024'))).toBe(dayNumber('2024-01-01') + 183);
  });
});

describe('eventRange', () => {
  it('spans date to endDate, and falls back to whichever exists', () => {
    expect(eventRange({ date: '2022-02', endDate: '2023' })).toEqual({
      start: '2022-02-01',
      end: '2023-12-31',
    });
    expect(eventRange({ endDate: '1953' })).toEqual(dateRange('1953'));
    expect(eventRange({ date: '2023-05' })).toEqual(dateRange('2023-05'));
    expect(eventRange({})).toBeUndefined();
  });
});

describe('effectiveDate on the fixture', () => {
  it('takes the statement date, else the claim date, else the earliest about-event date', async () => {
    const { graph } = await loadFixture('steel-tariff');
    // own date
    expect(effectiveDate(graph, 'st-diaz-acme-dumped')).toBe('2021-03');
    expect(effectiveDate(graph, 'st-steelworkers-saved-jobs')).toBe('2022');
    // claim date (the claim is dated 2020; the statement is not)
    expect(effectiveDate(graph, 'st-roux-tariff-cost-jobs')).toBe('2020');
    // about-event date: the claim is about the 2022 protest and an undated closure
    expect(effectiveDate(graph, 'st-acme-evades-closure')).toBe('2022');
    // nothing to go by: the claim is about an actor only
    expect(effectiveDate(graph, 'st-acme-denies-dumping')).toBeUndefined();
    // not statements
    expect(effectiveDate(graph, 'ab-dumped-acme')).toBeUndefined();
    expect(effectiveDate(graph, 'no-such-edge')).toBeUndefined();
  });

  it('prefers the earliest about-event and skips invalid dates', async () => {
    const { doc } = await loadFixture('steel-tariff');
    const copy = structuredClone(doc);
    const closure = copy.nodes.find((n) => n.id === 'plant-closure');
    if (closure?.kind !== 'event') throw new Error('fixture changed');
    closure.date = '2021-11';
    expect(effectiveDate(buildGraph(copy), 'st-acme-evades-closure')).toBe('2021-11');
    const diaz = copy.edges.find((e) => e.id === 'st-diaz-acme-dumped');
    if (diaz?.kind !== 'statement') throw new Error('fixture changed');
    diaz.date = '2021-02-30';
    expect(effectiveDate(buildGraph(copy), 'st-diaz-acme-dumped')).toBeUndefined();
  });

  it('claimDate takes the claim date, else the earliest statement date', async () => {
    const { graph } = await loadFixture('steel-tariff');
    expect(claimDate(graph, 'claim-tariff-cost-jobs')).toBe('2020');
    expect(claimDate(graph, 'claim-acme-dumped-steel')).toBe('2021-03');
    expect(claimDate(graph, 'claim-protest-will-close-plant')).toBe('2022');
    expect(claimDate(graph, 'acme-corp')).toBeUndefined();
  });
});

describe('on the article', () => {
  it('dates statements by each rule', async () => {
    const { graph } = await loadArticle();
    expect(effectiveDate(graph, 'st-kirby-food-for-ammunition')).toBe('2023-03');
    // undated statement on a claim dated 2020
    expect(effectiveDate(graph, 'st-fcs-trade-2020')).toBe('2020');
    // undated statement on a claim dated 2023-05
    expect(effectiveDate(graph, 'st-ilyichov-rebuts-un-response')).toBe('2023-05');
    // the claim is about an undated sanction event only
    expect(effectiveDate(graph, 'st-mkrtychev-denies-brokering')).toBeUndefined();
    const dated = allStatements(graph).filter((s) => effectiveDate(graph, s.id) !== undefined);
    expect(dated.length).toBeGreaterThan(30);
    expect(dated.length).toBeLessThan(55);
  });

  it('spans the document from the Korean War to 2023', async () => {
    const { graph } = await loadArticle();
    // The Korean War has only an endDate (1953); the latest dates are in 2023.
    expect(documentSpan(graph)).toEqual({ start: '1953-01-01', end: '2023-12-31' });
  });

  it('has no span when nothing is dated', async () => {
    const { doc } = await loadFixture('valid');
    const copy = structuredClone(doc);
    for (const n of copy.nodes) if (n.kind !== 'actor') delete n.date;
    for (const e of copy.edges) if (e.kind === 'statement') delete e.date;
    expect(documentSpan(buildGraph(copy))).toBeUndefined();
    expect(documentSpan(buildGraph(doc))).toEqual({ start: '2023-05-01', end: '2023-05-02' });
  });
});
