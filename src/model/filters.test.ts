import { describe, expect, it } from 'vitest';
import type { ClaimGraph } from './build.ts';
import { effectiveDate } from './dates.ts';
import {
  applyFilters,
  facetCounts,
  facetCountSteps,
  normalizeView,
  PRESETS,
  presetView,
  recentFilters,
  visibleCounts,
  type FilterDescriptor,
  type ViewFilter,
  type VisibleSet,
} from './filters.ts';
import { allStatements, contestedClaims, statementsOn } from './queries.ts';
import { computeStats } from './stats.ts';
import { ACTOR_TYPES, STANCES } from './vocabulary.ts';
import { loadArticle, loadFixture } from './test-support.ts';

const view = (...filters: FilterDescriptor[]): ViewFilter => ({ filters });
const sorted = (s: Set<string>) => [...s].sort();
const statementIds = (graph: ClaimGraph, set: VisibleSet) =>
  [...set.edges].filter((e) => graph.getEdgeAttributes(e).kind === 'statement').sort();

describe('applyFilters on the fixture', () => {
  it('shows everything, derived edges included, without filters', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const set = applyFilters(graph, view());
    expect(set.nodes.size).toBe(graph.order);
    expect(set.edges.size).toBe(graph.size);
    expect(set.edges.has('reported:st-diaz-acme-dumped:radio-free')).toBe(true);
    expect(set.contextNodes.size + set.contextEdges.size).toBe(0);
    // inactive descriptors change nothing
    const inactive = applyFilters(
      graph,
      view(
        { kind: 'stance', values: [] },
        { kind: 'text', query: '   ' },
        { kind: 'date' },
        { kind: 'speaker', values: [] },
      ),
    );
    expect(inactive.nodes.size).toBe(graph.order);
    expect(inactive.edges.size).toBe(graph.size);
  });

  it('stance: the statements, their ends, and structure between visible nodes only', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const denials = applyFilters(graph, view({ kind: 'stance', values: ['denial'] }));
    expect(sorted(denials.nodes)).toEqual(['acme-corp', 'claim-acme-dumped-steel']);
    // the allegation joins visible nodes too, but is not a seed: it stays hidden
    expect(sorted(denials.edges)).toEqual(['ab-dumped-acme', 'st-acme-denies-dumping']);

    const allegations = applyFilters(graph, view({ kind: 'stance', values: ['allegation'] }));
    expect(sorted(allegations.nodes)).toEqual([
      'carol-diaz',
      'claim-acme-dumped-steel',
      'radio-free',
    ]);
    expect(sorted(allegations.edges)).toEqual([
      'reported:st-diaz-acme-dumped:radio-free',
      'st-diaz-acme-dumped',
    ]);

    const both = applyFilters(graph, view({ kind: 'stance', values: ['allegation', 'denial'] }));
    expect(statementIds(graph, both)).toEqual(['st-acme-denies-dumping', 'st-diaz-acme-dumped']);
  });

  it('contested: statements on claims with both a supporting and an opposing statement', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const set = applyFilters(graph, { filters: [...PRESETS.contested] });
    // claim-tariff-cost-jobs has an assessment and a rebuttal but no support: not contested
    expect(statementIds(graph, set)).toEqual(['st-acme-denies-dumping', 'st-diaz-acme-dumped']);
    expect(set.nodes.has('claim-tariff-cost-jobs')).toBe(false);
  });

  it('actorType seeds actors and their statements; edges need both ends visible', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const people = applyFilters(graph, view({ kind: 'actorType', values: ['person'] }));
    expect(sorted(people.nodes)).toEqual([
      'carol-diaz',
      'claim-acme-dumped-steel',
      'claim-tariff-cost-jobs',
      'jean-paul-roux',
      'lab-review-2021',
      'radio-free',
    ]);
    // affiliations to the ministry and to Think Lab stay hidden: those ends are not visible
    expect(sorted(people.edges)).toEqual([
      'reported:st-diaz-acme-dumped:radio-free',
      'reported:st-roux-tariff-cost-jobs:lab-review-2021',
      'st-diaz-acme-dumped',
      'st-roux-tariff-cost-jobs',
    ]);
    const research = applyFilters(graph, view({ kind: 'actorType', values: ['research'] }));
    expect(sorted(research.nodes)).toEqual(['think-lab']);
    expect(research.edges.size).toBe(0);
  });

  it('speaker and via match ids; unknown ids match nothing', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const acme = applyFilters(graph, view({ kind: 'speaker', values: ['acme-corp'] }));
    expect(statementIds(graph, acme)).toEqual(['st-acme-denies-dumping', 'st-acme-evades-closure']);
    expect(sorted(acme.nodes)).toEqual([
      'acme-corp',
      'claim-acme-dumped-steel',
      'claim-protest-will-close-plant',
    ]);
    expect(acme.edges.has('ab-closure-acme')).toBe(true);
    expect(acme.edges.has('ab-closure-protest')).toBe(false);

    const viaReview = applyFilters(graph, view({ kind: 'via', values: ['lab-review-2021'] }));
    expect(sorted(viaReview.nodes)).toEqual([
      'claim-tariff-cost-jobs',
      'jean-paul-roux',
      'lab-review-2021',
    ]);
    expect(viaReview.edges.has('reported:st-roux-tariff-cost-jobs:lab-review-2021')).toBe(true);

    for (const f of [
      { kind: 'speaker', values: ['nobody'] },
      { kind: 'via', values: ['acme-corp'] },
      { kind: 'stance', values: ['gossip' as 'denial'] },
      { kind: 'actorType', values: ['alien' as 'person'] },
    ] as FilterDescriptor[]) {
      const set = applyFilters(graph, view(f));
      expect(set.nodes.size + set.edges.size, JSON.stringify(f)).toBe(0);
    }
  });

  it('combines kinds with AND and values with OR', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const set = applyFilters(
      graph,
      view(
        { kind: 'stance', values: ['allegation', 'denial', 'evasion'] },
        { kind: 'speaker', values: ['acme-corp', 'steelworkers'] },
      ),
    );
    expect(statementIds(graph, set)).toEqual(['st-acme-denies-dumping', 'st-acme-evades-closure']);
    // two descriptors of one list kind merge into one: values OR
    const merged = applyFilters(
      graph,
      view({ kind: 'stance', values: ['allegation'] }, { kind: 'stance', values: ['denial'] }),
    );
    expect(statementIds(graph, merged)).toEqual(['st-acme-denies-dumping', 'st-diaz-acme-dumped']);
  });

  it('date: overlap with partial dates; undated statements drop out', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const from2022 = applyFilters(graph, view({ kind: 'date', from: '2022' }));
    expect(statementIds(graph, from2022)).toEqual([
      'st-acme-evades-closure',
      'st-steelworkers-saved-jobs',
    ]);
    expect(sorted(from2022.nodes)).toEqual([
      'acme-corp',
      'claim-protest-will-close-plant',
      'claim-tariff-cost-jobs',
      'steelworker-protest-2022',
      'steelworkers',
    ]);
    expect(from2022.edges.has('pa-steelworkers-protest')).toBe(true);
    expect(from2022.edges.has('ab-closure-protest')).toBe(true);
    expect(from2022.edges.has('ab-jobs-tariff')).toBe(false);

    // `to: 2020-02` ends on the leap day, the day of the tariff
    const toFeb = applyFilters(graph, view({ kind: 'date', to: '2020-02' }));
    expect(toFeb.nodes.has('steel-tariff-2020')).toBe(true);
    expect(toFeb.nodes.has('claim-tariff-cost-jobs')).toBe(true);
    expect(statementIds(graph, toFeb)).toEqual(['st-roux-tariff-cost-jobs']);
    const fromMarch = applyFilters(graph, view({ kind: 'date', from: '2020-03', to: '2020' }));
    expect(fromMarch.nodes.has('steel-tariff-2020')).toBe(false);
    // the claim dated "2020" overlaps March–December 2020
    expect(fromMarch.nodes.has('claim-tariff-cost-jobs')).toBe(true);

    // the undated denial never shows under a date filter, however wide
    const wide = applyFilters(graph, view({ kind: 'date', from: '1000', to: '9999' }));
    expect(wide.edges.has('st-acme-denies-dumping')).toBe(false);
    expect(wide.edges.has('st-diaz-acme-dumped')).toBe(true);
    // undated nodes neither
    expect(wide.nodes.has('plant-closure')).toBe(false);
    // actors only through statements
    expect(wide.nodes.has('think-lab')).toBe(false);
    expect(applyFilters(graph, view({ kind: 'date', to: '2019' })).nodes.size).toBe(0);
    expect(applyFilters(graph, view({ kind: 'date', from: 'soon' })).nodes.size).toBe(0);
  });

  it('text: folded match on statements (cue, evidence, claim, speaker) and node names', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const acme = applyFilters(graph, view({ kind: 'text', query: 'ACME' }));
    expect(statementIds(graph, acme)).toEqual([
      'st-acme-denies-dumping',
      'st-acme-evades-closure',
      'st-diaz-acme-dumped',
    ]);
    expect(acme.nodes.has('plant-closure')).toBe(true); // "Closure of the Acme plant"
    expect(acme.nodes.has('steelworkers')).toBe(false);

    // a non-breaking hyphen in the query matches the plain label and the verbatim evidence
    for (const query of ['jean-paul', 'Jean\u2011Paul Roux of']) {
      const set = applyFilters(graph, view({ kind: 'text', query }));
      expect(statementIds(graph, set), query).toEqual(['st-roux-tariff-cost-jobs']);
    }
    // the cue alone
    expect(
      statementIds(graph, applyFilters(graph, view({ kind: 'text', query: 'estimated' }))),
    ).toEqual(['st-roux-tariff-cost-jobs']);
    // curly quotes fold to straight ones
    expect(
      statementIds(graph, applyFilters(graph, view({ kind: 'text', query: '"a fabrication"' }))),
    ).toEqual(['st-acme-denies-dumping']);
    // descriptions are not searched
    expect(applyFilters(graph, view({ kind: 'text', query: 'happens' })).nodes.size).toBe(0);
  });

  it('a node-only kind with a statement-only kind seeds no node by itself', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const set = applyFilters(
      graph,
      view(
        { kind: 'actorType', values: ['research', 'person'] },
        { kind: 'stance', values: ['assessment'] },
      ),
    );
    // Think Lab matches the actor type, but the stance filter does not apply to nodes
    expect(set.nodes.has('think-lab')).toBe(false);
    expect(statementIds(graph, set)).toEqual(['st-roux-tariff-cost-jobs']);
  });

  it('focus keeps the neighbourhood inside the visible subgraph', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const one = applyFilters(graph, view({ kind: 'focus', node: 'acme-corp', depth: 1 }));
    expect(sorted(one.nodes)).toEqual([
      'acme-corp',
      'claim-acme-dumped-steel',
      'claim-protest-will-close-plant',
    ]);
    expect(sorted(one.edges)).toEqual([
      'ab-closure-acme',
      'ab-dumped-acme',
      'st-acme-denies-dumping',
      'st-acme-evades-closure',
    ]);
    const two = applyFilters(graph, view({ kind: 'focus', node: 'acme-corp', depth: 2 }));
    expect(two.nodes.has('radio-free')).toBe(true);
    expect(two.edges.has('reported:st-diaz-acme-dumped:radio-free')).toBe(true);
    expect(two.nodes.has('steelworkers')).toBe(false);

    // with a stance filter, Carol Diaz is two hops away through visible edges only
    const filtered = applyFilters(
      graph,
      view(
        { kind: 'stance', values: ['allegation', 'denial'] },
        { kind: 'focus', node: 'acme-corp', depth: 1 },
      ),
    );
    expect(sorted(filtered.nodes)).toEqual(['acme-corp', 'claim-acme-dumped-steel']);
    expect(sorted(filtered.edges)).toEqual(['ab-dumped-acme', 'st-acme-denies-dumping']);

    // a focus node that the filters hide, or that does not exist, empties the view
    for (const node of ['carol-diaz', 'nobody']) {
      const set = applyFilters(graph, {
        filters: [
          { kind: 'stance', values: ['denial'] },
          { kind: 'focus', node, depth: 3 },
        ],
        context: true,
      });
      expect(set.nodes.size + set.edges.size + set.contextNodes.size + set.contextEdges.size).toBe(
        0,
      );
    }
  });

  it('context adds the one-hop ring, disjoint from the visible set', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const set = applyFilters(graph, { filters: [...PRESETS.denials], context: true });
    expect(sorted(set.nodes)).toEqual(['acme-corp', 'claim-acme-dumped-steel']);
    expect(sorted(set.contextNodes)).toEqual([
      'carol-diaz',
      'claim-protest-will-close-plant',
      'radio-free',
    ]);
    expect(sorted(set.contextEdges)).toEqual([
      'ab-closure-acme',
      'reported:st-diaz-acme-dumped:radio-free',
      'st-acme-evades-closure',
      'st-diaz-acme-dumped',
    ]);
    for (const n of set.contextNodes) expect(set.nodes.has(n)).toBe(false);
    for (const e of set.contextEdges) expect(set.edges.has(e)).toBe(false);
    // without the option there is no context
    expect(applyFilters(graph, { filters: [...PRESETS.denials] }).contextNodes.size).toBe(0);
  });
});

