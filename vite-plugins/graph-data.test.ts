import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentIndexSchema, documentPayloadSchema } from '../src/data/schemas.ts';
import { answerDataRequest, buildDataFiles, checkDataFiles, layoutFor } from './graph-data.ts';

const fixtures = path.resolve(import.meta.dirname, '../graph-data/fixtures');
let root: string;

/** Copies a fixture folder into the temporary graph-data as documents/<id>. */
async function addDocument(fixture: string, id: string): Promise<void> {
  const folder = path.join(root, 'documents', id);
  await mkdir(folder, { recursive: true });
  await cp(path.join(fixtures, fixture), folder, { recursive: true });
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'claimgraph-data-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('buildDataFiles', () => {
  it('makes the index and one payload per document', async () => {
    await addDocument('valid', 'fixture-valid');
    const files = await buildDataFiles(root);
    expect([...files.keys()].sort()).toEqual([
      'data/documents.json',
      'data/documents/fixture-valid.json',
    ]);
    const index = documentIndexSchema.parse(files.get('data/documents.json'));
    expect(index.documents).toEqual([
      {
        id: 'fixture-valid',
        title: 'A small test document',
        publisher: 'Fixture Press',
        publishedAt: '2023-05-03',
        nodes: 7,
        edges: 5,
      },
    ]);
    const payload = documentPayloadSchema.parse(files.get('data/documents/fixture-valid.json'));
    expect(payload.graph.document.id).toBe('fixture-valid');
    expect(payload.text.length).toBeGreaterThan(0);
  });

  it('ships the precomputed force layout with every node placed', async () => {
    await addDocument('valid', 'fixture-valid');
    const files = await buildDataFiles(root);
    const payload = documentPayloadSchema.parse(files.get('data/documents/fixture-valid.json'));
    expect(payload.layout?.name).toBe('fcose');
    expect(Object.keys(payload.layout?.positions ?? {}).sort()).toEqual(
      payload.graph.nodes.map((n) => n.id).sort(),
    );
    // The same graph gives the same layout, from the cache.
    expect(layoutFor(payload.graph)).toBe(layoutFor(structuredClone(payload.graph)));
    const again = documentPayloadSchema.parse(
      (await answerDataRequest(root, 'data/documents/fixture-valid.json'))?.body,
    );
    expect(again.layout).toEqual(payload.layout);
  });

  it('lists no documents when there are none', async () => {
    const files = await buildDataFiles(root);
    expect(files.get('data/documents.json')).toEqual({ documents: [] });
  });

  it('fails on an invalid document', async () => {
    await addDocument('span-mismatch', 'broken');
    await expect(buildDataFiles(root)).rejects.toThrow(/Document broken is invalid/);
  });
});

describe('checkDataFiles (what a build tells the app it checked)', () => {
  const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

  it('writes every file and gives the digest of each text the app would accept as it is', async () => {
    await addDocument('valid', 'fixture-valid');
    const files = await buildDataFiles(root);
    const { texts, digests } = checkDataFiles(files);
    expect([...texts.keys()].sort()).toEqual([...files.keys()].sort());
    for (const [fileName, body] of files) {
      expect(JSON.parse(texts.get(fileName)!)).toEqual(body);
    }
    expect(digests).toEqual(
      Object.fromEntries([...texts].map(([fileName, text]) => [fileName, sha256(text)])),
    );
  });

  it('lists no digest for a file the check would change, and writes it all the same', async () => {
    await addDocument('valid', 'fixture-valid');
    const files = await buildDataFiles(root);
    const payload = files.get('data/documents/fixture-valid.json') as Record<string, unknown>;
    // zod drops keys it does not know: the app's copy would differ from the file.
    files.set('data/documents/fixture-valid.json', { ...payload, unknown: true });
    const { texts, digests } = checkDataFiles(files);
    expect(Object.keys(digests)).toEqual(['data/documents.json']);
    expect(JSON.parse(texts.get('data/documents/fixture-valid.json')!).unknown).toBe(true);
  });

  it('refuses a file the app would refuse, by its name', () => {
    const files = new Map<string, unknown>([['data/documents.json', { documents: [{}] }]]);
    expect(() => checkDataFiles(files)).toThrow(/^data\/documents\.json would be refused/);
  });
});

describe('answerDataRequest (dev server)', () => {
  it('serves the index and a document', async () => {
    await addDocument('valid', 'fixture-valid');
    const index = await answerDataRequest(root, 'data/documents.json');
    expect(index?.status).toBe(200);
    const doc = await answerDataRequest(root, 'data/documents/fixture-valid.json');
    expect(doc?.status).toBe(200);
    expect(documentPayloadSchema.parse(doc?.body).graph.nodes).toHaveLength(7);
  });

  it('answers 404 for a missing document and leaves other paths alone', async () => {
    expect(await answerDataRequest(root, 'data/documents/nope.json')).toEqual({
      status: 404,
      body: { error: 'Not found: /data/documents/nope.json' },
    });
    expect((await answerDataRequest(root, 'data/other.json'))?.status).toBe(404);
    expect(await answerDataRequest(root, 'src/app/main.tsx')).toBeUndefined();
  });

  it('answers 500 with the problems for an invalid document', async () => {
    await addDocument('span-mismatch', 'broken');
    const answer = await answerDataRequest(root, 'data/documents/broken.json');
    expect(answer?.status).toBe(500);
    expect((answer?.body as { error: string }).error).toMatch(/Document broken is invalid/);
  });
});
