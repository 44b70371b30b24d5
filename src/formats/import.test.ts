/**
 * The importer on malformed, hostile and foreign files: every error says where it is and
 * what was expected; entities are never expanded; hostile ids survive a full circle.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticle, type Loaded } from '../model/test-support.ts';
import { detectFormat } from './detect.ts';
import { FIXTURES } from './fixtures/external.ts';
import { exportGraph, FORMATS } from './index.ts';
import { importBytes, importGraph, MAX_IMPORT_BYTES } from './import.ts';
import { toJson } from './json.ts';
import { toGexf } from './gexf.ts';
import type { FormatId, ImportResult } from './types.ts';

const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

function errorsOf(result: ImportResult) {
  if (result.ok) throw new Error('expected the import to fail');
  for (const e of result.errors) {
    expect(e.where.length, JSON.stringify(e)).toBeGreaterThan(0);
    expect(e.message.length, JSON.stringify(e)).toBeGreaterThan(0);
  }
  return result.errors;
}

let article: Loaded;
beforeAll(async () => {
  article = await loadArticle();
});

describe('malformed files', () => {
  it('truncated XML: where the document ends, and that a tag is unclosed', () => {
    const [error] = errorsOf(importGraph(fixture('truncated.gexf')));
    expect(error?.where).toMatch(/^line \d+, column \d+$/);
    expect(error?.message).toMatch(/malformed XML: unclosed tag/);
    expect(error?.expected).toContain('well-formed XML');
  });

  it('a wrong root element', () => {
    const errors = errorsOf(importGraph(fixture('wrong-root.xml'), 'graph.xml'));
    expect(errors).toEqual([
      {
        where: '/network (line 2, column 1)',
        message: 'unknown root element <network>',
        expected: '<gexf> or <graphml>',
      },
    ]);
  });

  it('a JSON syntax error, with line and column', () => {
    const text = '{\n  "graph": {\n    "nodes": { "a": { "label": "A" } x\n  }\n}\n';
    const result = importGraph(text, 'broken.json');
    expect(result).toMatchObject({ ok: false, format: 'json' });
    const [error] = errorsOf(result);
    expect(error).toEqual({
      where: 'line 3, column 38',
      message: 'invalid JSON: unexpected character "x"',
      expected: "',' or '}'",
    });
  });

  it('a JSON syntax error at the end of the file', () => {
    const [error] = errorsOf(importGraph('{"graph": {"nodes": {}'));
    expect(error?.where).toBe('line 1, column 23');
    expect(error?.message).toContain('unexpected end of input');
  });

  it('JGF without nodes', () => {
    const errors = errorsOf(importGraph(fixture('jgf-missing-nodes.json')));
    expect(errors[0]).toMatchObject({ where: '$.graph.nodes', message: 'the graph has no nodes' });
    expect(errors[0]?.expected).toContain('object mapping node ids to nodes');
  });

  it('JGF with an edge to a missing node', () => {
    const errors = errorsOf(importGraph(fixture('jgf-edge-to-missing-node.json')));
    expect(errors).toEqual([
      {
        where: '$.graph.edges[1]: target',
        message: '"x" is not a node of this graph',
        expected: 'the id of a node in the file',
      },
    ]);
  });

  it('GraphML with an edge to a missing node', () => {
    const errors = errorsOf(importGraph(fixture('edge-to-missing-node.graphml')));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.where).toMatch(
      /^\/graphml\/graph\[1\]\/edge\[2\] \(line 7, column 5\): target$/,
    );
    expect(errors[0]?.message).toBe('"ghost" is not a node of this graph');
  });

  it('GEXF: an undeclared attribute, a value of the wrong type, a node without id', () => {
    const gexf = `<?xml version="1.0"?>
<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2"><graph>
<attributes class="node"><attribute id="w" title="weight" type="double"/></attributes>
<nodes>
<node id="a"><attvalues><attvalue for="nope" value="1"/></attvalues></node>
<node id="b"><attvalues><attvalue for="w" value="heavy"/></attvalues></node>
<node label="no id"/>
</nodes><edges/></graph></gexf>`;
    const errors = errorsOf(importGraph(gexf));
    expect(errors.map((e) => e.message)).toEqual([
      '<attvalue for="nope"> names no declared attribute',
      'value "heavy" is not a double',
      'a <node> has no id',
    ]);
    expect(errors[0]?.where).toMatch(
      /^\/gexf\/graph\[1\]\/nodes\[1\]\/node\[1\]\/attvalues\[1\]\/attvalue\[1\] \(line 5,/,
    );
    expect(errors[1]?.expected).toBe('a double');
  });

  it('Cytoscape JSON: a node without id and an edge without target', () => {
    const text = JSON.stringify({
      elements: { nodes: [{ data: { label: 'x' } }], edges: [{ data: { source: 'a' } }] },
    });
    const errors = errorsOf(importGraph(text));
    expect(errors.map((e) => e.where)).toEqual([
      '$.elements.nodes[0].data.id',
      '$.elements.edges[0].data.target',
    ]);
  });

  it('duplicate node ids', () => {
    const text = JSON.stringify({ graph: { nodes: [{ id: 'a' }, { id: 'a' }], edges: [] } });
    const errors = errorsOf(importGraph(text));
    expect(errors[0]).toMatchObject({ where: '$.graph.nodes[1]', expected: 'a unique id' });
  });

  it('JSON of no known shape, and text that is neither XML nor JSON', () => {
    expect(errorsOf(importGraph('{"hello": 1}'))[0]).toMatchObject({ where: '$' });
    expect(errorsOf(importGraph('a,b\n1,2', 'x.csv'))[0]?.message).toBe(
      'CSV is an export-only format',
    );
    expect(errorsOf(importGraph('just words'))[0]?.message).toBe(
      'the file is neither XML nor JSON',
    );
  });

  it('claimgraph JSON that fails validation reports JSON paths', () => {
    const envelope = JSON.parse(
      toJson(article.graph, {
        documentId: article.doc.document.id,
        document: article.doc.document,
        text: article.text,
      }),
    ) as {
      graph: { edges: { source: string; stance?: string }[] };
    };
    const first = envelope.graph.edges[0];
    if (first) first.source = 'nobody';
    const errors = errorsOf(importGraph(JSON.stringify(envelope)));
    expect(errors).toContainEqual(
      expect.objectContaining({
        where: '$.graph.edges[0].source',
        message: '"nobody" is not a node of this document',
      }),
    );
  });

  it('claimgraph JSON whose text does not match its spans', () => {
    const json = toJson(article.graph, {
      documentId: article.doc.document.id,
      document: article.doc.document,
      text: article.text,
    });
    const envelope = JSON.parse(json) as { text: string };
    envelope.text = `X${envelope.text}`;
    const errors = errorsOf(importGraph(JSON.stringify(envelope)));
    expect(errors.some((e) => e.where === '$.graph.document.textSha256')).toBe(true);
    expect(errors.some((e) => /\.exact$/.test(e.where))).toBe(true);
  });
});

describe('hostile XML', () => {
  it('refuses billion laughs at once, without expanding anything', () => {
    const start = performance.now();
    const errors = errorsOf(importGraph(fixture('billion-laughs.gexf')));
    expect(performance.now() - start).toBeLessThan(500);
    expect(errors[0]?.message).toContain('declares entities');
    expect(errors[0]?.where).toMatch(/^line \d+, column \d+$/);
  });

  it('refuses an external entity (XXE) without reading the file', () => {
    const errors = errorsOf(importGraph(fixture('external-entity.graphml')));
    expect(errors[0]?.message).toContain('declares entities');
    expect(JSON.stringify(errors)).not.toContain('root:');
  });

  it('refuses a reference to an undeclared entity', () => {
    const errors = errorsOf(importGraph(fixture('undeclared-entity.graphml')));
    expect(errors[0]?.message).toContain('undefined entity');
    expect(errors[0]?.where).toMatch(/^line 5, column \d+$/);
  });

  it('refuses absurd nesting', () => {
    const deep = `<graphml>${'<x>'.repeat(100)}${'</x>'.repeat(100)}</graphml>`;
    expect(errorsOf(importGraph(deep))[0]?.message).toContain('nested more than 64 deep');
  });

  it('parses character references and CDATA, keeping markup as text', () => {
    const gexf = `<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2"><graph defaultedgetype="directed"><nodes>
<node id="a" label="&lt;b&gt; &amp; &#x1F600; &#10;x"/></nodes><edges/></graph></gexf>`;
    const result = importGraph(gexf);
    expect(result.ok && result.graph.getNodeAttributes('a').label).toBe('<b> & 😀 \nx');
  });
});

describe('size limit', () => {
  it(`refuses a file over MAX_IMPORT_BYTES (${MAX_IMPORT_BYTES} bytes) before parsing it`, () => {
    const big = `{"graph": {"nodes": {}, "edges": [], "label": "${'a'.repeat(MAX_IMPORT_BYTES)}"}}`;
    const start = performance.now();
    const errors = errorsOf(importGraph(big));
    expect(performance.now() - start).toBeLessThan(1000);
    expect(errors[0]).toMatchObject({
      where: '(file)',
      expected: 'at most 20.0 MiB (20971520 bytes)',
    });
    expect(errors[0]?.message).toMatch(/over the import limit of 20\.0 MiB/);
  });

  it('counts UTF-8 bytes, not characters', () => {
    const text = `{"graph": {"nodes": {"a": {"label": "${'é'.repeat(600)}"}}}}`;
    expect(importGraph(text, undefined, { maxBytes: 1000 }).ok).toBe(false);
    expect(importGraph(text, undefined, { maxBytes: 2000 }).ok).toBe(true);
    expect(importBytes(new TextEncoder().encode(text), 'x.json', { maxBytes: 1000 }).ok).toBe(
      false,
    );
    expect(importBytes(new Uint8Array([0x7b, 0xff]), 'x.json').ok).toBe(false);
  });
});

describe('foreign graphs become generic graphs', () => {
  it('a GraphML from another tool keeps its attributes, types and undirected edges', () => {
    const result = importGraph(fixture('foreign.graphml'));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.isClaimgraph).toBe(false);
    if (result.isClaimgraph) return;
    const paris = result.graph.getNodeAttributes('paris');
    expect(paris).toMatchObject({ kind: 'generic', label: 'Paris', type: 'city' });
    expect({ ...paris.attributes }).toEqual({ type: 'city', population: 2100000, capital: true });
    expect(result.graph.getEdgeAttributes('e0')).toMatchObject({
      directed: false,
      source: 'paris',
      target: 'lyon',
    });
    expect({ ...result.graph.getEdgeAttributes('e0').attributes }).toEqual({ weight: 2.5 });
    expect({ ...result.graph.getEdgeAttributes('again').attributes }).toEqual({ weight: 1 });
    expect(result.warnings).toContainEqual({
      where: '(edges)',
      message: '1 edge(s) had no id and were given one (e0, e1, …)',
    });
  });

  it('a file with claimgraph attributes that do not validate is imported as generic, saying why', () => {
    const gexf = toGexf(article.graph, { documentId: 'x' }).replace(
      'value="denial"',
      'value="shrug"',
    );
    const result = importGraph(gexf);
    expect(result.ok && result.isClaimgraph).toBe(false);
    const warnings = result.ok ? result.warnings : [];
    expect(warnings[0]?.message).toContain('not a valid claimgraph graph');
    expect(warnings[1]?.message).toMatch(/^not a claimgraph edge: stance: /);
    expect(warnings[1]?.where).toMatch(/^\/gexf\/graph\[1\]\/edges\[1\]\/edge\[\d+\]/);
  });

  it('Cytoscape desktop style: name as label, numeric ids, an elements array', () => {
    const text = JSON.stringify([
      { data: { id: 1, name: 'One', SUID: 1 }, position: { x: 1, y: 2 } },
      { data: { id: 2, name: 'Two' } },
      { data: { source: 1, target: 2, interaction: 'pp' } },
    ]);
    const result = importGraph(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.format).toBe('cyjs');
    expect(result.graph.getNodeAttributes('1')).toMatchObject({ label: 'One' });
    expect(result.positions?.['1']).toEqual({ x: 1, y: 2 });
    expect(result.graph.getEdgeAttributes('e0').source).toBe('1');
  });
});

describe('hostile ids: __proto__ and constructor, with edges between them', () => {
  const HOSTILE_GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="l" for="node" attr.name="label" attr.type="string"/>
  <key id="p" for="node" attr.name="__proto__" attr.type="string"/>
  <graph id="G" edgedefault="directed">
    <node id="__proto__"><data key="l">&lt;img src=x onerror=alert(1)&gt;</data><data key="p">polluted</data></node>
    <node id="constructor"><data key="l">constructor</data></node>
    <node id="toString"/>
    <edge id="__proto__" source="__proto__" target="constructor"/>
    <edge id="constructor" source="constructor" target="__proto__"/>
    <edge id="hasOwnProperty" source="__proto__" target="__proto__"/>
  </graph>
</graphml>`;

  it('imports them without touching any prototype', () => {
    const result = importGraph(HOSTILE_GRAPHML);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    if (result.isClaimgraph) throw new Error('expected a generic graph');
    expect(result.graph.nodes()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(result.graph.edges()).toEqual(['__proto__', 'constructor', 'hasOwnProperty']);
    expect(result.graph.source('constructor')).toBe('constructor');
    expect(result.graph.target('constructor')).toBe('__proto__');
    const proto = result.graph.getNodeAttributes('__proto__');
    expect(proto.label).toBe('<img src=x onerror=alert(1)>');
    expect(Object.keys(proto.attributes)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it.each(Object.keys(FORMATS) as FormatId[])(
    'exports them again as %s (and reads it back)',
    (format) => {
      const result = importGraph(HOSTILE_GRAPHML);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      if (format === 'json') {
        expect(() => exportGraph(result.graph, format, { documentId: 'hostile' })).toThrow(
          /foreign node/,
        );
        return;
      }
      const files = exportGraph(result.graph, format, { documentId: 'hostile' });
      expect(files.every((f) => f.content.length > 0)).toBe(true);
      if (!FORMATS[format].importable) {
        expect(files.map((f) => f.content).join('\n')).toContain('__proto__');
        return;
      }
      const back = importGraph(files[0]?.content ?? '');
      if (!back.ok) throw new Error(JSON.stringify(back.errors));
      expect(back.graph.nodes().sort()).toEqual(['__proto__', 'constructor', 'toString']);
      expect(back.graph.edges().sort()).toEqual(['__proto__', 'constructor', 'hasOwnProperty']);
      expect(back.graph.getNodeAttributes('__proto__').label).toBe('<img src=x onerror=alert(1)>');
    },
  );
});

describe('detectFormat', () => {
  it('tells formats apart by content first', () => {
    const opts = { documentId: article.doc.document.id, document: article.doc.document };
    for (const format of ['json', 'gexf', 'gexf13', 'graphml', 'jgf', 'cyjs'] as const) {
      const [file] = exportGraph(article.graph, format, opts);
      expect(detectFormat(file?.content ?? '', 'misleading.txt')).toBe(format);
    }
    expect(
      detectFormat(
        readFileSync(path.join(article.graph.order ? FIXTURES : '', 'foreign.graphml'), 'utf8'),
      ),
    ).toBe('graphml');
  });

  it('falls back on the extension', () => {
    expect(detectFormat('a,b', 'nodes.csv')).toBe('csv');
    expect(detectFormat('# x', 'report.md')).toBe('md');
    expect(detectFormat('{broken', 'g.cyjs')).toBe('cyjs');
    expect(detectFormat('<?xml version="1.0"?><!-- no root')).toBeUndefined();
    expect(detectFormat('nothing')).toBeUndefined();
  });

  it('skips prolog, comments and DOCTYPE', () => {
    const text =
      '\uFEFF<?xml version="1.0"?>\n<!-- hi -->\n<!DOCTYPE gexf [ <!ELEMENT gexf ANY> ]>\n<gexf version="1.3">';
    expect(detectFormat(text)).toBe('gexf13');
  });
});
