import { MultiDirectedGraph } from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import { viewLabel as cliViewLabel } from '../cli/export-command.ts';
import { exportGraph, FORMAT_IDS, FORMATS, type GenericGraph } from '../formats/index.ts';
import { toExplorerGraph } from '../graph/genericGraph.ts';
import type { ClaimGraph } from '../model/build.ts';
import { applyFilters, PRESETS, type FilterDescriptor } from '../model/filters.ts';
import type { DocumentGraph } from '../model/schema.ts';
import { ARTICLE_ID, loadArticle } from '../model/test-support.ts';
import {
  byOriginalId,
  countGraph,
  describeCounts,
  EXPORT_FORMATS,
  exportBaseName,
  exportErrorMessage,
  exportFileName,
  exportFormat,
  exportPart,
  exportProblem,
  genericExportPart,
  viewLabel,
  type ExportRequest,
  type GenericSource,
} from './exportView.ts';

let graph: ClaimGraph;
let doc: DocumentGraph;
beforeAll(async () => {
  ({ graph, doc } = await loadArticle());
});

const denials: FilterDescriptor[] = [...PRESETS.denials];
const view = (filters: FilterDescriptor[], context = false): ExportRequest => ({
  scope: 'view',
  filters,
  context,
});
const selection = (id: string | undefined, context = false): ExportRequest => ({
  scope: 'selection',
  filters: denials,
  selection: id,
  context,
});

const statementsOf = (part: ClaimGraph) =>
  part.filterEdges((_id, edge) => edge.kind === 'statement');
const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('what is exported', () => {
  it('exports the whole graph for a view without filters', () => {
    const part = exportPart(graph, view([]));
    expect(part.order).toBe(graph.order);
    expect(part.size).toBe(graph.size);
  });

  it('exports exactly what the filters show, denial statements only for Denials', () => {
    const part = exportPart(graph, view(denials));
    const set = applyFilters(graph, { filters: denials });
    expect(sorted(part.nodes())).toEqual(sorted(set.nodes));
    expect(sorted(part.edges())).toEqual(sorted(set.edges));
    const statements = statementsOf(part);
    expect(statements).toHaveLength(5);
    for (const id of statements) {
      const edge = part.getEdgeAttributes(id);
      expect(edge.kind === 'statement' && edge.stance).toBe('denial');
    }
  });

  it('applies focus as part of the view', () => {
    const focused = [...denials, { kind: 'focus', node: 'ashot-mkrtychev', depth: 1 } as const];
    const part = exportPart(graph, view(focused));
    expect(sorted(part.nodes())).toEqual(['ashot-mkrtychev', 'claim-mkrtychev-brokered-arms-deal']);
    expect(statementsOf(part)).toEqual(['st-mkrtychev-denies-brokering']);
  });

  it('adds the one-hop context of the view when asked', () => {
    const set = applyFilters(graph, { filters: denials, context: true });
    const part = exportPart(graph, view(denials, true));
    expect(set.contextNodes.size).toBeGreaterThan(0);
    expect(sorted(part.nodes())).toEqual(sorted([...set.nodes, ...set.contextNodes]));
    expect(sorted(part.edges())).toEqual(sorted([...set.edges, ...set.contextEdges]));
  });

  it('exports a selected statement with its two ends, ignoring the filters', () => {
    const part = exportPart(graph, selection('st-mkrtychev-denies-brokering'));
    expect(sorted(part.nodes())).toEqual(['ashot-mkrtychev', 'claim-mkrtychev-brokered-arms-deal']);
    // …and the other edges between them (the claim is about Mkrtychev).
    expect(sorted(part.edges())).toEqual(['ab-mk-mkrtychev', 'st-mkrtychev-denies-brokering']);
    expect(statementsOf(part)).toEqual(['st-mkrtychev-denies-brokering']);
    // Filters do not apply to a selection: an assertion can be exported under Denials.
    const putin = exportPart(graph, selection('vladimir-putin'));
    expect(putin.nodes()).toEqual(['vladimir-putin']);
  });

  it('adds the neighbours of a selection with context', () => {
    const part = exportPart(graph, selection('ashot-mkrtychev', true));
    const neighbours = new Set(graph.neighbors('ashot-mkrtychev'));
    expect(sorted(part.nodes())).toEqual(sorted(['ashot-mkrtychev', ...neighbours]));
    expect(part.size).toBe(graph.degree('ashot-mkrtychev'));
  });

  it('exports nothing for a selection that is missing or unknown', () => {
    expect(exportPart(graph, selection(undefined)).order).toBe(0);
    expect(exportPart(graph, selection('no-such-element')).order).toBe(0);
  });

  it('counts nodes, edges and statements', () => {
    const counts = countGraph(exportPart(graph, view(denials)));
    expect(counts.statements).toBe(5);
    expect(describeCounts(counts)).toBe(
      `${counts.nodes} nodes, ${counts.edges} edges, 5 statements`,
    );
    expect(describeCounts({ nodes: 1, edges: 0, statements: 1 })).toBe(
      '1 node, 0 edges, 1 statement',
    );
  });
});

