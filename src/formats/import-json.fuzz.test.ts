/**
 * Fuzzing the claimgraph JSON importer (envelope and bare graph.json): ≥ 10 000 inputs.
 * See fixtures/hostile/fuzz-support.ts for the generators and the property.
 */
import { loadArticle } from '../model/test-support.ts';
import { fuzzImporter } from './fixtures/hostile/fuzz-suite.ts';
import {
  anyJson,
  claimgraphJson,
  claimSeed,
  seedPool,
  fixedSeed,
  jsonText,
  mutated,
  noise,
  withFilename,
} from './fixtures/hostile/fuzz-support.ts';
import { toJson } from './json.ts';

const article = await loadArticle();
const envelope = toJson(article.graph, {
  documentId: article.doc.document.id,
  document: article.doc.document,
  text: article.text,
});
const seeds = [envelope, JSON.stringify(article.doc)];

fuzzImporter('json', [
  {
    name: '(a) mutated exports of random claimgraph graphs',
    numRuns: 5000,
    input: withFilename('json', mutated(seedPool(claimSeed('json'), 200), 'json')),
  },
  {
    name: '(a) mutated exports of the article (with its text) and its graph.json',
    numRuns: 100,
    input: withFilename('json', mutated(fixedSeed(seeds), 'json')),
  },
  {
    name: '(b) claimgraph-shaped JSON with wrong types anywhere',
    numRuns: 3400,
    input: withFilename('json', jsonText(claimgraphJson)),
  },
  {
    name: '(b) any JSON with graph keys',
    numRuns: 500,
    input: withFilename('json', jsonText(anyJson)),
  },
  { name: '(c) noise', numRuns: 1000, input: withFilename('json', noise('json')) },
]);
