import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fromImport } from '../app/fromImport.ts';
import type { Point } from '../formats/types.ts';
import { loadImportedDocument, primeImported, type LayoutFunction } from './importedDocument.ts';
import { ImportStore, memoryBackend, type ImportRecord } from './importStore.ts';
import { toGexf } from '../formats/gexf.ts';
import { importGraph } from '../formats/import.ts';
import { buildGraph } from '../model/build.ts';
import type { DocumentGraph } from '../model/schema.ts';

const DOC_DIR = path.resolve(
  import.meta.dirname,
  '../../graph-data/documents/rbc-2023-09-13-kim-putin',
);

const cyjs = (withPositions: boolean) =>
  JSON.stringify({
    elements: {
      nodes: [
        {
          data: { id: '__proto__', label: 'Proto' },
          ...(withPositions ? { position: { x: 1, y: 2 } } : {}),
        },
        {
          data: { id: 'b', label: 'Bee', type: 'insect' },
          ...(withPositions ? { position: { x: 3, y: 4 } } : {}),
        },
      ],
      edges: [{ data: { id: 'e', source: '__proto__', target: 'b' } }],
    },
  });

const record = (id: string, text: string, over: Partial<ImportRecord> = {}): ImportRecord => ({
  id,
  name: 'file.cyjs',
  text,
  format: 'cyjs',
  kind: 'generic',
  title: 'file.cyjs',
  nodes: 2,
  edges: 1,
  importedAt: '2024-03-01T10:00:00.000Z',
  ...over,
});

const fakeLayout = () =>
  vi.fn<LayoutFunction>(
    async ({ nodes }) => new Map(nodes.map((n, i): [string, Point] => [n, { x: i, y: -i }])),
  );

describe('loadImportedDocument', () => {
  it('computes a layout once for a file without positions and keeps it', async () => {
    const backend = memoryBackend([record('import-file-1', cyjs(false))]);
    const store = new ImportStore(backend);
    const layout = fakeLayout();
    const first = await loadImportedDocument('import-file-1', layout, store);
    expect(layout).toHaveBeenCalledTimes(1);
    expect(layout.mock.calls[0]?.[0]).toEqual({
      nodes: ['__proto__', 'b'],
      edges: [['__proto__', 'b']],
    });
    expect(first.positionsFrom).toBe('layout');
    expect(first.positions?.get('__proto__')).toEqual({ x: 0, y: -0 });
    await vi.waitFor(() => expect(backend.records.get('import-file-1')?.layout).toHaveLength(2));

    const again = await loadImportedDocument('import-file-1', layout, new ImportStore(backend));
    expect(layout).toHaveBeenCalledTimes(1);
    expect(again.positions?.get('b')).toEqual({ x: 1, y: -1 });
  });

  it("uses the file's own positions", async () => {
    const store = new ImportStore(memoryBackend([record('import-file-1', cyjs(true))]));
    const layout = fakeLayout();
    const loaded = await loadImportedDocument('import-file-1', layout, store);
    expect(layout).not.toHaveBeenCalled();
    expect(loaded.positionsFrom).toBe('file');
    expect(loaded.positions?.get('__proto__')).toEqual({ x: 1, y: 2 });
  });

  it('reuses the result of an import that just happened', async () => {
    const text = cyjs(true);
    const store = new ImportStore(memoryBackend([record('import-file-1', text)]));
    const result = importGraph(text, 'file.cyjs');
    if (!result.ok) throw new Error('expected an import');
    primeImported('import-file-1', result);
    const loaded = await loadImportedDocument('import-file-1', fakeLayout(), store);
    expect(loaded.result).toBe(result);
  });

  it('explains a document that is not there, or can no longer be read', async () => {
    const store = new ImportStore(memoryBackend([record('import-bad-1', '{"elements": [')]));
    await expect(loadImportedDocument('import-gone-1', fakeLayout(), store)).rejects.toThrow(
      /import-gone-1 is not in this browser.*Import the file again/,
    );
    await expect(loadImportedDocument('import-bad-1', fakeLayout(), store)).rejects.toThrow(
      /\(“file.cyjs”\) can no longer be read: line 1, column 15: invalid JSON/,
    );
  });
});

