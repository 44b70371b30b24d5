import { MultiDirectedGraph } from 'graphology';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArticle } from '../model/test-support.ts';
import { PROTO_KEYS, prototypeSnapshot } from './fixtures/hostile/fuzz-support.ts';
import { exportJob } from './exportJob.ts';
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
      // The attribute the node lacks is absent from its element, not Object's function.
      expect(files.map((f) => f.content).join('')).not.toMatch(
        /function \w*\(\) \{ \[native code\] \}/,
      );
    }
  });
});
