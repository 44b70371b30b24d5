/**
 * The exports of the bundled article, read by tools that are not ours: networkx 2.8 (GEXF
 * 1.2draft, GraphML), igraph (GraphML), xmllint (GraphML XSD, GEXF 1.2draft XSD), jing
 * (GEXF 1.3 and 1.2draft RELAX NG) and ajv (JSON Graph Format schema).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticle, type Loaded } from '../model/test-support.ts';
import { toGexf, toGexf13 } from './gexf.ts';
import { toGraphml } from './graphml.ts';
import { toJgf } from './jgf.ts';
import { importGraph } from './import.ts';
import { genericGraph } from './fixtures/arbitraries.ts';
import { SCHEMAS, jingCompact, python, tempDir, xmllintSchema } from './fixtures/external.ts';
import type { ExportOptions, Point } from './types.ts';

let article: Loaded;
let opts: ExportOptions;
let positions: Map<string, Point>;
const tmp = tempDir();
const DENIAL = 'st-mkrtychev-denies-brokering';

beforeAll(async () => {
  article = await loadArticle();
  positions = new Map(
    article.graph.nodes().map((id, i) => [id, { x: (i + 1) * 12.5, y: -(i + 1) * 3.25 }]),
  );
  opts = { documentId: article.doc.document.id, title: article.doc.document.title, positions };
});
afterAll(() => tmp.remove());

const GRAPHML_XSD = () => path.join(SCHEMAS, 'graphml/graphml.xsd');

describe('networkx 2.8 reads the GEXF 1.2draft export', () => {
  it('with every node and edge, the attributes, colours, sizes and positions', () => {
    const file = tmp.write('article.gexf', toGexf(article.graph, opts));
    const out = python(
      `
import json, sys, networkx as nx
G = nx.read_gexf(sys.argv[1])
denial = [d for u, v, d in G.edges(data=True) if d.get('id') == '${DENIAL}']
kim = G.nodes['kim-jong-un']
print(json.dumps({'nodes': G.number_of_nodes(), 'edges': G.number_of_edges(), 'directed': G.is_directed(),
  'denial': denial, 'kim': {k: v for k, v in kim.items()}}))
`,
      file,
    ) as {
      nodes: number;
      edges: number;
      directed: boolean;
      denial: Record<string, unknown>[];
      kim: {
        label: string;
        nodeKind: string;
        viz: { color: object; size: number; position: object };
      };
    };
    expect(out.nodes).toBe(article.graph.order);
    expect(out.edges).toBe(article.graph.size);
    expect(out.directed).toBe(true);
    expect(out.denial).toHaveLength(1);
    expect(out.denial[0]).toMatchObject({
      edgeKind: 'statement',
      stance: 'denial',
      cue: 'denied the allegations',
      quote: 'mixed',
      derived: false,
      evidenceOffsets: '6401-6545',
    });
    expect(out.kim.label).toBe('Kim Jong-un');
    expect(out.kim.nodeKind).toBe('actor');
    const p = positions.get('kim-jong-un');
    expect(out.kim.viz.position).toEqual({ x: p?.x, y: p?.y, z: 0 });
    expect(out.kim.viz.color).toEqual({ r: 0x4e, g: 0x79, b: 0xa7, a: 1 });
    expect(out.kim.viz.size).toBeGreaterThan(0);
  });

  it('and without positions, no node has one', () => {
    const file = tmp.write(
      'article-nopos.gexf',
      toGexf(article.graph, { ...opts, positions: undefined }),
    );
    const out = python(
      `
import json, sys, networkx as nx
G = nx.read_gexf(sys.argv[1])
print(json.dumps(sum(1 for _, d in G.nodes(data=True) if 'position' in d.get('viz', {}))))
`,
      file,
    );
    expect(out).toBe(0);
  });
});

describe('GEXF schemas', () => {
  it('GEXF 1.3 passes jing -c gexf.rnc', () => {
    const file = tmp.write('article13.gexf', toGexf13(article.graph, opts));
    const result = jingCompact(path.join(SCHEMAS, 'gexf/1.3/gexf.rnc'), file);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });

  it('GEXF 1.2draft passes jing -c against the 1.2draft RELAX NG', () => {
    const file = tmp.write('article12.gexf', toGexf(article.graph, opts));
    const result = jingCompact(path.join(SCHEMAS, 'gexf/1.2draft/gexf.rnc'), file);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });

  it('GEXF 1.2draft against its XSD: valid but for the viz elements, which the XSD misplaces', () => {
    // The 1.2draft XSD (a trang conversion of the RELAX NG) declares <color>, <position>,
    // <size> and <thickness> in the GEXF namespace instead of the viz one, so it rejects
    // every <viz:…> element that the RELAX NG source, Gephi and networkx accept. We check
    // that each element's only complaint is its first viz child, and that the same file
    // without the viz elements validates.
    const gexf = toGexf(article.graph, opts);
    const file = tmp.write('article12x.gexf', gexf);
    const xsd = path.join(SCHEMAS, 'gexf/1.2draft/gexf.xsd');
    const problems = xmllintSchema(xsd, file)
      .stderr.split('\n')
      .filter((line) => line.includes('Schemas validity error'));
    expect(problems).toHaveLength(article.graph.order + article.graph.size);
    for (const line of problems)
      expect(line).toMatch(
        /Element '\{http:\/\/www\.gexf\.net\/1\.2draft\/viz\}\w+': This element is not expected/,
      );
    const noViz = tmp.write('article12-noviz.gexf', gexf.replace(/^\s*<viz:[^>]*\/>\n/gm, ''));
    const result = xmllintSchema(xsd, noViz);
    expect(result.stderr).toContain('validates');
    expect(result.status).toBe(0);
  });
});

describe('GraphML', () => {
  it('is valid against graphml.xsd', () => {
    const file = tmp.write('article.graphml', toGraphml(article.graph, opts));
    const result = xmllintSchema(GRAPHML_XSD(), file);
    expect(result.stderr).toContain('validates');
    expect(result.status).toBe(0);
  });

  it('networkx reads it with typed attributes', () => {
    const file = tmp.write('article-nx.graphml', toGraphml(article.graph, opts));
    const out = python(
      `
import json, sys, networkx as nx
G = nx.read_graphml(sys.argv[1])
denial = [d for u, v, d in G.edges(data=True) if d.get('id') == '${DENIAL}']
print(json.dumps({'nodes': G.number_of_nodes(), 'edges': G.number_of_edges(), 'graph': G.graph,
  'denial': denial, 'kim': G.nodes['kim-jong-un'],
  'anonymous': sorted(n for n, d in G.nodes(data=True) if d.get('anonymous') is True)}))
`,
      file,
    ) as {
      nodes: number;
      edges: number;
      graph: Record<string, unknown>;
      denial: Record<string, unknown>[];
      kim: Record<string, unknown>;
      anonymous: string[];
    };
    expect(out.nodes).toBe(article.graph.order);
    expect(out.edges).toBe(article.graph.size);
    expect(out.graph).toMatchObject({ documentId: article.doc.document.id });
    expect(out.denial[0]).toMatchObject({
      stance: 'denial',
      cue: 'denied the allegations',
      derived: false,
    });
    expect(out.kim).toMatchObject({ label: 'Kim Jong-un', nodeKind: 'actor', color: '#4e79a7' });
    expect(out.kim.x).toBe(positions.get('kim-jong-un')?.x);
    const anonymous = article.doc.nodes
      .filter((n) => n.kind === 'actor' && n.anonymous)
      .map((n) => n.id);
    expect(out.anonymous).toEqual(anonymous.sort());
  });

  it('igraph reads it', () => {
    const file = tmp.write('article-ig.graphml', toGraphml(article.graph, opts));
    const out = python(
      `
import json, sys, igraph
g = igraph.Graph.Read_GraphML(sys.argv[1])
e = g.es.find(id='${DENIAL}')
print(json.dumps({'nodes': g.vcount(), 'edges': g.ecount(), 'directed': g.is_directed(),
  'stance': e['stance'], 'source': g.vs[e.source]['id'], 'label': g.vs[e.source]['label'],
  'documentId': g['documentId']}))
`,
      file,
    );
    expect(out).toEqual({
      nodes: article.graph.order,
      edges: article.graph.size,
      directed: true,
      stance: 'denial',
      source: 'ashot-mkrtychev',
      label: 'Ashot Mkrtychev',
      documentId: article.doc.document.id,
    });
  });

  it('a foreign graph with hostile ids and names still validates and networkx reads its ids back', () => {
    const graph = genericGraph({
      nodes: [
        {
          id: '__proto__',
          label: '<b>',
          attributes: Object.assign(Object.create(null), { 'a b': 1 }),
        },
        { id: 'a b', label: 'x', attributes: Object.create(null) },
        { id: `<&>"'`, label: 'y', attributes: Object.create(null) },
      ],
      edges: [{ id: 'e 1', source: '__proto__', target: 'a b', attributes: Object.create(null) }],
    });
    const file = tmp.write('hostile.graphml', toGraphml(graph, { documentId: 'hostile' }));
    expect(xmllintSchema(GRAPHML_XSD(), file).status).toBe(0);
    const out = python(
      `
import json, sys, networkx as nx
G = nx.read_graphml(sys.argv[1])
print(json.dumps(sorted(d['originalId'] if 'originalId' in d else n for n, d in G.nodes(data=True))))
`,
      file,
    );
    expect(out).toEqual([`<&>"'`, '__proto__', 'a b'].sort());
  });
});

describe('JSON Graph Format', () => {
  it('is valid against the JGF v2 schema, and its edges reference existing nodes', () => {
    const schema = JSON.parse(
      readFileSync(path.join(SCHEMAS, 'jgf/json-graph-schema_v2.json'), 'utf8'),
    ) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const doc = JSON.parse(toJgf(article.graph, opts)) as {
      graph: {
        nodes: Record<string, { type?: string; metadata: { nodeKind: string } }>;
        edges: { source: string; target: string }[];
      };
    };
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const ids = new Set(Object.keys(doc.graph.nodes));
    expect(ids.size).toBe(article.graph.order);
    for (const e of doc.graph.edges) {
      expect(ids.has(e.source)).toBe(true);
      expect(ids.has(e.target)).toBe(true);
    }
    for (const node of Object.values(doc.graph.nodes)) {
      expect(node.type).toBeUndefined();
      expect(['actor', 'event', 'claim']).toContain(node.metadata.nodeKind);
    }
  });

  it('the schema does reject a node with a type (the trap the export avoids)', () => {
    const schema = JSON.parse(
      readFileSync(path.join(SCHEMAS, 'jgf/json-graph-schema_v2.json'), 'utf8'),
    ) as object;
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate({ graph: { nodes: { a: { type: 'actor' } }, edges: [] } })).toBe(false);
  });

  it('hostile ids survive as JGF keys and import back', () => {
    const graph = genericGraph({
      nodes: [
        { id: '__proto__', label: 'p', attributes: Object.create(null) },
        { id: 'constructor', label: 'c', attributes: Object.create(null) },
      ],
      edges: [
        {
          id: 'toString',
          source: '__proto__',
          target: 'constructor',
          attributes: Object.create(null),
        },
      ],
    });
    const text = toJgf(graph, { documentId: 'hostile' });
    const schema = JSON.parse(
      readFileSync(path.join(SCHEMAS, 'jgf/json-graph-schema_v2.json'), 'utf8'),
    ) as object;
    expect(new Ajv({ strict: false }).compile(schema)(JSON.parse(text))).toBe(true);
    const back = importGraph(text);
    expect(back.ok && back.graph.nodes().sort()).toEqual(['__proto__', 'constructor']);
  });
});