describe('file names', () => {
  it('names files <doc>.<view>.<ext> like the CLI', () => {
    expect(exportFileName(ARTICLE_ID, view(denials), 'gexf')).toBe(
      'rbc-2023-09-13-kim-putin.stance-denial.gexf',
    );
    expect(exportFileName(ARTICLE_ID, view([]), 'graphml')).toBe(
      'rbc-2023-09-13-kim-putin.all.graphml',
    );
    expect(exportFileName(ARTICLE_ID, view(denials), 'gexf13')).toBe(
      'rbc-2023-09-13-kim-putin.stance-denial.gexf13.gexf',
    );
    expect(exportFileName(ARTICLE_ID, view(denials), 'jgf')).toBe(
      'rbc-2023-09-13-kim-putin.stance-denial.jgf.json',
    );
    expect(exportFileName(ARTICLE_ID, view(denials), 'csv')).toBe(
      'rbc-2023-09-13-kim-putin.stance-denial.csv.zip',
    );
  });

  it('names filters, focus and context', () => {
    const filters: FilterDescriptor[] = [
      { kind: 'focus', node: 'ashot-mkrtychev', depth: 2 },
      { kind: 'stance', values: ['denial', 'allegation'] },
      { kind: 'text', query: 'Wagner Group' },
    ];
    expect(exportBaseName(ARTICLE_ID, view(filters, true))).toBe(
      'rbc-2023-09-13-kim-putin.stance-allegation-denial.text-wagner-group.focus-ashot-mkrtychev.depth-2.context',
    );
  });

  it('names a selection by its id', () => {
    expect(exportFileName(ARTICLE_ID, selection('st-mkrtychev-denies-brokering'), 'md')).toBe(
      'rbc-2023-09-13-kim-putin.selection-st-mkrtychev-denies-brokering.md',
    );
    expect(exportFileName(ARTICLE_ID, selection('vladimir-putin', true), 'cyjs')).toBe(
      'rbc-2023-09-13-kim-putin.selection-vladimir-putin.context.cyjs',
    );
    expect(exportBaseName(ARTICLE_ID, selection('reported:st-kirby-chips-npr:npr'))).toBe(
      'rbc-2023-09-13-kim-putin.selection-reported-st-kirby-chips-npr-npr',
    );
    expect(exportBaseName('x', selection('__proto__'))).toBe('x.selection-proto');
    expect(exportBaseName('x', selection('<img>'))).toBe('x.selection-img');
    expect(exportBaseName('x', selection('***'))).toBe('x.selection');
  });

  it('names pictures after the view, whatever the scope and context', () => {
    expect(exportFileName(ARTICLE_ID, selection('vladimir-putin', true), 'png')).toBe(
      'rbc-2023-09-13-kim-putin.stance-denial.png',
    );
    expect(exportFileName(ARTICLE_ID, view([], true), 'svg')).toBe(
      'rbc-2023-09-13-kim-putin.all.svg',
    );
  });

  it('keeps a document id that is not a slug safe', () => {
    expect(exportBaseName('My Graph.graphml', view([]))).toBe('my-graph-graphml.all');
    expect(exportBaseName('../..', view([]))).toBe('graph.all');
  });

  it('labels views exactly as claimgraph export does', () => {
    const cases: Record<string, string>[] = [
      {},
      { stance: 'denial' },
      { stance: 'allegation,denial', speaker: 'john-kirby' },
      { from: '2023-01', to: '2023-09-13', text: 'Kim Jong‑un & Putin!' },
      { text: 'x'.repeat(200) },
      { focus: 'putin', depth: '3', contested: '1' },
    ];
    for (const params of cases) expect(viewLabel(params)).toBe(cliViewLabel(params));
  });

  it('agrees with exportGraph on names, extensions and MIME types', () => {
    const part = exportPart(graph, view(denials));
    const base = exportBaseName(ARTICLE_ID, view(denials));
    for (const format of FORMAT_IDS) {
      const info = exportFormat(format);
      if (format === 'csv') continue;
      expect(info.extension).toBe(FORMATS[format].extension);
      expect(info.mime).toBe(FORMATS[format].mime);
      const [file] = exportGraph(
        part,
        format,
        { documentId: ARTICLE_ID, document: doc.document },
        base,
      );
      expect(exportFileName(ARTICLE_ID, view(denials), format)).toBe(file?.name);
    }
  });

  it('offers every format of src/formats, and PNG and SVG', () => {
    expect(EXPORT_FORMATS.map((f) => f.id).sort()).toEqual([...FORMAT_IDS, 'png', 'svg'].sort());
  });
});

