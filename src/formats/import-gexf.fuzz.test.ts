/**
 * Fuzzing the GEXF importer (1.2draft and 1.3 share a reader): ≥ 10 000 inputs.
 * See fixtures/hostile/fuzz-support.ts for the generators and the property.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadArticle } from '../model/test-support.ts';
import { FIXTURES } from './fixtures/external.ts';
import { fuzzImporter } from './fixtures/hostile/fuzz-suite.ts';
import {
  claimSeed,
  fixedSeed,
  genericSeed,
  seedPool,
  mutated,
  noise,
  withFilename,
  xmlDocument,
} from './fixtures/hostile/fuzz-support.ts';
import { toGexf, toGexf13 } from './gexf.ts';

const article = await loadArticle();
const opts = { documentId: article.doc.document.id, title: article.doc.document.title };
const seeds = [
  toGexf(article.graph, opts),
  toGexf13(article.graph, opts),
  readFileSync(path.join(FIXTURES, 'truncated.gexf'), 'utf8'),
];

fuzzImporter('gexf', [
  {
    name: '(a) mutated exports of random claimgraph graphs',
    numRuns: 3000,
    input: withFilename('gexf', mutated(seedPool(claimSeed('gexf'), 200), 'xml')),
  },
  {
    name: '(a) mutated exports of random foreign graphs',
    numRuns: 2500,
    input: withFilename('gexf', mutated(seedPool(genericSeed('gexf'), 200), 'xml')),
  },
  {
    name: '(a) mutated exports of the article',
    numRuns: 100,
    input: withFilename('gexf', mutated(fixedSeed(seeds), 'xml')),
  },
  {
    name: '(b) random GEXF-grammar XML trees',
    numRuns: 3400,
    input: withFilename('gexf', xmlDocument('gexf')),
  },
  { name: '(c) noise', numRuns: 1000, input: withFilename('gexf', noise('xml')) },
]);
