/**
 * Hostile labels, attribute values and ids through every format: markup, `javascript:`
 * URLs, template injection, bidi overrides, NUL and other control characters, lone
 * surrogates, and ids that name Object.prototype members. Each format imports them; labels
 * and values come back exactly (in XML, less the characters XML 1.0 cannot carry, which the
 * exporter strips: README "Safety"); no prototype is polluted; Markdown and XML output keep
 * the markup inert (escaped text, never elements, links or HTML).
 */
import { MultiDirectedGraph } from 'graphology';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGraph, type ClaimGraph } from '../model/build.ts';
import { documentGraphSchema, type DocumentGraph } from '../model/schema.ts';
import { validateDocument } from '../model/validate.ts';
import {
  PROTO_KEYS,
  prototypeSnapshot,
  safeGenericGraph,
} from './fixtures/hostile/fuzz-support.ts';
import { META } from './fixtures/arbitraries.ts';
import { exportGraph, toMarkdown } from './index.ts';
import { importGraph } from './import.ts';
import type {
  AttrValue,
  GenericEdge,
  GenericGraph,
  GenericNode,
  ImportResult,
  ImportSuccess,
} from './types.ts';
import { withNullPrototypeAdjacency } from './walk.ts';
import { parseXml, type XmlElement } from './xml-parse.ts';

const before = prototypeSnapshot();
afterAll(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(prototypeSnapshot()).toBe(before);
});

export const HOSTILE_LABELS = [
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '"><script>alert(1)</script>',
  "{{constructor.constructor('alert(1)')()}}",
  '[click](javascript:alert(1)) ![x](http://127.0.0.1:9/t.png) <http://x>',
  '\u202Efdp.exe\u202C and \u2066isolate\u2069 \u200F\u200E',
  'nul\u0000here',
  'controls \u0001\u0007\b\u000b\u000c\u001b[31m\u007f\u0085',
  'lone \uD800 high',
  'lone \uDC00 low',
  'pair \uD83D\uDE00 kept',
  'non-characters \uFFFE\uFFFF',
  '\uFEFFbom first',
  'tab\tline\ncrlf\r\ncr\r',
  '  padded  ',
  '&amp; &lt; &#0; &xxe; %pe;',
  ']]><!-- --><?pi?>',
  '=HYPERLINK("http://127.0.0.1:9","x")',
  '`code` *b* _i_ | ~s~ \\ # > -',
];

/** Ids that collide with Object.prototype (the fuzz suites' own list). */
export const HOSTILE_IDS = PROTO_KEYS;

const ATTRIBUTE_NAMES = ['note', '__proto__', 'constructor', 'prototype', 'toString'];

/**
 * `s` with each character XML 1.0 does not allow written as `replacement` (independently of
 * xml.ts): the exporter writes U+FFFD for them; with no replacement, only what XML allows.
 */
export function xmlChars(s: string, replacement = ''): string {
  let out = '';
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    const next = s.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += s.slice(i, i + 2);
      i += 1;
    } else if (c >= 0xd800 && c <= 0xdfff) out += replacement;
    else if (c === 0xfffe || c === 0xffff) out += replacement;
    else if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) out += replacement;
    else out += s[i];
  }
  return out;
}

const nullAttrs = (entries: [string, AttrValue][]): Record<string, AttrValue> => {
  const out = Object.create(null) as Record<string, AttrValue>;
  for (const [k, v] of entries) out[k] = v;
  return out;
};

/** A foreign graph: hostile ids, every hostile label, hostile attribute names and values. */
function hostileGenericGraph(): GenericGraph {
  const graph: GenericGraph = withNullPrototypeAdjacency(
    new MultiDirectedGraph({ allowSelfLoops: true }),
  );
  const ids = [...HOSTILE_IDS, ...HOSTILE_LABELS.map((_, i) => `n${i}`)].slice(
    0,
    Math.max(HOSTILE_IDS.length, HOSTILE_LABELS.length),
  );
  ids.forEach((id, i) => {
    const label = HOSTILE_LABELS[i % HOSTILE_LABELS.length] ?? '';
    const node: GenericNode = {
      id,
      kind: 'generic',
      label,
      attributes: nullAttrs(
        ATTRIBUTE_NAMES.map((name, j) => [
          name,
          HOSTILE_LABELS[(i + j + 1) % HOSTILE_LABELS.length] ?? '',
        ]),
      ),
    };
    graph.addNode(id, node);
  });
  ids.forEach((source, i) => {
    const target = ids[(i + 1) % ids.length] ?? source;
    const id = i < HOSTILE_IDS.length ? (HOSTILE_IDS[i] ?? `e${i}`) : `e${i}`;
    const edge: GenericEdge = {
      id,
      kind: 'generic',
      source,
      target: i % 5 === 4 ? source : target,
      label: HOSTILE_LABELS[(i + 3) % HOSTILE_LABELS.length] ?? '',
      directed: true,
      attributes: nullAttrs([['note', HOSTILE_LABELS[(i + 5) % HOSTILE_LABELS.length] ?? '']]),
    };
    graph.addDirectedEdgeWithKey(id, edge.source, edge.target, edge);
  });
  return graph;
}

