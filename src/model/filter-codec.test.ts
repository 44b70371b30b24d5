import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  CLI_BOOLEAN_PARAMS,
  CLI_FILTER_OPTIONS,
  CLI_FLAG_NAMES,
  decodeFilters,
  encodeFilters,
  FILTER_PARAMS,
  paramsFromCliFlags,
} from './filter-codec.ts';
import { applyFilters, type ViewFilter } from './filters.ts';
import { loadFixture } from './test-support.ts';

const full: ViewFilter = {
  filters: [
    { kind: 'focus', node: 'acme-corp', depth: 2 },
    { kind: 'text', query: 'steel' },
    { kind: 'date', from: '2020', to: '2022-06' },
    { kind: 'via', values: ['radio-free'] },
    { kind: 'speaker', values: ['carol-diaz', 'acme-corp'] },
    { kind: 'actorType', values: ['person', 'company'] },
    { kind: 'contested' },
    { kind: 'stance', values: ['denial', 'allegation'] },
  ],
};

describe('encodeFilters', () => {
  it('writes every kind in a fixed key order with canonical values', () => {
    const params = encodeFilters(full);
    expect(Object.keys(params)).toEqual([...FILTER_PARAMS]);
    expect(params).toEqual({
      stance: 'allegation,denial',
      contested: '1',
      actorType: 'person,company',
      speaker: 'acme-corp,carol-diaz',
      via: 'radio-free',
      from: '2020',
      to: '2022-06',
      text: 'steel',
      focus: 'acme-corp',
      depth: '2',
    });
  });

  it('encodes equal views equally and leaves out empty filters and the default depth', () => {
    const a = encodeFilters({
      filters: [
        { kind: 'stance', values: ['denial', 'allegation', 'denial'] },
        { kind: 'speaker', values: [] },
        { kind: 'text', query: '  ' },
        { kind: 'focus', node: 'x', depth: 1 },
      ],
      context: true,
    });
    const b = encodeFilters({
      filters: [
        { kind: 'focus', node: 'x', depth: 1 },
        { kind: 'stance', values: ['allegation'] },
        { kind: 'stance', values: ['denial'] },
      ],
    });
    expect(a).toEqual({ stance: 'allegation,denial', focus: 'x' });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(encodeFilters({ filters: [] })).toEqual({});
  });
});

describe('decodeFilters', () => {
  it('round-trips a view through its parameters', () => {
    const decoded = decodeFilters(encodeFilters(full));
    expect(decoded.problems).toEqual([]);
    expect(encodeFilters(decoded.view)).toEqual(encodeFilters(full));
    expect(decoded.view.filters.find((f) => f.kind === 'focus')).toEqual({
      kind: 'focus',
      node: 'acme-corp',
      depth: 2,
    });
  });

  it('gives the same visible set as the descriptors it came from', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const original: ViewFilter = {
      filters: [
        { kind: 'stance', values: ['denial', 'evasion'] },
        { kind: 'date', to: '2022' },
      ],
    };
    const decoded = decodeFilters(encodeFilters(original)).view;
    const a = applyFilters(graph, original);
    const b = applyFilters(graph, decoded);
    expect([...b.nodes].sort()).toEqual([...a.nodes].sort());
    expect([...b.edges].sort()).toEqual([...a.edges].sort());
    expect([...a.edges]).toContain('st-acme-evades-closure');
  });

  it('defaults depth to 1 and ignores unknown and empty parameters', () => {
    const { view, problems } = decodeFilters({
      focus: 'acme-corp',
      doc: 'some-doc',
      stance: '',
      text: undefined,
    });
    expect(problems).toEqual([]);
    expect(view).toEqual({ filters: [{ kind: 'focus', node: 'acme-corp', depth: 1 }] });
  });

  it('drops malformed values, keeps the rest and names each problem', () => {
    const { view, problems } = decodeFilters({
      stance: 'denial,gossip, allegation',
      contested: 'yes',
      actorType: 'alien,media',
      speaker: 'Carol Diaz,carol-diaz',
      via: '__proto__',
      from: '2023-02-30',
      to: '2023-13',
      depth: '7',
      focus: 'acme-corp',
    });
    expect(problems.map((p) => [p.param, p.value])).toEqual([
      ['stance', 'gossip'],
      ['contested', 'yes'],
      ['actorType', 'alien'],
      ['speaker', 'Carol Diaz'],
      ['via', '__proto__'],
      ['from', '2023-02-30'],
      ['to', '2023-13'],
      ['depth', '7'],
    ]);
    for (const p of problems) expect(p.message.length).toBeGreaterThan(5);
    expect(view.filters).toEqual([
      { kind: 'stance', values: ['allegation', 'denial'] },
      { kind: 'actorType', values: ['media'] },
      { kind: 'speaker', values: ['carol-diaz'] },
      { kind: 'focus', node: 'acme-corp', depth: 1 },
    ]);
  });

  it('reports a depth without focus, a bad focus id, and accepts contested=0 as off', () => {
    expect(decodeFilters({ depth: '2' }).problems.map((p) => p.param)).toEqual(['depth']);
    const badFocus = decodeFilters({ focus: 'Acme Corp', depth: '2' });
    expect(badFocus.problems.map((p) => p.param)).toEqual(['focus']);
    expect(badFocus.view.filters).toEqual([]);
    expect(decodeFilters({ contested: '0' })).toEqual({ view: { filters: [] }, problems: [] });
    expect(decodeFilters({ contested: '1' }).view.filters).toEqual([{ kind: 'contested' }]);
  });

  it('keeps a reversed date range, which matches nothing', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const { view, problems } = decodeFilters({ from: '2022', to: '2020' });
    expect(problems).toEqual([]);
    expect(applyFilters(graph, view).nodes.size).toBe(0);
  });
});

describe('CLI flags', () => {
  it('maps params to flags, actorType to actor-type, contested as a boolean', () => {
    expect(CLI_FLAG_NAMES.actorType).toBe('actor-type');
    for (const p of FILTER_PARAMS) if (p !== 'actorType') expect(CLI_FLAG_NAMES[p]).toBe(p);
    expect([...CLI_BOOLEAN_PARAMS]).toEqual(['contested']);
    expect(CLI_FILTER_OPTIONS['actor-type']).toEqual({ type: 'string' });
    expect(CLI_FILTER_OPTIONS.contested).toEqual({ type: 'boolean' });
  });

  it('turns parsed flags into params that decode to the view', () => {
    const { values } = parseArgs({
      args: ['--contested', '--actor-type', 'person,media', '--depth', '2', '--focus', 'a-b'],
      options: { ...CLI_FILTER_OPTIONS, out: { type: 'string' } },
      strict: true,
    });
    const params = paramsFromCliFlags(values);
    expect(params).toEqual({ contested: '1', actorType: 'person,media', focus: 'a-b', depth: '2' });
    expect(decodeFilters(params).view.filters).toEqual([
      { kind: 'contested' },
      { kind: 'actorType', values: ['person', 'media'] },
      { kind: 'focus', node: 'a-b', depth: 2 },
    ]);
    expect(paramsFromCliFlags({ contested: false, stance: ['denial', 'rebuttal'] })).toEqual({
      stance: 'denial,rebuttal',
    });
  });
});
