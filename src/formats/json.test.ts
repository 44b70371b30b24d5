import { createHash } from 'node:crypto';
import { MultiDirectedGraph } from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, type ClaimGraph } from '../model/build.ts';
import { loadArticle, type Loaded } from '../model/test-support.ts';
import { validateDocument } from '../model/validate.ts';
import { importGraph } from './import.ts';
import { toJson, type ClaimgraphExport } from './json.ts';
import { sha256Text } from './sha256.ts';

let article: Loaded;
beforeAll(async () => {
  article = await loadArticle();
});

const opts = () => ({
  documentId: article.doc.document.id,
  document: article.doc.document,
  text: article.text,
});

/** The subgraph induced by some nodes. */
function induced(graph: ClaimGraph, keep: Set<string>): ClaimGraph {
  const sub: ClaimGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  graph.forEachNode((id, attrs) => {
    if (keep.has(id)) sub.addNode(id, attrs);
  });
  graph.forEachEdge((id, attrs, source, target) => {
    if (keep.has(source) && keep.has(target)) sub.addDirectedEdgeWithKey(id, source, target, attrs);
  });
  return sub;
}

describe('claimgraph JSON export', () => {
  it('is an envelope whose graph validates on its own against its text', () => {
    const envelope = JSON.parse(toJson(article.graph, opts())) as ClaimgraphExport;
    expect(envelope.claimgraphExport).toBe(1);
    expect(envelope.text).toBe(article.text);
    const result = validateDocument({
      raw: envelope.graph,
      text: envelope.text,
      textSha256: sha256Text(article.text),
      file: 'x',
    });
    expect(result.problems).toEqual([]);
    expect(envelope.graph).toEqual(article.doc);
  });

  it('writes no derived edge', () => {
    const envelope = JSON.parse(toJson(article.graph, opts())) as ClaimgraphExport;
    expect(envelope.graph.edges.some((e) => e.id.startsWith('reported:'))).toBe(false);
  });

  it('keeps a subgraph valid: claims without statements and outlets outside it are dropped', () => {
    // Mkrtychev, his claim and what it is about, but not the claim's other speakers' outlets.
    const keep = new Set([
      'ashot-mkrtychev',
      'claim-mkrtychev-brokered-arms-deal',
      'us-treasury-department',
      'north-korea',
      'russia',
    ]);
    for (const claim of ['claim-spy-satellite-launch-violated-unsc-resolutions']) keep.add(claim);
    const sub = induced(article.graph, keep);
    const envelope = JSON.parse(toJson(sub, opts())) as ClaimgraphExport;
    const result = validateDocument({
      raw: envelope.graph,
      text: envelope.text,
      textSha256: sha256Text(article.text),
      file: 'x',
    });
    expect(result.problems).toEqual([]);
    const ids = envelope.graph.nodes.map((n) => n.id);
    expect(ids).toContain('claim-mkrtychev-brokered-arms-deal');
    expect(ids).not.toContain('claim-spy-satellite-launch-violated-unsc-resolutions');
    for (const e of envelope.graph.edges) {
      expect(ids).toContain(e.source);
      expect(ids).toContain(e.target);
      if (e.kind === 'statement') for (const v of e.via) expect(ids).toContain(v);
    }
    const back = importGraph(JSON.stringify(envelope));
    expect(back.ok && back.isClaimgraph && back.warnings).toEqual([]);
  });

  it('drops via entries whose outlet is outside the subgraph', () => {
    const withVia = article.doc.edges.find((e) => e.kind === 'statement' && e.via.length > 0);
    if (withVia?.kind !== 'statement') throw new Error('fixture changed');
    const sub = induced(article.graph, new Set([withVia.source, withVia.target]));
    const envelope = JSON.parse(toJson(sub, opts())) as ClaimgraphExport;
    const statement = envelope.graph.edges.find((e) => e.id === withVia.id);
    expect(statement?.kind === 'statement' && statement.via).toEqual([]);
    expect(
      validateDocument({ raw: envelope.graph, text: article.text, file: 'x' }).problems,
    ).toEqual([]);
  });

  it('needs the document metadata', () => {
    expect(() => toJson(article.graph, { documentId: 'x' })).toThrow(/opts.document/);
  });

  it('imports a bare graph.json with or without the text', () => {
    const bare = JSON.stringify(article.doc);
    const withText = importGraph(bare, 'graph.json', { text: article.text });
    expect(withText.ok && withText.warnings).toEqual([]);
    const without = importGraph(bare, 'graph.json');
    expect(without.ok && without.warnings).toEqual([
      {
        where: '$.document.textFile',
        message: 'no article text: spans were not checked against it',
      },
    ]);
    const wrongText = importGraph(bare, 'graph.json', { text: 'something else' });
    expect(wrongText.ok).toBe(false);
  });

  it('reports editorial findings as warnings, not errors', () => {
    const doc = structuredClone(article.doc);
    doc.edges = doc.edges.filter((e) => e.target !== 'claim-mkrtychev-brokered-arms-deal');
    const result = importGraph(JSON.stringify(doc), 'graph.json', { text: article.text });
    expect(result.ok && result.isClaimgraph).toBe(true);
    expect(result.ok && result.warnings.map((w) => w.message)).toContainEqual(
      'claim "claim-mkrtychev-brokered-arms-deal" has no statement: every claim needs a speaker',
    );
    expect(buildGraph(doc).order).toBe(article.graph.order);
  });

  it('refuses an envelope of another version', () => {
    const result = importGraph(JSON.stringify({ claimgraphExport: 2, graph: article.doc }));
    expect(result).toMatchObject({
      ok: false,
      errors: [{ where: '$.claimgraphExport', expected: '1' }],
    });
  });
});

describe('sha256', () => {
  it('matches node:crypto on the article and on edge cases', () => {
    for (const s of [
      '',
      'abc',
      'a'.repeat(55),
      'a'.repeat(56),
      'a'.repeat(64),
      'é😀\u0000',
      article.text,
    ])
      expect(sha256Text(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
  });
});
