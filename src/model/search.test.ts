import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchResult } from './search.ts';
import { loadArticle, loadFixture } from './test-support.ts';
import { foldTypography } from './text.ts';

const matched = (r: SearchResult) => r.snippet.slice(r.match.start, r.match.end);

describe('search on the article', () => {
  it('"Pyongyang" finds North Korea first, by its alias', async () => {
    const { graph } = await loadArticle();
    const results = buildSearchIndex(graph).search('Pyongyang');
    expect(results[0]).toMatchObject({
      id: 'north-korea',
      elementKind: 'node',
      kind: 'actor',
      label: 'North Korea',
      field: 'alias',
      snippet: 'Pyongyang',
      match: { start: 0, end: 9 },
    });
    // other hits follow: a claim label, statement quotes
    expect(results.length).toBeGreaterThan(3);
    expect(results.some((r) => r.kind === 'statement')).toBe(true);
  });

  it('"chocolate" finds Mkrtychev’s denial by its quote', async () => {
    const { graph } = await loadArticle();
    const results = buildSearchIndex(graph).search('chocolate');
    const hit = results.find((r) => r.elementKind === 'edge');
    expect(hit).toBeDefined();
    const edge = graph.getEdgeAttributes(hit?.id as string);
    expect(edge).toMatchObject({ kind: 'statement', source: 'ashot-mkrtychev', stance: 'denial' });
    expect(hit).toMatchObject({ kind: 'statement', field: 'quote' });
    expect(hit?.label).toBe(
      'Ashot Mkrtychev — denial: Ashot Mkrtychev brokered an arms deal between Russia and North Korea.',
    );
    expect(matched(hit as SearchResult)).toBe('chocolate');
    // the quote is long: the snippet is a window around the match
    expect(hit?.snippet.startsWith('…')).toBe(true);
    expect((hit?.snippet.length ?? 0) < 144).toBe(true);
  });

  it('folds typography and case', async () => {
    const { graph } = await loadArticle();
    const index = buildSearchIndex(graph);
    for (const q of ['Kim Jong-un', 'kim jong\u2011un', 'KIM JONG‐UN']) {
      const [first] = index.search(q);
      expect(first, q).toMatchObject({ id: 'kim-jong-un', field: 'label' });
    }
    // the article's only "Kim Jong‑un" with U+2011 is in no statement, but curly quotes are:
    const quoted = index.search('"flour, wheat');
    expect(quoted.some((r) => r.id === 'st-mkrtychev-denies-brokering')).toBe(true);
    // whitespace in the query is trimmed and collapsed
    expect(index.search('  north   korea ')[0]?.id).toBe('north-korea');
  });

  it('returns nothing for an empty or blank query, and honours the limit', async () => {
    const { graph } = await loadArticle();
    const index = buildSearchIndex(graph);
    expect(index.search('')).toEqual([]);
    expect(index.search('  \t ')).toEqual([]);
    expect(index.search('zzzxqy')).toEqual([]);
    expect(index.search('russia')).toHaveLength(20);
    expect(index.search('russia', 3)).toHaveLength(3);
    expect(index.search('russia', 3)).toEqual(index.search('russia').slice(0, 3));
  });

  it('every snippet match is the folded query', async () => {
    const { graph } = await loadArticle();
    const index = buildSearchIndex(graph);
    for (const q of ['sanction', 'told', 'ammunition', 'Jong-un']) {
      for (const r of index.search(q, 50))
        expect(foldTypography(matched(r)), `${q} ${r.id}`).toBe(foldTypography(q));
    }
  });
});

describe('ranking on the fixture', () => {
  it('exact > prefix > word prefix > substring; nodes before statements; then by label', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const results = buildSearchIndex(graph).search('acme');
    expect(results.map((r) => [r.id, r.field])).toEqual([
      ['acme-corp', 'alias'], // exact alias
      ['claim-acme-dumped-steel', 'claim'], // label prefix
      ['st-acme-denies-dumping', 'quote'], // quote prefix, statements after nodes
      ['st-acme-evades-closure', 'quote'],
      ['plant-closure', 'label'], // word prefix: "Closure of the Acme plant"
      ['claim-protest-will-close-plant', 'claim'], // "The protest will lead Acme Corp…"
      ['st-diaz-acme-dumped', 'quote'], // "…that Acme Corp dumped steel"
    ]);
    expect(results[2]?.label).toBe('Acme Corp — denial: Acme Corp dumped steel.');
  });

  it('ranks substrings last and descriptions after other fields', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const index = buildSearchIndex(graph);
    expect(index.search('orkers').map((r) => r.id)).toEqual([
      'steelworkers',
      'steelworker-protest-2022',
      'st-steelworkers-saved-jobs',
    ]);
    // "trade minister" is Carol Diaz's description and in her statement's quote
    const minister = index.search('trade minister');
    expect(minister.map((r) => [r.id, r.field])).toEqual([
      ['st-diaz-acme-dumped', 'quote'],
      ['carol-diaz', 'description'],
    ]);
    // the statement cue
    expect(index.search('declined to say')[0]).toMatchObject({
      id: 'st-acme-evades-closure',
      field: 'cue',
      snippet: 'declined to say',
    });
  });

  it('finds the non-breaking-hyphen spelling of the evidence with a plain hyphen', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const results = buildSearchIndex(graph).search('Jean-Paul Roux');
    expect(results.map((r) => r.id)).toEqual(['jean-paul-roux', 'st-roux-tariff-cost-jobs']);
    const quote = results[1] as SearchResult;
    expect(matched(quote)).toBe('Jean\u2011Paul Roux');
  });
});