describe('problems and errors', () => {
  const empty = { nodes: 0, edges: 0, statements: 0 };
  it('says why an empty export cannot be written, naming the format', () => {
    expect(exportProblem('gexf', 'view', { nodes: 3, edges: 2, statements: 1 })).toBeUndefined();
    expect(exportProblem('gexf', 'view', empty)).toMatch(
      /^Nothing to export as GEXF 1\.2: the current view shows no nodes\. Clear or loosen a filter/,
    );
    expect(exportProblem('md', 'selection', empty)).toMatch(/Markdown: nothing is selected/);
    expect(exportProblem('png', 'view', empty)).toMatch(/^Nothing to draw as PNG/);
  });

  it('turns an exporter error into a message with the format and what to do', () => {
    expect(exportErrorMessage('json', new Error('toJson: generic nodes cannot be written.'))).toBe(
      'Cannot export as claimgraph JSON: toJson: generic nodes cannot be written. Choose GraphML, GEXF, JSON Graph or Cytoscape JSON, which carry any graph.',
    );
    expect(exportErrorMessage('svg', 'boom')).toMatch(/^Cannot export as SVG: boom\. Wait/);
  });
});

describe('generic graphs', () => {
  /** a → b → c, d alone; ids a file might hold. */
  function foreign(): GenericSource {
    const imported: GenericGraph = new MultiDirectedGraph({ allowSelfLoops: true });
    const node = (id: string, label: string, type?: string) =>
      imported.addNode(id, {
        id,
        kind: 'generic',
        label,
        ...(type !== undefined && { type }),
        attributes: Object.create(null) as Record<string, string>,
      });
    node('__proto__', 'Proto', 'person');
    node('B node', 'Bravo', 'org');
    node('<img src=x>', 'Charlie', 'person');
    node('d', 'Delta', 'org');
    const edge = (id: string, source: string, target: string) =>
      imported.addDirectedEdgeWithKey(id, source, target, {
        id,
        kind: 'generic',
        source,
        target,
        directed: true,
        attributes: Object.create(null) as Record<string, string>,
      });
    edge('constructor', '__proto__', 'B node');
    edge('e2', 'B node', '<img src=x>');
    const { graph, originalIds } = toExplorerGraph(imported);
    return { graph, imported, originalIds };
  }
  const key = (source: GenericSource, id: string) =>
    [...source.originalIds].find(([, original]) => original === id)?.[0] ?? '';

  it('exports the view with the file’s ids', () => {
    const source = foreign();
    const all = genericExportPart(source, view([]));
    expect(sorted(all.nodes())).toEqual(sorted(['__proto__', 'B node', '<img src=x>', 'd']));
    expect(sorted(all.edges())).toEqual(['constructor', 'e2']);
    const text = genericExportPart(source, view([{ kind: 'text', query: 'bravo' }]));
    expect(text.nodes()).toEqual(['B node']);
    expect(text.size).toBe(0);
    const withContext = genericExportPart(source, view([{ kind: 'text', query: 'bravo' }], true));
    expect(sorted(withContext.nodes())).toEqual(sorted(['__proto__', 'B node', '<img src=x>']));
    expect(sorted(withContext.edges())).toEqual(['constructor', 'e2']);
  });

  it('keeps node types', () => {
    const source = foreign();
    const people = genericExportPart(source, { ...view([]), types: ['person'] });
    expect(sorted(people.nodes())).toEqual(sorted(['__proto__', '<img src=x>']));
    expect(exportBaseName('imported-1', { ...view([]), types: ['person', 'org'] })).toBe(
      'imported-1.type-person-org',
    );
  });

  it('exports a selection by its explorer key', () => {
    const source = foreign();
    const request: ExportRequest = {
      scope: 'selection',
      filters: [],
      selection: key(source, 'constructor'),
      selectionId: 'constructor',
      context: false,
    };
    const part = genericExportPart(source, request);
    expect(sorted(part.nodes())).toEqual(sorted(['__proto__', 'B node']));
    expect(part.edges()).toEqual(['constructor']);
    expect(countGraph(part)).toEqual({ nodes: 2, edges: 1, statements: 0 });
    expect(exportBaseName('imported-1', request)).toBe('imported-1.selection-constructor');
  });

  it('maps canvas values to the file’s ids', () => {
    const source = foreign();
    const positions = new Map([[key(source, '__proto__'), { x: 1, y: 2 }]]);
    const mapped = byOriginalId(positions, source.originalIds);
    expect(mapped?.get('__proto__')).toEqual({ x: 1, y: 2 });
    expect(byOriginalId(undefined, source.originalIds)).toBeUndefined();
  });
});