describe('fromImport', () => {
  it('makes a claimgraph export with its text a document like a bundled one', async () => {
    const graph = JSON.parse(readFileSync(path.join(DOC_DIR, 'graph.json'), 'utf8')) as object;
    const text = readFileSync(path.join(DOC_DIR, 'article.txt'), 'utf8');
    const file = JSON.stringify({ claimgraphExport: 1, graph, text });
    const store = new ImportStore(
      memoryBackend([
        record('import-rbc-1', file, { format: 'json', kind: 'claimgraph', name: 'rbc.json' }),
      ]),
    );
    const data = await loadImportedDocument('import-rbc-1', fakeLayout(), store);
    const doc = fromImport(data);
    if (doc.kind === 'generic') throw new Error('expected a claimgraph document');
    expect(doc.id).toBe('import-rbc-1');
    expect(doc.payload.graph.document.id).toBe('import-rbc-1');
    expect(doc.payload.graph.document.publisher).toBe('RBC Daily');
    expect(doc.origin?.publication).toBe('RBC Daily · 2023-09-13');
    expect(doc.text).toBe(text);
    expect(doc.origin).toMatchObject({ fileName: 'rbc.json', format: 'json', hasText: true });
    expect(doc.payload.graph.edges.every((e) => (e.kind as string) !== 'reported')).toBe(true);
    expect(Object.keys(doc.payload.layout?.positions ?? {})).toHaveLength(doc.graph.order);
  });

  it('makes a bare graph.json a document without text', async () => {
    const file = readFileSync(path.join(DOC_DIR, 'graph.json'), 'utf8');
    const store = new ImportStore(
      memoryBackend([
        record('import-graph-1', file, { format: 'json', kind: 'claimgraph', name: 'graph.json' }),
      ]),
    );
    const doc = fromImport(await loadImportedDocument('import-graph-1', fakeLayout(), store));
    if (doc.kind === 'generic') throw new Error('expected a claimgraph document');
    expect(doc.text).toBe('');
    expect(doc.origin?.hasText).toBe(false);
  });

  it('reads a claimgraph GEXF with its positions, and says where it came from', async () => {
    const doc = JSON.parse(readFileSync(path.join(DOC_DIR, 'graph.json'), 'utf8')) as DocumentGraph;
    const graph = buildGraph(doc);
    const positions = new Map(
      graph.mapNodes((id, _n): [string, Point] => [id, { x: id.length, y: 1 }]),
    );
    const file = toGexf(graph, {
      documentId: doc.document.id,
      title: doc.document.title,
      positions,
    });
    const layout = fakeLayout();
    const store = new ImportStore(
      memoryBackend([
        record('import-rbc-1', file, { format: 'gexf', kind: 'claimgraph', name: 'rbc.gexf' }),
      ]),
    );
    const data = await loadImportedDocument('import-rbc-1', layout, store);
    expect(layout).not.toHaveBeenCalled();
    const loaded = fromImport(data);
    if (loaded.kind === 'generic') throw new Error('expected a claimgraph document');
    expect(loaded.graph.order).toBe(graph.order);
    expect(loaded.payload.graph.document.title).toBe(doc.document.title);
    expect(loaded.payload.layout?.positions['north-korea']).toEqual({ x: 11, y: 1 });
    expect(loaded.origin).toMatchObject({ format: 'gexf', hasText: false });
    expect(loaded.origin?.publication).toBeUndefined();
  });

  it('makes a foreign graph a generic document with safe keys', async () => {
    const store = new ImportStore(memoryBackend([record('import-file-1', cyjs(true))]));
    const doc = fromImport(await loadImportedDocument('import-file-1', fakeLayout(), store));
    if (doc.kind !== 'generic') throw new Error('expected a generic document');
    const proto = [...doc.originalIds].find(([, id]) => id === '__proto__')?.[0] as string;
    expect(proto).toMatch(/^x-[0-9a-f]+$/);
    expect(doc.positions?.[proto]).toEqual({ x: 1, y: 2 });
    expect(doc.title).toBe('file.cyjs');
    expect(doc.colors.get('b')).toBeDefined();
    expect(doc.imported.graph.hasNode('__proto__')).toBe(true);
  });
});
