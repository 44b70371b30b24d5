/**
 * Export → import round trips: the bundled article through every importable format, and
 * fast-check properties over random small graphs full of hostile strings.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, type ClaimGraph } from '../model/build.ts';
import { documentGraphSchema } from '../model/schema.ts';
import { loadArticle, type Loaded } from '../model/test-support.ts';
import { toCyjs } from './cyjs.ts';
import { claimDocument, genericGraph, genericSpec, META } from './fixtures/arbitraries.ts';
import { toGexf, toGexf13 } from './gexf.ts';
import { toGraphml } from './graphml.ts';
import { importGraph } from './import.ts';
import { toJgf } from './jgf.ts';
import { toJson } from './json.ts';
import type { ExportOptions, ImportedGraph, ImportResult, Point } from './types.ts';

const GRAPH_FORMATS = {
  gexf: toGexf,
  gexf13: toGexf13,
  graphml: toGraphml,
  jgf: toJgf,
  cyjs: toCyjs,
} as const;

let article: Loaded;
let opts: ExportOptions;
beforeAll(async () => {
  article = await loadArticle();
  opts = {
    documentId: article.doc.document.id,
    title: article.doc.document.title,
    document: article.doc.document,
    text: article.text,
  };
});

function expectOk(result: ImportResult): asserts result is Extract<ImportResult, { ok: true }> {
  if (!result.ok) throw new Error(`import failed:\n${JSON.stringify(result.errors, null, 2)}`);
}

/** Every node and edge of `expected`, with the same endpoints and attributes, and nothing else. */
function expectSameGraph(actual: ImportedGraph, expected: ImportedGraph) {
  const a = actual as ClaimGraph;
  const e = expected as ClaimGraph;
  expect(a.order).toBe(e.order);
  expect(a.size).toBe(e.size);
  e.forEachNode((id, attrs) => {
    expect(a.hasNode(id), `node ${JSON.stringify(id)}`).toBe(true);
    expect(a.getNodeAttributes(id)).toEqual(attrs);
  });
  e.forEachEdge((id, attrs, source, target) => {
    expect(a.hasEdge(id), `edge ${JSON.stringify(id)}`).toBe(true);
    expect(a.source(id)).toBe(source);
    expect(a.target(id)).toBe(target);
    expect(a.getEdgeAttributes(id)).toEqual(attrs);
  });
}

describe('the article round-trips', () => {
  it.each(Object.keys(GRAPH_FORMATS) as (keyof typeof GRAPH_FORMATS)[])(
    'through %s with every id, attribute, label and derived edge',
    (format) => {
      const result = importGraph(GRAPH_FORMATS[format](article.graph, opts));
      expectOk(result);
      expect(result.format).toBe(format);
      expect(result.isClaimgraph).toBe(true);
      expect(result.warnings).toEqual([]);
      expectSameGraph(result.graph, article.graph);
      expect(result.document).toEqual({
        id: article.doc.document.id,
        title: article.doc.document.title,
      });
      const denial = result.graph.getEdgeAttributes('st-mkrtychev-denies-brokering');
      expect(denial).toMatchObject({
        kind: 'statement',
        stance: 'denial',
        cue: 'denied the allegations',
        via: [],
      });
    },
  );

  it('through claimgraph JSON, with the text and the full document metadata', () => {
    const result = importGraph(toJson(article.graph, opts));
    expectOk(result);
    expect(result).toMatchObject({
      format: 'json',
      isClaimgraph: true,
      text: article.text,
      warnings: [],
    });
    expect(result.document).toEqual(article.doc.document);
    expectSameGraph(result.graph, article.graph);
  });

  it.each(['gexf', 'gexf13', 'graphml', 'jgf', 'cyjs'] as const)(
    'keeps positions and colours through %s',
    (format) => {
      const positions = new Map<string, Point>(
        article.graph.nodes().map((id, i) => [id, { x: i * 1.5 - 40, y: 0.1 * i }]),
      );
      const colors = { 'kim-jong-un': '#123456' };
      const result = importGraph(
        GRAPH_FORMATS[format](article.graph, { ...opts, positions, colors }),
      );
      expectOk(result);
      for (const [id, p] of positions) expect(result.positions?.[id]).toEqual(p);
      expect(result.colors?.['kim-jong-un']).toBe('#123456');
      expect(result.colors?.['vladimir-putin']).toBe('#4e79a7');
    },
  );
});

