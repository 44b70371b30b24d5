/**
 * Hostile input beyond random fuzzing.
 *  - XML (fixtures/hostile/): entity expansion ("billion laughs", quadratic blowup), external
 *    entities (XXE: file and HTTP, PUBLIC), parameter entities, an internal subset that
 *    defines entities, an external DTD, DTD attribute defaults, XInclude. Each one is
 *    refused, or imported with nothing expanded, fetched or defaulted, in bounded time; the
 *    content of /etc/passwd never appears anywhere in the result.
 *  - Amplification: defaults and attribute names that every element repeats, deep JSON.
 *  - Huge values: multi-megabyte labels and attribute values in every format.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_EXPANDED_CHARS } from './assemble.ts';
import { FIXTURES } from './fixtures/external.ts';
import {
  MAX_IMPORT_MS,
  prototypeSnapshot,
  safeGenericGraph,
} from './fixtures/hostile/fuzz-support.ts';
import { exportGraph } from './index.ts';
import { importBytes, importGraph } from './import.ts';
import { MAX_JSON_DEPTH } from './json-parse.ts';
import type { AttrValue, ImportResult } from './types.ts';

const HOSTILE = path.join(FIXTURES, 'hostile');
const read = (name: string) => readFileSync(path.join(HOSTILE, name), 'utf8');
const BOUND_MS = 1000;

/** Everything an import result holds, as text: errors, warnings, document, nodes, edges. */
function everything(result: ImportResult): string {
  if (!result.ok) return JSON.stringify(result);
  const { graph, ...rest } = result;
  return JSON.stringify({ ...rest, graph: graph.export() });
}

function timedImport(text: string, filename: string): ImportResult {
  const start = performance.now();
  const result = importGraph(text, filename);
  const ms = performance.now() - start;
  expect(ms, `${filename} took ${ms.toFixed(0)} ms`).toBeLessThan(BOUND_MS);
  return result;
}

function errorsOf(result: ImportResult) {
  if (result.ok) throw new Error(`expected a refusal, got ${everything(result).slice(0, 300)}`);
  expect(result.errors.length).toBeGreaterThan(0);
  for (const e of result.errors) {
    expect(e.where.length).toBeGreaterThan(0);
    expect(e.message.length).toBeGreaterThan(0);
  }
  return result.errors;
}

/** No file content, no expansion, in the result or in any export of it. */
function expectNothingLeaked(result: ImportResult, filename: string) {
  const all = [everything(result)];
  if (result.ok)
    for (const format of ['gexf', 'graphml', 'jgf', 'cyjs', 'csv', 'md'] as const)
      all.push(
        ...exportGraph(result.graph, format, { documentId: 'hostile' }).map((f) => f.content),
      );
  for (const text of all) {
    expect(text, filename).not.toContain('root:');
    expect(text, filename).not.toContain('/bin/bash');
    expect(text, filename).not.toContain('lollol');
    expect(text, filename).not.toContain('QQQQ');
    expect(text, filename).not.toContain('from-dtd');
    expect(text, filename).not.toContain('Alice');
  }
}

const before = prototypeSnapshot();
const fetchSpy = vi.fn(() => {
  throw new Error('the importer tried to fetch something');
});

beforeEach(() => {
  vi.stubGlobal('fetch', fetchSpy);
});
afterEach(() => {
  vi.unstubAllGlobals();
  expect(fetchSpy).not.toHaveBeenCalled();
});
afterAll(() => {
  expect(prototypeSnapshot()).toBe(before);
});

describe('entity declarations are refused at once, before anything is expanded or fetched', () => {
  it.each([
    'billion-laughs.graphml',
    'billion-laughs.gexf',
    'quadratic-blowup.graphml',
    'quadratic-blowup.gexf',
    'xxe-file.graphml',
    'xxe-file.gexf',
    'xxe-http.graphml',
    'xxe-public.gexf',
    'parameter-entities.graphml',
    'parameter-entity-dtd.gexf',
    'internal-subset-entities.gexf',
  ])('%s', (name) => {
    const text = read(name);
    expect(text).toMatch(/<!ENTITY/);
    const result = timedImport(text, name);
    const errors = errorsOf(result);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toBe(
      'the DOCTYPE declares entities: refused, claimgraph never expands DTD entities',
    );
    expect(errors[0]?.expected).toBe('a document without <!ENTITY> declarations');
    // Where the DOCTYPE ends, so a person can find it.
    expect(errors[0]?.where).toMatch(/^line \d+, column \d+$/);
    expectNothingLeaked(result, name);
    // The same through the bytes entry point (File contents).
    const start = performance.now();
    const fromBytes = importBytes(new TextEncoder().encode(text), name);
    expect(performance.now() - start).toBeLessThan(BOUND_MS);
    expect(errorsOf(fromBytes)[0]?.message).toBe(errors[0]?.message);
  });

  it('the same with the entity references left in but the DOCTYPE removed: undefined entities', () => {
    for (const name of ['billion-laughs.graphml', 'xxe-file.graphml', 'quadratic-blowup.gexf']) {
      const text = read(name).replace(/<!DOCTYPE[\s\S]*?\]>/, '');
      expect(text).not.toContain('<!DOCTYPE');
      const result = timedImport(text, name);
      expect(errorsOf(result)[0]?.message).toMatch(/^malformed XML: undefined entity/);
      expectNothingLeaked(result, name);
    }
  });

  it('every variant of the declaration is caught (case, whitespace, comments around it)', () => {
    const variants = [
      '<!DOCTYPE graphml [<!ENTITY a "b">]>',
      '<!DOCTYPE graphml [\n\t<!ENTITY\n\ta\n\t"b"\n>]>',
      '<!DOCTYPE graphml [<!-- x --><!ENTITY a "b"><!-- y -->]>',
      '<!DOCTYPE graphml [<!ENTITY % p "b">]>',
      '<!DOCTYPE graphml [<!entity a "b">]>',
      '<!DOCTYPE graphml PUBLIC "-//x//y" "http://127.0.0.1:9/x.dtd" [<!ENTITY a "b">]>',
    ];
    for (const doctype of variants) {
      const text = `<?xml version="1.0"?>${doctype}<graphml><graph><node id="&a;"/></graph></graphml>`;
      const result = timedImport(text, 'variant.graphml');
      errorsOf(result);
      expectNothingLeaked(result, doctype);
    }
  });
});

