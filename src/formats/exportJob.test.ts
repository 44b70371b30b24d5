import { MultiDirectedGraph } from 'graphology';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArticle } from '../model/test-support.ts';
import { PROTO_KEYS, prototypeSnapshot } from './fixtures/hostile/fuzz-support.ts';
import { exportJob, JobAssembler, splitJob, type ExportJob } from './exportJob.ts';
import { runExportJob } from './runExportJob.ts';
import { exportGraph } from './index.ts';
import { FORMAT_IDS, type AttrValue, type ExportOptions, type GenericGraph } from './types.ts';
import { nullObject, withNullPrototypeAdjacency } from './walk.ts';

const before = prototypeSnapshot();
afterAll(() => expect(prototypeSnapshot()).toBe(before));

/** What a worker receives: the job after a structured clone (postMessage). */
const overTheWire = <T>(value: T): T => structuredClone(value);

/** A foreign graph keyed by Object.prototype's names, attributes named after them too. */
function hostileGenericGraph(): GenericGraph {
  const graph: GenericGraph = withNullPrototypeAdjacency(
    new MultiDirectedGraph({ allowSelfLoops: true }),
  );
  const attributes = (i: number) => {
    const out = nullObject<AttrValue>();
    // Each node lacks some names others have: a lookup must not find Object's members.
    PROTO_KEYS.forEach((name, j) => {
      if ((i + j) % 3 !== 0) out[name] = `<${name}> & "${i}"`;
    });
    return out;
  };
  PROTO_KEYS.forEach((id, i) =>
    graph.addNode(id, { id, kind: 'generic', label: `label ${id}`, attributes: attributes(i) }),
  );
  PROTO_KEYS.forEach((source, i) => {
    const target = PROTO_KEYS[(i + 1) % PROTO_KEYS.length] as string;
    const id = `e-${source}`;
    graph.addDirectedEdgeWithKey(id, source, target, {
      id,
      kind: 'generic',
      source,
      target,
      directed: true,
      attributes: attributes(i + 1),
    });
  });
  return graph;
}

/** The job a worker puts together from `parts`, which must end with the last one. */
function assembled(parts: readonly unknown[]): ExportJob {
  const assembler = new JobAssembler();
  const jobs = parts.map((part) => assembler.add(part as Parameters<JobAssembler['add']>[0]));
  expect(jobs.slice(0, -1).every((job) => job === null)).toBe(true);
  const job = jobs.at(-1);
  if (!job) throw new Error('no job at the end');
  return job;
}

describe('export jobs sent in parts', () => {
  it('split a job a few thousand items a part and put it together as it was', async () => {
    const { graph, doc } = await loadArticle();
    const positions = new Map(graph.nodes().map((id, i) => [id, { x: i, y: 2 * i }] as const));
    const colors = Object.fromEntries(graph.nodes().map((id) => [id, '#abcdef']));
    const job = exportJob(
      graph,
      'graphml',
      { documentId: doc.document.id, positions, colors, sizes: new Map() },
      'article',
    );
    const parts = splitJob(job, 30);
    const count = (name: string) => parts.filter((part) => part.part === name).length;
    expect(parts[0]?.part).toBe('head');
    expect(parts.at(-1)?.part).toBe('end');
    expect(count('nodes')).toBe(Math.ceil(graph.order / 30));
    expect(count('edges')).toBe(Math.ceil(graph.size / 30));
    expect(count('positions')).toBe(Math.ceil(graph.order / 30));
    expect(count('sizes')).toBe(1);
    expect(parts.every((part) => !('items' in part) || part.items.length <= 30)).toBe(true);
    const back = assembled(parts.map(overTheWire));
    expect(back.graph).toEqual(job.graph);
    expect({ ...back, graph: undefined, options: undefined }).toEqual({
      ...job,
      graph: undefined,
      options: undefined,
    });
    expect(back.options.documentId).toBe(doc.document.id);
    expect(back.options.positions).toEqual(positions);
    expect(back.options.colors).toEqual(new Map(Object.entries(colors)));
    // An empty map stays a map: no size for any node, not the default sizes.
    expect(back.options.sizes).toEqual(new Map());
    expect('text' in back.options).toBe(false);
  });

  it('refuse a part that comes before the head', () => {
    expect(() => new JobAssembler().add({ part: 'nodes', items: [] })).toThrow(
      /a nodes part came before the head/,
    );
  });
});

describe('export jobs (the export worker)', () => {
  it('write the article in every format exactly as exportGraph does', async () => {
    const { graph, doc, text } = await loadArticle();
    const positions = new Map(graph.nodes().map((id, i) => [id, { x: i * 10, y: -i }] as const));
    const options: ExportOptions = {
      documentId: doc.document.id,
      document: doc.document,
      text,
      positions,
      colors: new Map([[graph.nodes()[0] as string, '#123456']]),
    };
    for (const format of FORMAT_IDS) {
      const job = overTheWire(exportJob(graph, format, options, 'article'));
      expect(runExportJob(job)).toEqual(exportGraph(graph, format, options, 'article'));
      // Sent in parts, as exportInWorker sends it.
      const parts = splitJob(exportJob(graph, format, options, 'article'), 40);
      expect(runExportJob(assembled(parts.map(overTheWire)))).toEqual(
        exportGraph(graph, format, options, 'article'),
      );
    }
  });

  it('keep hostile ids and attribute names of a foreign graph as they were', () => {
    const graph = hostileGenericGraph();
    const options: ExportOptions = { documentId: 'hostile', title: 'hostile' };
    for (const format of FORMAT_IDS) {
      if (format === 'json') continue; // claimgraph JSON carries claim graphs only
      const job = overTheWire(exportJob(graph, format, options, 'hostile'));
      const files = runExportJob(job);
      expect(files).toEqual(exportGraph(graph, format, options, 'hostile'));
      const parts = splitJob(exportJob(graph, format, options, 'hostile'), 7).map(overTheWire);
      expect(runExportJob(assembled(parts))).toEqual(files);
      // The attribute the node lacks is absent from its element, not Object's function.
      expect(files.map((f) => f.content).join('')).not.toMatch(
        /function \w*\(\) \{ \[native code\] \}/,
      );
    }
  });
});