describe('applyFilters on the article', () => {
  it('denials: the two deniers and the claims they deny', async () => {
    const { graph } = await loadArticle();
    const set = applyFilters(graph, presetView('denials'));
    const statements = statementIds(graph, set);
    expect(statements).toHaveLength(5);
    for (const id of statements)
      expect(graph.getEdgeAttributes(id)).toMatchObject({ stance: 'denial' });
    const actors = [...set.nodes].filter((n) => graph.getNodeAttributes(n).kind === 'actor').sort();
    expect(actors).toEqual(['aleksandr-matsegora', 'ashot-mkrtychev']);
  });

  it('contested: exactly the statements on contested claims', async () => {
    const { graph } = await loadArticle();
    const set = applyFilters(graph, presetView('contested'));
    const expected = contestedClaims(graph)
      .flatMap((c) => statementsOn(graph, c.claim.id))
      .map((s) => s.id)
      .sort();
    expect(expected.length).toBeGreaterThan(5);
    expect(statementIds(graph, set)).toEqual(expected);
  });

  it('via RIA Novosti: Ilyichov and Vorontsov, with the outlet and its reported edges', async () => {
    const { graph } = await loadArticle();
    const set = applyFilters(graph, view({ kind: 'via', values: ['ria-novosti'] }));
    const speakers = new Set(statementIds(graph, set).map((e) => graph.source(e)));
    expect([...speakers].sort()).toEqual(['aleksandr-vorontsov', 'pyotr-ilyichov']);
    expect(set.nodes.has('ria-novosti')).toBe(true);
    for (const e of statementIds(graph, set))
      expect(set.edges.has(`reported:${e}:ria-novosti`)).toBe(true);
  });

  it('date filter agrees with effectiveDate', async () => {
    const { graph } = await loadArticle();
    const set = applyFilters(graph, view({ kind: 'date', from: '2023-09-13', to: '2023-09-13' }));
    const expected = allStatements(graph)
      .filter((s) => {
        const d = effectiveDate(graph, s.id);
        return d === '2023' || d === '2023-09' || d === '2023-09-13';
      })
      .map((s) => s.id)
      .sort();
    expect(statementIds(graph, set)).toEqual(expected);
    expect(set.edges.has('st-kirby-food-for-ammunition')).toBe(false); // March 2023
    expect(set.nodes.has('vostochny-talks')).toBe(true);
  });

  it('text with a non-breaking hyphen finds the plain spellings (folding both sides)', async () => {
    const { graph } = await loadArticle();
    const set = applyFilters(graph, view({ kind: 'text', query: 'Kim Jong\u2011un' }));
    expect(set.nodes.has('kim-jong-un')).toBe(true);
    const statements = statementIds(graph, set);
    // evidence with the plain "Kim Jong-un"
    expect(statements).toContain('st-putin-visit-anniversaries');
    expect(statements).toContain('st-stratfor-kim-urged-production');
    // by the speaker's name
    expect(statements).toContain('st-kim-needs-reconnaissance-satellite');
    expect(statements).not.toContain('st-kirby-chips-npr');
  });
});