describe('DOCTYPEs without entity declarations: nothing is fetched, expanded or defaulted', () => {
  it('an external DTD is ignored (never read): the graph imports as written', () => {
    const result = timedImport(read('external-dtd.graphml'), 'external-dtd.graphml');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.graph.getNodeAttributes('n0').label).toBe('plain');
    expectNothingLeaked(result, 'external-dtd.graphml');
  });

  it('DTD attribute defaults are not applied (a node label, an edge id)', () => {
    const result = timedImport(read('attlist-defaults.graphml'), 'attlist-defaults.graphml');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.graph.getNodeAttributes('n0').label).toBe('n0');
    expect(result.graph.edges()).toEqual(['e0']);
    expectNothingLeaked(result, 'attlist-defaults.graphml');
  });

  it('entity syntax inside CDATA or escaped stays literal text', () => {
    const result = timedImport(read('cdata-entities.graphml'), 'cdata-entities.graphml');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.graph.getNodeAttributes('n0').label).toBe(
      '&xxe; <!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    );
    expect(result.graph.getNodeAttributes('n1').label).toBe('&lol9; &xxe;');
    expectNothingLeaked(result, 'cdata-entities.graphml');
  });

  it('XInclude is not processed: the include element is skipped', () => {
    const result = timedImport(read('xinclude.graphml'), 'xinclude.graphml');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.graph.nodes()).toEqual(['n0']);
    expect(result.graph.getNodeAttributes('n0').label).toBe('n0');
    expect(result.warnings.map((w) => w.message)).toContain(
      'yFiles graphics data (shapes, geometry) is not read',
    );
    expectNothingLeaked(result, 'xinclude.graphml');
  });
});

describe('character references that XML 1.0 forbids are errors, not characters', () => {
  it.each(['&#0;', '&#x0;', '&#xD800;', '&#xDFFF;', '&#xFFFE;', '&#x110000;', '&#1114112;'])(
    '%s in a label',
    (ref) => {
      const text = `<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2"><graph><nodes><node id="a" label="x${ref}y"/></nodes><edges/></graph></gexf>`;
      const errors = errorsOf(timedImport(text, 'refs.gexf'));
      expect(errors[0]?.message).toMatch(/^malformed XML: /);
    },
  );
});

describe('amplification: a small file that would expand past what any export can write', () => {
  const nodes = (n: number, tag = (i: number) => `<node id="n${i}"/>`) =>
    Array.from({ length: n }, (_, i) => tag(i)).join('');

  it('a GraphML <default> repeated on every node is refused (every export used to throw)', () => {
    const big = 'x'.repeat(1_000_000);
    const text = `<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="d" for="node" attr.name="note" attr.type="string"><default>${big}</default></key><graph edgedefault="directed">${nodes(60)}</graph></graphml>`;
    const errors = errorsOf(timedImport(text, 'default-bomb.graphml'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      where: '(file)',
      expected: 'smaller default values and attribute names, or fewer elements',
    });
    expect(errors[0]?.message).toBe(
      `the graph expands to 60,000,410 characters of ids, labels and attribute values (defaults and attribute names count on every element), over the limit of ${MAX_EXPANDED_CHARS.toLocaleString('en')}`,
    );
  });

  it('a GEXF <default> and a huge attribute title, repeated on every node, are refused', () => {
    const big = 'x'.repeat(1_000_000);
    const withDefault = `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><attributes class="node"><attribute id="0" title="note" type="string"><default>${big}</default></attribute></attributes><nodes>${nodes(60)}</nodes><edges/></graph></gexf>`;
    expect(errorsOf(timedImport(withDefault, 'default-bomb.gexf'))[0]?.message).toMatch(
      /^the graph expands to 60,000,\d+ characters/,
    );
    const longTitle = `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><attributes class="node"><attribute id="0" title="${big}" type="string"/></attributes><nodes>${nodes(60, (i) => `<node id="n${i}"><attvalues><attvalue for="0" value="v"/></attvalues></node>`)}</nodes><edges/></graph></gexf>`;
    expect(errorsOf(timedImport(longTitle, 'title-bomb.gexf'))[0]?.message).toMatch(
      /^the graph expands to 60,000,\d+ characters/,
    );
  });

  it('just under the limit, every export is written (none throws)', () => {
    const big = 'x'.repeat(Math.floor(MAX_EXPANDED_CHARS / 50) - 100);
    const text = `<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="d" for="node" attr.name="note" attr.type="string"><default>${big}</default></key><graph edgedefault="directed">${nodes(50)}</graph></graphml>`;
    const result = timedImport(text, 'near-limit.graphml');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    for (const format of ['gexf', 'graphml', 'jgf', 'cyjs', 'csv', 'md'] as const)
      expect(
        exportGraph(result.graph, format, { documentId: 'x' })[0]?.content.length,
      ).toBeGreaterThan(0);
  });
});