/** ~100 runs keep each property well under a second; FC_RUNS=2000 for a deeper search. */
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 100) };

describe('property: random claimgraph graphs with hostile strings round-trip', () => {
  it.each(Object.keys(GRAPH_FORMATS) as (keyof typeof GRAPH_FORMATS)[])(
    'through %s',
    (format) => {
      fc.assert(
        fc.property(claimDocument, (doc) => {
          const graph = buildGraph(documentGraphSchema.parse(doc));
          const result = importGraph(
            GRAPH_FORMATS[format](graph, { documentId: META.id, title: META.title }),
          );
          expectOk(result);
          expect(result.isClaimgraph, JSON.stringify(result.warnings.slice(0, 3))).toBe(true);
          expectSameGraph(result.graph, graph);
        }),
        RUNS,
      );
    },
    60_000,
  );

  it('through claimgraph JSON (no text: spans unchecked, editorial findings as warnings)', () => {
    fc.assert(
      fc.property(claimDocument, (doc) => {
        const graph = buildGraph(documentGraphSchema.parse(doc));
        const result = importGraph(toJson(graph, { documentId: META.id, document: META }));
        expectOk(result);
        // toJson drops claims without statements and via entries outside the graph; compare
        // with what it kept, rebuilt.
        const kept = JSON.parse(toJson(graph, { documentId: META.id, document: META })) as {
          graph: typeof doc;
        };
        expectSameGraph(result.graph, buildGraph(kept.graph));
      }),
      RUNS,
    );
  }, 60_000);
});

describe('text XML cannot carry', () => {
  it('keeps a claimgraph graph claimgraph through GraphML and GEXF (a mention of only such characters)', () => {
    const doc = {
      schemaVersion: 1,
      document: META,
      nodes: [
        {
          id: 'acme',
          kind: 'actor',
          actorType: 'company',
          label: 'Acme',
          mentions: [{ start: 0, end: 2, exact: '\uFFFE\uFFFF' }],
        },
      ],
      edges: [],
    };
    const graph = buildGraph(documentGraphSchema.parse(doc));
    for (const write of [toGraphml, toGexf]) {
      const result = importGraph(write(graph, { documentId: META.id, title: META.title }));
      expectOk(result);
      expect(result.isClaimgraph, JSON.stringify(result.warnings.slice(0, 3))).toBe(true);
      const acme = result.graph.getNodeAttributes('acme');
      expect(acme.kind === 'actor' ? acme.mentions[0]?.exact : acme).toBe('\uFFFD\uFFFD');
    }
  });
});

describe('property: random foreign graphs with hostile ids and attribute names round-trip', () => {
  it.each(Object.keys(GRAPH_FORMATS) as (keyof typeof GRAPH_FORMATS)[])(
    'through %s',
    (format) => {
      fc.assert(
        fc.property(genericSpec, (spec) => {
          const graph = genericGraph(spec);
          const result = importGraph(GRAPH_FORMATS[format](graph, { documentId: 'foreign' }));
          expectOk(result);
          if (result.isClaimgraph) throw new Error('expected a generic graph');
          const back = result.graph;
          expect(back.order).toBe(spec.nodes.length);
          expect(back.size).toBe(spec.edges.length);
          for (const n of spec.nodes) {
            const got = back.getNodeAttributes(n.id);
            expect(got.label).toBe(n.label);
            expect({ ...got.attributes }).toEqual({ ...n.attributes });
          }
          for (const e of spec.edges) {
            const got = back.getEdgeAttributes(e.id);
            expect([back.source(e.id), back.target(e.id)]).toEqual([e.source, e.target]);
            expect(got.label).toBe(e.label);
            expect({ ...got.attributes }).toEqual({ ...e.attributes });
          }
        }),
        RUNS,
      );
    },
    60_000,
  );
});
