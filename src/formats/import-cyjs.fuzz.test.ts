/**
 * Fuzzing the Cytoscape JSON importer: ≥ 10 000 inputs.
 * See fixtures/hostile/fuzz-support.ts for the generators and the property.
 */
import { loadArticle } from '../model/test-support.ts';
import { toCyjs } from './cyjs.ts';
import { fuzzImporter } from './fixtures/hostile/fuzz-suite.ts';
import {
  anyJson,
  claimSeed,
  cyjsJson,
  fixedSeed,
  genericSeed,
  seedPool,
  jsonText,
  mutated,
  noise,
  withFilename,
} from './fixtures/hostile/fuzz-support.ts';

const article = await loadArticle();
const seeds = [
  toCyjs(article.graph, { documentId: article.doc.document.id, title: article.doc.document.title }),
  JSON.stringify([
    { data: { id: 1, name: 'One', SUID: 1 }, position: { x: 1, y: 2 } },
    { data: { id: 2, name: 'Two' } },
    { data: { source: 1, target: 2, interaction: 'pp' } },
  ]),
];

fuzzImporter('cyjs', [
  {
    name: '(a) mutated exports of random claimgraph graphs',
    numRuns: 3000,
    input: withFilename('cyjs', mutated(seedPool(claimSeed('cyjs'), 200), 'json')),
  },
  {
    name: '(a) mutated exports of random foreign graphs',
    numRuns: 2500,
    input: withFilename('cyjs', mutated(seedPool(genericSeed('cyjs'), 200), 'json')),
  },
  {
    name: '(a) mutated exports of the article and a desktop file',
    numRuns: 100,
    input: withFilename('cyjs', mutated(fixedSeed(seeds), 'json')),
  },
  {
    name: '(b) Cytoscape-shaped JSON with wrong types anywhere',
    numRuns: 2900,
    input: withFilename('cyjs', jsonText(cyjsJson)),
  },
  {
    name: '(b) any JSON with graph keys',
    numRuns: 500,
    input: withFilename('cyjs', jsonText(anyJson)),
  },
  { name: '(c) noise', numRuns: 1000, input: withFilename('cyjs', noise('json')) },
]);