describe('normalizeView', () => {
  it('merges kinds, sorts values and drops inactive descriptors', () => {
    expect(
      normalizeView({
        filters: [
          { kind: 'focus', node: 'a', depth: 2 },
          { kind: 'stance', values: ['denial', 'allegation'] },
          { kind: 'speaker', values: ['b', 'a'] },
          { kind: 'text', query: '  Kim \u00a0 Jong ' },
          { kind: 'stance', values: ['allegation'] },
          { kind: 'via', values: [] },
          { kind: 'contested' },
          { kind: 'contested' },
          { kind: 'date', from: '2020' },
          { kind: 'date', to: '2023' },
        ],
        context: false,
      }),
    ).toEqual({
      filters: [
        { kind: 'stance', values: ['allegation', 'denial'] },
        { kind: 'contested' },
        { kind: 'speaker', values: ['a', 'b'] },
        { kind: 'date', to: '2023' },
        { kind: 'text', query: 'Kim Jong' },
        { kind: 'focus', node: 'a', depth: 2 },
      ],
    });
  });
});

describe('facetCounts and visibleCounts', () => {
  it('without filters the facets are the document totals', async () => {
    const { graph } = await loadArticle();
    const stats = computeStats(graph);
    const facets = facetCounts(graph, view());
    expect(facets.stance).toEqual(stats.byStance);
    expect(facets.actorType).toEqual(stats.byActorType);
    expect(facets.totals).toEqual({ nodes: graph.order, edges: graph.size, statements: 55 });
  });

  it('each stance counts as if it alone were selected, other filters kept', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const facets = facetCounts(
      graph,
      view({ kind: 'stance', values: ['denial'] }, { kind: 'speaker', values: ['acme-corp'] }),
    );
    expect(facets.stance).toMatchObject({ denial: 1, evasion: 1, allegation: 0, assessment: 0 });
    expect(facets.totals).toEqual({ nodes: 2, edges: 2, statements: 1 });
    // actor types: Acme's statements under the current stance filter bring only Acme itself
    expect(facets.actorType).toMatchObject({ company: 1, person: 0 });
  });

  it('actor types count visible actors, through seeds and through statements', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const facets = facetCounts(graph, view({ kind: 'stance', values: ['allegation'] }));
    // allegation + actorType person: Carol Diaz; + media: nobody speaks, Radio Free is an outlet
    expect(facets.actorType).toMatchObject({ person: 1, media: 0, company: 0 });
  });

  it('agrees with applying each one-value filter in turn, with and without focus', async () => {
    const { graph } = await loadArticle();
    const withOnly = (filters: FilterDescriptor[], kind: 'stance' | 'actorType', value: string) =>
      view(...filters.filter((f) => f.kind !== kind), {
        kind,
        values: [value],
      } as FilterDescriptor);
    const reference = (filters: FilterDescriptor[]) => ({
      stance: Object.fromEntries(
        STANCES.map((s) => [
          s,
          visibleCounts(graph, applyFilters(graph, withOnly(filters, 'stance', s))).statements,
        ]),
      ),
      actorType: Object.fromEntries(
        ACTOR_TYPES.map((t) => [
          t,
          [...applyFilters(graph, withOnly(filters, 'actorType', t)).nodes].filter((id) => {
            const node = graph.getNodeAttributes(id);
            return node.kind === 'actor' && node.actorType === t;
          }).length,
        ]),
      ),
    });
    const views: FilterDescriptor[][] = [
      [],
      [{ kind: 'stance', values: ['denial', 'allegation'] }],
      [{ kind: 'contested' }],
      [{ kind: 'actorType', values: ['state', 'person'] }],
      [{ kind: 'text', query: 'korea' }],
      [{ kind: 'date', from: '2017' }],
      [
        { kind: 'stance', values: ['assertion'] },
        { kind: 'actorType', values: ['government'] },
      ],
      [{ kind: 'focus', node: 'north-korea', depth: 2 }],
    ];
    for (const filters of views) {
      const facets = facetCounts(graph, view(...filters));
      expect({ stance: facets.stance, actorType: facets.actorType }).toEqual(reference(filters));
    }
  });

  it('in steps: one pass a step, 17 with focus, the same counts as at once', async () => {
    const { graph } = await loadArticle();
    const stepsOf = (v: ViewFilter) => {
      const steps = facetCountSteps(graph, v);
      let yields = 0;
      for (;;) {
        const step = steps.next();
        if (step.done) return { yields, counts: step.value };
        yields += 1;
      }
    };
    const plain = view({ kind: 'stance', values: ['denial'] });
    const focused = view({ kind: 'focus', node: 'north-korea', depth: 2 });
    expect(stepsOf(plain)).toEqual({ yields: 1, counts: facetCounts(graph, plain) });
    expect(stepsOf(focused)).toEqual({
      yields: 1 + STANCES.length + ACTOR_TYPES.length,
      counts: facetCounts(graph, focused),
    });
  });

  it('visibleCounts counts kinds, statements and derived edges', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const counts = visibleCounts(
      graph,
      applyFilters(graph, { filters: [...PRESETS.allegations], context: true }),
    );
    expect(counts).toEqual({
      nodes: 3,
      edges: 2,
      statements: 1,
      derivedEdges: 1,
      byNodeKind: { actor: 2, event: 0, claim: 1 },
      contextNodes: 2,
      contextEdges: 3,
    });
  });
});

