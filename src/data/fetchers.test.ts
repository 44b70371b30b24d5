import { afterEach, describe, expect, it, vi } from 'vitest';
import { tinyDocument } from '../graph/testGraph.ts';
import {
  fetchDocument,
  fetchDocuments,
  HttpError,
  InvalidDataError,
  shouldRetry,
} from './fetchers.ts';

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

const serve = (response: Response) => {
  const fetchMock = vi.fn(async () => response);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
};

afterEach(() => vi.unstubAllGlobals());

describe('fetchDocument', () => {
  it('returns a valid payload', async () => {
    const fetchMock = serve(json({ graph: tinyDocument(), text: 'Alice' }));
    const payload = await fetchDocument('tiny');
    expect(payload.graph.nodes).toHaveLength(6);
    expect(fetchMock).toHaveBeenCalledWith('/data/documents/tiny.json', expect.anything());
  });

  it('says which document was not found', async () => {
    serve(json({ error: 'Not found' }, 404));
    const error = await fetchDocument('nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as Error).message).toBe('Document nope not found');
    expect(shouldRetry(0, error)).toBe(false);
  });

  it('does not ask for ids that cannot exist', async () => {
    const fetchMock = serve(json({}));
    await expect(fetchDocument('../secret')).rejects.toThrow('Document ../secret not found');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('explains an invalid graph', async () => {
    const graph = { ...tinyDocument(), nodes: [{ id: 'x', kind: 'actor' }] };
    serve(json({ graph, text: '' }));
    const error = await fetchDocument('tiny').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidDataError);
    expect((error as Error).message).toMatch(/^Document tiny is invalid:\n/);
    expect((error as Error).message).toMatch(/graph\.nodes\[0\]/);
    expect(shouldRetry(0, error)).toBe(false);
  });

  it('rejects HTML where JSON was expected', async () => {
    serve(new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }));
    await expect(fetchDocument('tiny')).rejects.toThrow(/expected JSON, got text\/html/);
  });

  it('reports server errors with their message and retries them', async () => {
    serve(json({ error: 'Document tiny is invalid: boom' }, 500));
    const error = await fetchDocument('tiny').catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      '/data/documents/tiny.json: HTTP 500: Document tiny is invalid: boom',
    );
    expect(shouldRetry(0, error)).toBe(true);
    expect(shouldRetry(2, error)).toBe(false);
  });
});

describe('fetchDocuments', () => {
  it('returns the summaries', async () => {
    const summary = {
      id: 'tiny',
      title: 'Tiny',
      publisher: 'Test Press',
      publishedAt: '2023-09-13',
      nodes: 6,
      edges: 4,
    };
    serve(json({ documents: [summary] }));
    expect(await fetchDocuments()).toEqual([summary]);
  });
});
