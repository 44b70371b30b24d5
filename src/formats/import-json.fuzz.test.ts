/**
 * Fuzzing the claimgraph JSON importer (envelope and bare graph.json): ≥ 10 000 inputs.
 * See fixtures/hostile/fuzz-support.ts for the generators and the property.
 */
import { loadArticle } from '../model/test-support.ts';
import { fuzzImporter, standardFamilies } from './fixtures/hostile/fuzz-suite.ts';
import { anyJson, claimgraphJson, jsonText } from './fixtures/hostile/fuzz-support.ts';
import { toJson } from './json.ts';

const article = await loadArticle();
const envelope = toJson(article.graph, {
  documentId: article.doc.document.id,
  document: article.doc.document,
  text: article.text,
});
const seeds = [envelope, JSON.stringify(article.doc)];

fuzzImporter(
  'json',
  standardFamilies('json', {
    syntax: 'json',
    claimRuns: 5000,
    fixed: { seeds, what: 'the article (with its text) and its graph.json' },
    shaped: [
      {
        name: '(b) claimgraph-shaped JSON with wrong types anywhere',
        numRuns: 3400,
        texts: jsonText(claimgraphJson),
      },
      { name: '(b) any JSON with graph keys', numRuns: 500, texts: jsonText(anyJson) },
    ],
  }),
);
