import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../data/queries.ts';
import { prefetchFirstScreen } from './prefetch.ts';
import { createQueryClient } from './queryClient.ts';

afterEach(() => vi.unstubAllGlobals());

const requested = (search: string): string[] => {
  const fetchMock = vi.fn(async () => new Response('{}', { status: 503 }));
  vi.stubGlobal('fetch', fetchMock);
  const client = createQueryClient();
  prefetchFirstScreen(client, search);
  return fetchMock.mock.calls.map((call) => String((call as unknown[])[0]));
};

describe('prefetchFirstScreen', () => {
  it('asks for the list and the linked document at once', () => {
    expect(requested('?doc=tiny&sel=alice')).toEqual([
      '/data/documents.json',
      '/data/documents/tiny.json',
    ]);
  });

  it('asks for the list alone without a document, or for an imported one', () => {
    expect(requested('')).toEqual(['/data/documents.json']);
    expect(requested('?doc=import-abc')).toEqual(['/data/documents.json']);
    expect(requested('?doc=..%2Fsecret')).toEqual(['/data/documents.json']);
  });

  it('fills the queries the components read', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { status: 404 })),
    );
    const client = createQueryClient();
    prefetchFirstScreen(client, '?doc=nope');
    await vi.waitFor(() =>
      expect(client.getQueryState(queryKeys.document('nope'))?.status).toBe('error'),
    );
    expect(client.getQueryState(queryKeys.document('nope'))?.error?.message).toBe(
      'Document nope not found',
    );
  });

  it('loads the schemas unless the build checked every file of the first screen', () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { status: 503 })),
    );
    const digest = 'a'.repeat(64);
    const schemasLoaded = (search: string, paths: string[]): boolean => {
      const loadSchemas = vi.fn(async () => ({}));
      const digests = Object.fromEntries(paths.map((path) => [path, digest]));
      prefetchFirstScreen(createQueryClient(), search, { digests, loadSchemas });
      return loadSchemas.mock.calls.length > 0;
    };
    const list = 'data/documents.json';
    const tiny = 'data/documents/tiny.json';
    expect(schemasLoaded('?doc=tiny', [list, tiny])).toBe(false);
    expect(schemasLoaded('', [list])).toBe(false);
    expect(schemasLoaded('?doc=tiny', [list])).toBe(true);
    expect(schemasLoaded('?doc=tiny', [tiny])).toBe(true);
    expect(schemasLoaded('?doc=tiny', [])).toBe(true);
  });

  it("loads Cytoscape's chunk while a large document arrives, not for a small one", async () => {
    const summary = (id: string, nodes: number) => ({
      id,
      title: id,
      publisher: 'Test',
      publishedAt: '2023-09-13',
      nodes,
      edges: nodes,
    });
    const list = { documents: [summary('small', 108), summary('large', 10_000)] };
    const loads = async (search: string) => {
      vi.stubGlobal(
        'fetch',
        vi.fn(async (url: string) =>
          url.endsWith('documents.json')
            ? new Response(JSON.stringify(list), {
                headers: { 'Content-Type': 'application/json' },
              })
            : new Response('{}', { status: 503 }),
        ),
      );
      const loadCanvas = vi.fn(async () => undefined);
      const client = createQueryClient();
      prefetchFirstScreen(client, search, { loadCanvas, digests: {} });
      await vi.waitFor(() => expect(client.getQueryData(queryKeys.documents)).toBeDefined());
      await new Promise((resolve) => setTimeout(resolve, 0));
      return loadCanvas.mock.calls.length;
    };
    expect(await loads('?doc=large')).toBe(1);
    expect(await loads('?doc=small')).toBe(0);
    // No document named: the first one opens, a small one here.
    expect(await loads('')).toBe(0);
    expect(await loads('?doc=missing')).toBe(0);
  });
});
