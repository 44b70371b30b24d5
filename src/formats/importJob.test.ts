/**
 * An import crossing from the import worker to the page (importJob.ts): what the page rebuilds
 * from a structured clone is the very result the importer made, down to which objects have
 * no prototype, for the article in every format and for random foreign graphs full of hostile
 * ids and attribute names.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticle, type Loaded } from '../model/test-support.ts';
import { toCyjs } from './cyjs.ts';
import { genericGraph, genericSpec } from './fixtures/arbitraries.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';
import { importGraph } from './import.ts';
import { rebuildImport, serializeImport } from './importJob.ts';
import { toJgf } from './jgf.ts';
import { toJson } from './json.ts';
import type { AnyGraph, ExportOptions, ImportedGraph, ImportResult, Point } from './types.ts';

/** A value with each object's prototype spelled out: `null`, `Object`, `Array`, or a class. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return { '(proto)': 'Array', items: value.map(shape) };
  if (typeof value !== 'object' || value === null) return value;
  const proto: unknown = Object.getPrototypeOf(value);
  const kind =
    proto === null
      ? 'null'
      : proto === Object.prototype
        ? 'Object'
        : ((proto as { constructor?: { name?: string } }).constructor?.name ?? '?');
  const entries = Object.keys(value).map(
    (key) => [key, shape((value as Record<string, unknown>)[key])] as const,
  );
  return { '(proto)': kind, own: entries };
}

/** Every node and edge, in order, with endpoints and attribute shapes. */
function graphShape(imported: ImportedGraph): unknown {
  const graph = imported as AnyGraph;
  const nodes: unknown[] = [];
  const edges: unknown[] = [];
  graph.forEachNode((id, attributes) => nodes.push([id, shape(attributes)]));
  graph.forEachEdge((id, attributes, source, target) =>
    edges.push([id, source, target, shape(attributes)]),
  );
  return { attributes: shape(graph.getAttributes()), nodes, edges };
}

/** The result the page gets: serialised in the worker, cloned across, rebuilt. */
const acrossTheWorker = (result: ImportResult): ImportResult =>
  rebuildImport(structuredClone(serializeImport(result)));

function expectSameResult(rebuilt: ImportResult, original: ImportResult) {
  if (!original.ok || !rebuilt.ok) {
    expect(rebuilt).toEqual(original);
    return;
  }
  const { graph: a, ...restA } = rebuilt;
  const { graph: b, ...restB } = original;
  expect(shape(restA)).toEqual(shape(restB));
  expect(graphShape(a)).toEqual(graphShape(b));
}

let article: Loaded;
let opts: ExportOptions;
beforeAll(async () => {
  article = await loadArticle();
  const positions = new Map<string, Point>(
    article.graph.nodes().map((id, i) => [id, { x: i * 2, y: -i }]),
  );
  opts = {
    documentId: article.doc.document.id,
    title: article.doc.document.title,
    document: article.doc.document,
    text: article.text,
    positions,
    colors: { 'kim-jong-un': '#123456' },
  };
});

const WRITERS = { json: toJson, gexf: toGexf, graphml: toGraphml, jgf: toJgf, cyjs: toCyjs };

describe('an import rebuilt from its clone', () => {
  it.each(Object.keys(WRITERS) as (keyof typeof WRITERS)[])(
    'is the article imported from %s, positions and colours included',
    (format) => {
      const original = importGraph(WRITERS[format](article.graph, opts));
      expect(original.ok).toBe(true);
      const rebuilt = acrossTheWorker(original);
      expectSameResult(rebuilt, original);
      if (rebuilt.ok && format !== 'json')
        expect(Object.getPrototypeOf(rebuilt.positions)).toBeNull();
    },
  );

  it('keeps a failed import as it was', () => {
    const failed = importGraph('<graphml><graph><node id="a"/>', 'broken.graphml');
    expect(failed.ok).toBe(false);
    expect(acrossTheWorker(failed)).toEqual(failed);
  });

  it('keeps hostile attribute names own properties of prototype-less tables', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="k0" for="node" attr.name="__proto__" attr.type="string"/>
  <key id="k1" for="node" attr.name="constructor" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="__proto__"><data key="k0">polluted</data><data key="k1">x</data></node>
    <node id="toString"/>
    <edge source="__proto__" target="toString"/>
  </graph>
</graphml>`;
    const original = importGraph(text, 'hostile.graphml');
    const rebuilt = acrossTheWorker(original);
    expectSameResult(rebuilt, original);
    if (!rebuilt.ok || rebuilt.isClaimgraph) throw new Error('expected a foreign graph');
    const node = rebuilt.graph.getNodeAttributes('__proto__');
    expect(Object.getPrototypeOf(node.attributes)).toBeNull();
    expect(Object.hasOwn(node.attributes, '__proto__')).toBe(true);
    expect(node.attributes.__proto__).toBe('polluted');
    expect(rebuilt.graph.outNeighbors('__proto__')).toEqual(['toString']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('property: random foreign graphs come back as the importer made them', () => {
    fc.assert(
      fc.property(genericSpec, (spec) => {
        const original = importGraph(toGraphml(genericGraph(spec), { documentId: 'g' }));
        expectSameResult(acrossTheWorker(original), original);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
  });
});
