/**
 * Fuzzing the GraphML importer: ≥ 10 000 inputs.
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
import { toGraphml } from './graphml.ts';

const article = await loadArticle();
const seeds = [
  toGraphml(article.graph, {
    documentId: article.doc.document.id,
    title: article.doc.document.title,
  }),
  ...['foreign.graphml', 'edge-to-missing-node.graphml'].map((f) =>
    readFileSync(path.join(FIXTURES, f), 'utf8'),
  ),
];

fuzzImporter('graphml', [
  {
    name: '(a) mutated exports of random claimgraph graphs',
    numRuns: 3000,
    input: withFilename('graphml', mutated(seedPool(claimSeed('graphml'), 200), 'xml')),
  },
  {
    name: '(a) mutated exports of random foreign graphs',
    numRuns: 2500,
    input: withFilename('graphml', mutated(seedPool(genericSeed('graphml'), 200), 'xml')),
  },
  {
    name: '(a) mutated exports of the article and foreign files',
    numRuns: 100,
    input: withFilename('graphml', mutated(fixedSeed(seeds), 'xml')),
  },
  {
    name: '(b) random GraphML-grammar XML trees',
    numRuns: 3400,
    input: withFilename('graphml', xmlDocument('graphml')),
  },
  { name: '(c) noise', numRuns: 1000, input: withFilename('graphml', noise('xml')) },
]);