/** A claimgraph document whose every text field is hostile (ids must be slugs). */
function hostileDocument(): DocumentGraph {
  const label = (i: number) => HOSTILE_LABELS[i % HOSTILE_LABELS.length] ?? '';
  const span = (i: number) => ({ start: i * 10, end: i * 10 + 5, exact: label(i) });
  return documentGraphSchema.parse({
    schemaVersion: 1,
    document: { ...META, title: label(0), publisher: label(1), note: label(2) },
    nodes: [
      {
        id: 'valueof',
        kind: 'actor',
        label: label(0),
        actorType: 'person',
        aliases: [label(1), label(2)],
        description: label(3),
        mentions: [span(4)],
      },
      {
        id: 'tostring',
        kind: 'actor',
        label: label(5),
        actorType: 'organization',
        mentions: [span(6)],
      },
      { id: 'claim-1', kind: 'claim', label: label(7), mentions: [span(8)] },
      {
        id: 'event-1',
        kind: 'event',
        label: label(9),
        eventType: label(10),
        place: label(11),
        mentions: [span(12)],
      },
    ],
    edges: [
      {
        id: 'hasownproperty',
        kind: 'statement',
        source: 'valueof',
        target: 'claim-1',
        stance: 'denial',
        cue: label(13),
        quote: 'direct',
        via: ['tostring'],
        note: label(14),
        evidence: [span(15), span(16)],
      },
      {
        id: 'about-1',
        kind: 'about',
        source: 'claim-1',
        target: 'event-1',
        role: label(17),
        evidence: [span(18)],
      },
    ],
  });
}

