import { describe, expect, it } from 'vitest';
import {
  ImportStore,
  isImportId,
  memoryBackend,
  slugOfFileName,
  StorageUnavailableError,
  storageProblem,
  type ImportBackend,
  type ImportRecord,
} from './importStore.ts';

const record = (id: string, over: Partial<ImportRecord> = {}): ImportRecord => ({
  id,
  name: `${id}.graphml`,
  text: '<graphml/>',
  format: 'graphml',
  kind: 'generic',
  title: id,
  nodes: 2,
  edges: 1,
  importedAt: '2024-01-01T00:00:00.000Z',
  ...over,
});

const quota = () => new DOMException('the quota has been exceeded', 'QuotaExceededError');

/** A backend whose writes fail as a full browser storage does. */
function fullBackend(initial: ImportRecord[] = []): ImportBackend {
  const inner = memoryBackend(initial);
  return {
    ...inner,
    put: async () => {
      throw quota();
    },
  };
}

describe('ImportStore with a working backend', () => {
  it('saves, lists (without text) and gets records', async () => {
    const backend = memoryBackend();
    const store = new ImportStore(backend);
    expect(await store.list()).toEqual({ documents: [] });
    const saved = await store.save(record('import-a-1'));
    expect(saved).toEqual({ persisted: true });
    expect(backend.records.get('import-a-1')?.text).toBe('<graphml/>');
    const { documents, notice } = await store.list();
    expect(notice).toBeUndefined();
    expect(documents).toEqual([
      {
        id: 'import-a-1',
        name: 'import-a-1.graphml',
        format: 'graphml',
        kind: 'generic',
        title: 'import-a-1',
        nodes: 2,
        edges: 1,
        importedAt: '2024-01-01T00:00:00.000Z',
      },
    ]);
    expect((await store.get('import-a-1'))?.text).toBe('<graphml/>');
    expect(await store.get('import-missing-1')).toBeUndefined();
  });

  it('reads what an earlier session stored, oldest first', async () => {
    const backend = memoryBackend([
      record('import-b-1', { importedAt: '2024-02-01T00:00:00.000Z' }),
      record('import-a-1', { importedAt: '2024-01-01T00:00:00.000Z' }),
    ]);
    const store = new ImportStore(backend);
    expect((await store.list()).documents.map((d) => d.id)).toEqual(['import-a-1', 'import-b-1']);
    expect((await store.get('import-b-1'))?.name).toBe('import-b-1.graphml');
  });

  it('removes records from memory and the backend', async () => {
    const backend = memoryBackend([record('import-a-1')]);
    const store = new ImportStore(backend);
    await store.list();
    expect(await store.remove('import-a-1')).toEqual({});
    expect(backend.records.size).toBe(0);
    expect((await store.list()).documents).toEqual([]);
    expect(await store.get('import-a-1')).toBeUndefined();
  });

  it('keeps a computed layout with the record', async () => {
    const backend = memoryBackend();
    const store = new ImportStore(backend);
    await store.save(record('import-a-1'));
    expect(await store.saveLayout('import-a-1', [['__proto__', 1, 2]])).toBe(true);
    expect(backend.records.get('import-a-1')?.layout).toEqual([['__proto__', 1, 2]]);
    expect(await store.saveLayout('import-unknown-1', [])).toBe(false);
  });

  it('gives each file a fresh slug id', async () => {
    const store = new ImportStore(memoryBackend([record('import-karate-1')]));
    expect(await store.newId('karate.graphml')).toBe('import-karate-2');
    await store.save(record('import-karate-2'));
    expect(await store.newId('Karate.GraphML')).toBe('import-karate-3');
    expect(await store.newId('Café Müller (v2).gexf')).toBe('import-cafe-muller-v2-1');
    expect(await store.newId('<img src=x onerror=alert(1)>.json')).toBe(
      'import-img-src-x-onerror-alert-1-1',
    );
    expect(await store.newId('__proto__.json')).toBe('import-proto-1');
    expect(await store.newId('.json')).toBe('import-file-1');
  });
});

describe('ImportStore when storage fails', () => {
  it('keeps a record in memory and explains a full storage (QuotaExceededError)', async () => {
    const store = new ImportStore(fullBackend());
    const saved = await store.save(record('import-big-1', { name: 'big.graphml' }));
    expect(saved.persisted).toBe(false);
    expect(saved.notice?.problem).toBe('quota');
    expect(saved.notice?.message).toContain('storage is full');
    expect(saved.notice?.message).toContain('“big.graphml”');
    // The graph stays usable for the session.
    expect((await store.list()).documents.map((d) => d.id)).toEqual(['import-big-1']);
    expect((await store.get('import-big-1'))?.text).toBe('<graphml/>');
    expect(await store.saveLayout('import-big-1', [['a', 0, 0]])).toBe(false);
  });

  it('works from memory when the backend cannot be created at all', async () => {
    const store = new ImportStore(() => {
      throw new StorageUnavailableError('no IndexedDB in this browser');
    });
    const listed = await store.list();
    expect(listed.documents).toEqual([]);
    expect(listed.notice?.problem).toBe('unavailable');
    expect(listed.notice?.message).toContain('IndexedDB is unavailable');
    const saved = await store.save(record('import-a-1'));
    expect(saved.persisted).toBe(false);
    expect(saved.notice?.problem).toBe('unavailable');
    expect((await store.list()).documents.map((d) => d.id)).toEqual(['import-a-1']);
    expect((await store.get('import-a-1'))?.title).toBe('import-a-1');
  });

  it('says when a removal did not reach the backend', async () => {
    const backend = memoryBackend([record('import-a-1')]);
    const store = new ImportStore({
      ...backend,
      delete: async () => {
        throw new Error('disk error');
      },
    });
    await store.list();
    const removed = await store.remove('import-a-1');
    expect(removed.notice?.message).toContain('disk error');
    expect((await store.list()).documents).toEqual([]);
  });

  it('classifies storage errors', () => {
    expect(storageProblem(quota())).toBe('quota');
    expect(storageProblem({ name: 'QuotaExceededError' })).toBe('quota');
    expect(storageProblem(new DOMException('no', 'SecurityError'))).toBe('unavailable');
    expect(storageProblem(new StorageUnavailableError('x'))).toBe('unavailable');
    expect(storageProblem(new Error('other'))).toBe('failed');
  });
});

describe('ids', () => {
  it('recognises import ids and makes slugs', () => {
    expect(isImportId('import-karate-1')).toBe(true);
    expect(isImportId('rbc-2023-09-13-kim-putin')).toBe(false);
    expect(slugOfFileName('C:\\data\\My Graph.graphml')).toBe('my-graph');
    expect(slugOfFileName('a'.repeat(80) + '.json')).toHaveLength(40);
  });
});