describe('recentFilters', () => {
  it('gives what applyFilters gives, and the same sets again for the same view', async () => {
    const { graph } = await loadArticle();
    const denials = view({ kind: 'stance', values: ['denial'] });
    const first = recentFilters(graph, denials);
    expect(sorted(first.nodes)).toEqual(sorted(applyFilters(graph, denials).nodes));
    expect(sorted(first.edges)).toEqual(sorted(applyFilters(graph, denials).edges));
    // An equal view built anew, and one that differs only by the order of its values.
    expect(recentFilters(graph, view({ kind: 'stance', values: ['denial'] }))).toBe(first);
    const two = recentFilters(graph, view({ kind: 'stance', values: ['denial', 'rebuttal'] }));
    expect(recentFilters(graph, view({ kind: 'stance', values: ['rebuttal', 'denial'] }))).toBe(
      two,
    );
  });

  it('tells views apart by their filters and their context, and graphs apart', async () => {
    const { graph } = await loadArticle();
    const { graph: other } = await loadArticle();
    const denials = view({ kind: 'stance', values: ['denial'] });
    const plain = recentFilters(graph, denials);
    const withContext = recentFilters(graph, { ...denials, context: true });
    expect(withContext).not.toBe(plain);
    expect(withContext.contextNodes.size).toBeGreaterThan(0);
    expect(plain.contextNodes.size).toBe(0);
    expect(recentFilters(other, denials)).not.toBe(plain);
  });

  it('forgets all but the last three views', async () => {
    const { graph } = await loadArticle();
    const first = recentFilters(graph, view({ kind: 'stance', values: ['denial'] }));
    for (const stance of ['allegation', 'assertion', 'condemnation'] as const)
      recentFilters(graph, view({ kind: 'stance', values: [stance] }));
    expect(recentFilters(graph, view({ kind: 'stance', values: ['denial'] }))).not.toBe(first);
    // A view asked for again moves to the front: it outlives older ones.
    const kept = recentFilters(graph, view({ kind: 'stance', values: ['assertion'] }));
    recentFilters(graph, view({ kind: 'stance', values: ['evasion'] }));
    recentFilters(graph, view({ kind: 'stance', values: ['rebuttal'] }));
    expect(recentFilters(graph, view({ kind: 'stance', values: ['assertion'] }))).toBe(kept);
  });
});