function ok(result: ImportResult): ImportSuccess {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors.slice(0, 5))}`);
  return result;
}

const XML_FORMATS = new Set(['gexf', 'gexf13', 'graphml']);
const GRAPH_FORMATS = ['gexf', 'gexf13', 'graphml', 'jgf', 'cyjs'] as const;
const expectedText = (format: string, s: string) =>
  XML_FORMATS.has(format) ? xmlChars(s, '\uFFFD') : s;

describe('a foreign graph with hostile ids, labels and attributes, through every format', () => {
  const source = hostileGenericGraph();

  it.each(GRAPH_FORMATS)('%s: imports, and every label and value comes back exactly', (format) => {
    const [file] = exportGraph(source, format, { documentId: 'hostile' });
    const result = ok(importGraph(file?.content ?? '', file?.name));
    expect(result.format).toBe(format);
    if (result.isClaimgraph) throw new Error('expected a generic graph');
    const back = result.graph;
    expect(back.nodes().sort()).toEqual(source.nodes().sort());
    expect(back.edges().sort()).toEqual(source.edges().sort());
    source.forEachNode((id, attrs) => {
      const got = back.getNodeAttributes(id);
      expect(got.label, `label of ${id}`).toBe(expectedText(format, attrs.label));
      expect(Object.getPrototypeOf(got.attributes)).toBeNull();
      const want = Object.fromEntries(
        Object.entries(attrs.attributes).map(([k, v]) => [k, expectedText(format, String(v))]),
      );
      expect({ ...got.attributes }).toEqual(want);
    });
    source.forEachEdge((id, attrs, s, t) => {
      expect([back.source(id), back.target(id)]).toEqual([s, t]);
      expect(back.getEdgeAttributes(id).label).toBe(expectedText(format, attrs.label ?? ''));
    });
    // Per-node adjacency works on hostile ids too (null-prototype adjacency, walk.ts).
    expect(back.outEdges('__proto__')).toEqual(['__proto__']);
    expect(back.inNeighbors('constructor')).toEqual(['__proto__']);
    // A second round trip changes nothing more: the stripping is the only change.
    const [again] = exportGraph(back, format, { documentId: 'hostile' });
    const second = ok(importGraph(again?.content ?? ''));
    back.forEachNode((id, attrs) => {
      expect(second.graph.getNodeAttributes(id).label).toBe(attrs.label);
    });
  });

  it('the XML exports stay well-formed, with markup only as escaped text', () => {
    for (const format of ['gexf', 'gexf13', 'graphml'] as const) {
      const [file] = exportGraph(source, format, { documentId: 'hostile' });
      const xml = file?.content ?? '';
      expect(xml).not.toMatch(/<img|<script|<!--|<\?pi|<!\[CDATA/);
      expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
      // Only characters XML 1.0 allows: no controls, lone surrogates or non-characters.
      expect(xmlChars(xml) === xml).toBe(true);
      const parsed = parseXml(xml);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
      const names = new Set<string>();
      const walk = (el: XmlElement) => {
        names.add(el.name);
        el.children.forEach(walk);
      };
      walk(parsed.root);
      const allowed =
        format === 'graphml'
          ? ['graphml', 'key', 'graph', 'node', 'edge', 'data']
          : ['gexf', 'meta', 'creator', 'keywords', 'description', 'graph', 'attributes']
              .concat(['attribute', 'nodes', 'node', 'attvalues', 'attvalue', 'color', 'size'])
              .concat(['position', 'edges', 'edge']);
      expect([...names].filter((n) => !allowed.includes(n))).toEqual([]);
    }
  });

  it('the JSON exports parse back to the very same strings', () => {
    for (const format of ['jgf', 'cyjs'] as const) {
      const [file] = exportGraph(source, format, { documentId: 'hostile' });
      const text = file?.content ?? '';
      // No raw control character but the layout's line feeds: JSON escapes them all.
      expect([...text].filter((c) => c < ' ' && c !== '\n')).toEqual([]);
      for (const label of HOSTILE_LABELS) expect(text).toContain(JSON.stringify(label));
    }
  });

  it('claimgraph JSON refuses a foreign graph, as documented (README: json.ts)', () => {
    expect(() => exportGraph(source, 'json', { documentId: 'hostile', document: META })).toThrow(
      /claimgraph JSON holds claimgraph document graphs only, .* foreign node\(s\): export it as GEXF, GraphML, JGF or Cytoscape JSON instead/,
    );
  });
});

describe('ids made of characters XML 1.0 cannot carry', () => {
  // Stripping them (as labels are stripped) could empty an id or merge two: they are written
  // `_xHHHH_` instead, unique (xml.ts xmlIds). JSON formats keep them exactly.
  const ids = ['a', 'a\u0000', '\uFFFE\uFFFF', 'x\uD800', 'a_x0000_'];
  const spec = {
    nodes: ids.map((id) => ({ id, label: id, attributes: nullAttrs([]) })),
    edges: ids.map((id, i) => ({
      id: `${id}!`,
      source: id,
      target: ids[(i + 1) % ids.length] ?? id,
      attributes: nullAttrs([]),
    })),
  };

  it.each(['gexf', 'gexf13', 'graphml'] as const)('%s: encoded, unique, importable', (format) => {
    const [file] = exportGraph(safeGenericGraph(spec), format, { documentId: 'ids' });
    const result = ok(importGraph(file?.content ?? ''));
    expect(result.graph.nodes().sort()).toEqual(
      ['a', 'a_x0000_.2', '_xFFFE__xFFFF_', 'x_xD800_', 'a_x0000_'].sort(),
    );
    expect(result.graph.size).toBe(ids.length);
    // The edge `a\u0000!` meets the edge `a_x0000_!` the same way.
    expect(result.graph.source('a_x0000_!.2')).toBe('a_x0000_.2');
    expect(result.graph.target('a_x0000_!.2')).toBe('_xFFFE__xFFFF_');
    expect(result.graph.source('a_x0000_!')).toBe('a_x0000_');
  });

  it.each(['jgf', 'cyjs'] as const)('%s: kept exactly', (format) => {
    const [file] = exportGraph(safeGenericGraph(spec), format, { documentId: 'ids' });
    expect(
      ok(importGraph(file?.content ?? ''))
        .graph.nodes()
        .sort(),
    ).toEqual([...ids].sort());
  });
});

/** Code spans (CommonMark: a run of n backticks up to the next run of exactly n) removed. */
const withoutCodeSpans = (md: string) =>
  md.replace(/(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, (m) => ' '.repeat(m.length));

/** Markdown whose graph text can open no HTML, link, image or autolink. */
function expectInertMarkdown(md: string) {
  const prose = withoutCodeSpans(md);
  expect(prose).not.toContain('<');
  for (let i = 0; i < prose.length; i += 1) {
    const c = prose[i];
    if (c !== '[' && c !== ']') continue;
    let slashes = 0;
    for (let j = i - 1; j >= 0 && prose[j] === '\\'; j -= 1) slashes += 1;
    expect(slashes % 2, `unescaped ${c} at ${i}: …${prose.slice(i - 30, i + 30)}…`).toBe(1);
  }
  expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(md).toContain('"&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
}

describe('the Markdown report keeps hostile text inert', () => {
  it('for a foreign graph (its nodes and edges listed plainly)', () => {
    const result = ok(
      importGraph(exportGraph(hostileGenericGraph(), 'jgf', { documentId: 'x' })[0]?.content ?? ''),
    );
    const md = toMarkdown(result.graph, { documentId: '<b>doc</b>', title: HOSTILE_LABELS[2] });
    expectInertMarkdown(md);
    expect(md).toContain('javascript:alert(1)');
    expect(md).toContain("{{constructor.constructor('alert(1)')()}}");
  });

  it('for a claimgraph graph (claims, statements, cues, notes and quoted evidence)', () => {
    const graph = buildGraph(hostileDocument());
    const md = toMarkdown(graph, { documentId: META.id, document: hostileDocument().document });
    expectInertMarkdown(md);
    // Evidence is quoted with its entities escaped once more, so they show as written.
    expect(md).toContain('> &amp;amp; &amp;lt; &amp;#0; &amp;xxe; %pe;');
    expect(md).toContain('> \\]\\]&gt;&lt;!-- --&gt;&lt;?pi?&gt;');
  });
});

describe('a claimgraph graph whose every text is hostile, through every format', () => {
  const doc = hostileDocument();
  const graph: ClaimGraph = buildGraph(doc);

  it.each(GRAPH_FORMATS)('%s: a claimgraph graph again, every text as written', (format) => {
    const [file] = exportGraph(graph, format, { documentId: META.id });
    const result = ok(importGraph(file?.content ?? ''));
    expect(result.isClaimgraph, JSON.stringify(result.warnings.slice(0, 3))).toBe(true);
    graph.forEachNode((id, attrs) => {
      const got = result.graph.getNodeAttributes(id) as typeof attrs;
      expect(got.label).toBe(expectedText(format, attrs.label));
      expect(got.mentions.map((m) => m.exact)).toEqual(
        attrs.mentions.map((m) => expectedText(format, m.exact)),
      );
    });
    const statement = result.graph.getEdgeAttributes('hasownproperty');
    if (statement.kind !== 'statement') throw new Error('not a statement');
    expect(statement.cue).toBe(expectedText(format, HOSTILE_LABELS[13] ?? ''));
    expect(statement.note).toBe(expectedText(format, HOSTILE_LABELS[14] ?? ''));
  });

  it('json: exactly, with the document metadata', () => {
    const [file] = exportGraph(graph, 'json', { documentId: META.id, document: doc.document });
    const result = ok(importGraph(file?.content ?? ''));
    expect(result.isClaimgraph).toBe(true);
    expect(result.document).toEqual(doc.document);
    graph.forEachNode((id, attrs) => {
      expect(result.graph.getNodeAttributes(id)).toEqual(attrs);
    });
  });
});

describe('prototype pollution through JSON keys', () => {
  const POLLUTE =
    '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}';
  const inputs: [string, string][] = [
    [
      'JGF',
      `{"__proto__": {"polluted": "yes"}, "graph": {"__proto__": {"polluted": "yes"}, "directed": true,
        "metadata": ${POLLUTE}},
        "nodes": {"__proto__": {"label": "<img src=x onerror=alert(1)>", "metadata": ${POLLUTE}, "prototype": 1}},
                  "constructor": {"label": "javascript:alert(1)", "metadata": {"toString": "t", "valueOf": 2}},
                  "prototype": {}, "hasOwnProperty": {}, "toString": {}},
        "edges": [{"id": "__proto__", "source": "__proto__", "target": "constructor", "metadata": ${POLLUTE}}},
                  {"id": "constructor", "source": "constructor", "target": "__proto__"},
                  {"id": "toString", "source": "hasOwnProperty", "target": "toString"}]}}`,
    ],
    [
      'Cytoscape JSON',
      `{"__proto__": {"polluted": "yes"}, "data": ${POLLUTE}},
        "elements": {"__proto__": {"polluted": "yes"},
          "nodes": [{"data": {"id": "__proto__", "label": "x", "__proto__": {"polluted": "yes"}}, "__proto__": {"polluted": "yes"}},
                    {"data": {"id": "constructor", "constructor": {"prototype": {"polluted": "yes"}}}},
                    {"data": {"id": "prototype"}, "position": {"__proto__": {"x": 1}, "x": 1, "y": 2}}],
          "edges": [{"data": {"id": "__proto__", "source": "__proto__", "target": "prototype", "__proto__": {"polluted": "yes"}}}]}}`,
    ],
    [
      'claimgraph JSON',
      `{"claimgraphExport": 1, "__proto__": {"polluted": "yes"}, "graph": {"schemaVersion": 1,
        "__proto__": {"polluted": "yes"}, "document": ${POLLUTE}}, "nodes": [${POLLUTE}}], "edges": []}}`,
    ],
    [
      'a bare array of elements',
      `[{"data": {"id": "__proto__", "__proto__": {"polluted": "yes"}}}, {"data": {"source": "__proto__", "target": "__proto__"}}]`,
    ],
  ];

  it.each(inputs)('%s: imported or refused, never polluting', (_name, text) => {
    const result = importGraph(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(prototypeSnapshot()).toBe(before);
    if (!result.ok) {
      expect(result.errors.length).toBeGreaterThan(0);
      return;
    }
    result.graph.forEachNode((_id, attrs) => {
      if (attrs.kind !== 'generic') return;
      expect(Object.getPrototypeOf(attrs.attributes)).toBeNull();
      if (Object.hasOwn(attrs.attributes, '__proto__'))
        expect(typeof attrs.attributes.__proto__).toBe('string');
    });
    for (const format of ['gexf', 'graphml', 'jgf', 'cyjs', 'csv', 'md'] as const)
      exportGraph(result.graph, format, { documentId: 'x' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(prototypeSnapshot()).toBe(before);
  });

  it('the JGF one keeps __proto__ as a node, an edge and a nested attribute (as JSON text)', () => {
    const result = ok(importGraph(inputs[0]?.[1] ?? ''));
    expect(result.graph.nodes()).toEqual([
      '__proto__',
      'constructor',
      'prototype',
      'hasOwnProperty',
      'toString',
    ]);
    const proto = result.graph.getNodeAttributes('__proto__');
    if (proto.kind !== 'generic') throw new Error('expected a generic node');
    expect(proto.attributes.__proto__).toBe('{"polluted":"yes"}');
    expect(result.graph.source('constructor')).toBe('constructor');
  });
});

describe('hostile ids and kinds in the model (src/model)', () => {
  // validate.ts looks the edge kind up as an own property: EDGE_ENDPOINTS["constructor"]
  // would otherwise be the Object function.
  it('validateDocument reports an edge kind such as "constructor" instead of throwing', () => {
    for (const kind of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const raw = {
        schemaVersion: 1,
        document: META,
        nodes: [{ id: 'a', kind: 'actor', label: 'A', actorType: 'person', mentions: [] }],
        edges: [{ id: 'e', kind, source: 'a', target: 'a', evidence: [] }],
      };
      expect(() => validateDocument({ raw, text: undefined, file: 'x' })).not.toThrow();
    }
  });

  it('the importer refuses such a file with a typed error', () => {
    for (const kind of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const text = JSON.stringify({
        claimgraphExport: 1,
        graph: {
          schemaVersion: 1,
          document: META,
          nodes: [{ id: 'a', kind: 'actor', label: 'A', actorType: 'person', mentions: [] }],
          edges: [{ id: 'e', kind, source: 'a', target: 'a', evidence: [] }],
        },
      });
      const result = importGraph(text);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors[0]?.where).toMatch(/^\$\.graph/);
      expect(result.errors[0]?.message.length).toBeGreaterThan(0);
    }
  });

  // buildGraph keeps adjacency in null-prototype objects (model/safe-graph.ts): an edge to a
  // node with the slug id `constructor` must not find `Object` as an adjacency entry.
  it('a claimgraph node with the id `constructor` leaves the global Object untouched', () => {
    const names = Object.getOwnPropertyNames(Object).sort();
    const renamed = JSON.parse(
      JSON.stringify(hostileDocument()).replaceAll('"claim-1"', '"constructor"'),
    );
    const graph = buildGraph(documentGraphSchema.parse(renamed));
    const polluted = Object.getOwnPropertyNames(Object).filter((n) => !names.includes(n));
    delete (Object as unknown as Record<string, unknown>).previous; // undo, for the next tests
    expect(polluted).toEqual([]);
    expect(graph.outEdges('valueof')).toEqual(['hasownproperty']);
  });
});
