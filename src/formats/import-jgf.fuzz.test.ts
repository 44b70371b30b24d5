/**
 * Fuzzing the JSON Graph Format importer: ≥ 10 000 inputs.
 * See fixtures/hostile/fuzz-support.ts for the generators and the property.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadArticle } from '../model/test-support.ts';
import { FIXTURES } from './fixtures/external.ts';
import { fuzzImporter } from './fixtures/hostile/fuzz-suite.ts';
import {
  anyJson,
  claimSeed,
  fixedSeed,
  genericSeed,
  seedPool,
  jgfJson,
  jsonText,
  mutated,
  noise,
  withFilename,
} from './fixtures/hostile/fuzz-support.ts';
import { toJgf } from './jgf.ts';

const article = await loadArticle();
const seeds = [
  toJgf(article.graph, { documentId: article.doc.document.id, title: article.doc.document.title }),
  ...['jgf-edge-to-missing-node.json', 'jgf-missing-nodes.json'].map((f) =>
    readFileSync(path.join(FIXTURES, f), 'utf8'),
  ),
];

fuzzImporter('jgf', [
  {
    name: '(a) mutated exports of random claimgraph graphs',
    numRuns: 3000,
    input: withFilename('jgf', mutated(seedPool(claimSeed('jgf'), 200), 'json')),
  },
  {
    name: '(a) mutated exports of random foreign graphs',
    numRuns: 2500,
    input: withFilename('jgf', mutated(seedPool(genericSeed('jgf'), 200), 'json')),
  },
  {
    name: '(a) mutated exports of the article and fixtures',
    numRuns: 100,
    input: withFilename('jgf', mutated(fixedSeed(seeds), 'json')),
  },
  {
    name: '(b) JGF-shaped JSON with wrong types anywhere',
    numRuns: 2900,
    input: withFilename('jgf', jsonText(jgfJson)),
  },
  {
    name: '(b) any JSON with graph keys',
    numRuns: 500,
    input: withFilename('jgf', jsonText(anyJson)),
  },
  { name: '(c) noise', numRuns: 1000, input: withFilename('jgf', noise('json')) },
]);