describe('deep JSON nesting is refused with where it is (no stack overflow)', () => {
  it.each([
    ['JGF metadata', (deep: string) => `{"graph":{"nodes":{"a":{"metadata":{"x":${deep}}}}}}`],
    ['Cytoscape data', (deep: string) => `{"elements":[{"data":{"id":"a","x":${deep}}}]}`],
    ['claimgraph JSON', (deep: string) => `{"claimgraphExport":1,"graph":{"nodes":[${deep}]}}`],
  ])('%s', (_name, wrap) => {
    for (const depth of [MAX_JSON_DEPTH + 1, 10_000, 1_000_000]) {
      const text = wrap(`${'['.repeat(depth)}${']'.repeat(depth)}`);
      const start = performance.now();
      const result = importGraph(text, 'deep.json');
      expect(performance.now() - start).toBeLessThan(BOUND_MS);
      const [error] = errorsOf(result);
      expect(error?.message).toBe(`values are nested more than ${MAX_JSON_DEPTH} deep`);
      expect(error?.where).toMatch(/^line 1, column \d+$/);
      expect(error?.expected).toBe(`at most ${MAX_JSON_DEPTH} levels of arrays and objects`);
    }
  });

  it('nesting up to the limit is fine (a nested attribute value is kept as JSON text)', () => {
    const deep = `${'['.repeat(MAX_JSON_DEPTH - 5)}1${']'.repeat(MAX_JSON_DEPTH - 5)}`;
    const result = importGraph(`{"graph":{"nodes":{"a":{"metadata":{"x":${deep}}}}}}`);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const node = result.graph.getNodeAttributes('a');
    expect(node.kind === 'generic' && node.attributes.x).toBe(JSON.stringify(JSON.parse(deep)));
    expect(result.warnings).toContainEqual({
      where: '$.graph.nodes.a.metadata.x',
      message: 'a nested value was kept as its JSON text',
    });
  });

  it('brackets inside strings do not count', () => {
    const text = `{"graph":{"nodes":{"a":{"label":${JSON.stringify('['.repeat(10_000) + '\\"{')}}}}}`;
    const result = importGraph(text);
    expect(result.ok && result.graph.getNodeAttributes('a').label).toBe(
      `${'['.repeat(10_000)}\\"{`,
    );
  });
});

describe('multi-megabyte labels and values, in every format', () => {
  it.each(['gexf', 'gexf13', 'graphml', 'jgf', 'cyjs'] as const)('%s', (format) => {
    // 600 000 characters that the XML exports escape to ~4.5 MB, and a 3 MB attribute value.
    const label = `<img src=x onerror=alert(1)> ${'é&<"\n\t'.repeat(100_000)}`;
    const attributes = Object.create(null) as Record<string, AttrValue>;
    attributes.note = 'n'.repeat(3_000_000);
    const graph = safeGenericGraph({
      nodes: [
        { id: 'big', label, attributes },
        { id: '__proto__', label: 'small', attributes: Object.create(null) },
      ],
      edges: [
        { id: 'e', source: 'big', target: '__proto__', label, attributes: Object.create(null) },
      ],
    });
    const [file] = exportGraph(graph, format, { documentId: 'big' });
    const start = performance.now();
    const result = importGraph(file?.content ?? '', file?.name);
    expect(performance.now() - start).toBeLessThan(MAX_IMPORT_MS);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const node = result.graph.getNodeAttributes('big');
    expect(node.label === label).toBe(true);
    expect(node.kind === 'generic' && node.attributes.note === attributes.note).toBe(true);
    const edge = result.graph.getEdgeAttributes('e');
    expect(edge.kind === 'generic' && edge.label === label).toBe(true);
  });
});
