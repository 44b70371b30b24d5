import { createHash } from 'node:crypto';
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

describe('files the build checked', () => {
  const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
  // Invalid for the schema (a node without a label): only a check would refuse it.
  const unchecked = () => ({
    graph: { ...tinyDocument(), nodes: [{ id: 'x', kind: 'actor' }] },
    text: 'Ä',
  });
  const served = (body: unknown) =>
    new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

  it('are not checked again when their bytes are those the build wrote', async () => {
    const body = unchecked();
    const text = JSON.stringify(body);
    serve(served(body));
    const payload = await fetchDocument('tiny', {
      'data/documents/tiny.json': sha256(text),
    });
    expect(payload).toEqual(body);
  });

  it('are checked when their bytes differ, or under another name', async () => {
    const body = unchecked();
    const other = sha256(`${JSON.stringify(body)} `);
    serve(served(body));
    await expect(
      fetchDocument('tiny', { 'data/documents/tiny.json': other }),
    ).rejects.toBeInstanceOf(InvalidDataError);
    serve(served(body));
    await expect(
      fetchDocument('tiny', { 'data/documents/other.json': sha256(JSON.stringify(body)) }),
    ).rejects.toBeInstanceOf(InvalidDataError);
  });

  it('still say which document they are', async () => {
    const body = { ...unchecked(), graph: { ...tinyDocument(), document: { id: 'other' } } };
    serve(served(body));
    await expect(
      fetchDocument('tiny', { 'data/documents/tiny.json': sha256(JSON.stringify(body)) }),
    ).rejects.toThrow('Document tiny is invalid: its graph says it is other');
  });

  it('include the document list', async () => {
    const list = { documents: [{ id: 'no summary' }] };
    serve(served(list));
    expect(await fetchDocuments({ 'data/documents.json': sha256(JSON.stringify(list)) })).toEqual(
      list.documents,
    );
    serve(served(list));
    await expect(fetchDocuments({})).rejects.toThrow(/^The document list is invalid/);
  });
});

describe('early responses (public/early-data.js)', () => {
  it('takes the response asked for before the bundle ran, once', async () => {
    const fetchMock = serve(json({ documents: [] }));
    const early = json({
      documents: [
        {
          id: 'tiny',
          title: 'Tiny',
          publisher: 'Test',
          publishedAt: '2023-09-13',
          nodes: 6,
          edges: 5,
        },
      ],
    });
    vi.stubGlobal('window', {
      __claimgraphEarlyData: { 'documents.json': Promise.resolve(early) },
    });
    expect((await fetchDocuments()).map((d) => d.id)).toEqual(['tiny']);
    expect(fetchMock).not.toHaveBeenCalled();
    // Asked again (a refetch), it goes to the network.
    expect(await fetchDocuments()).toEqual([]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('asks again when the early request failed on the way', async () => {
    const fetchMock = serve(json({ documents: [] }));
    vi.stubGlobal('window', {
      __claimgraphEarlyData: { 'documents.json': Promise.reject(new TypeError('offline')) },
    });
    expect(await fetchDocuments()).toEqual([]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
