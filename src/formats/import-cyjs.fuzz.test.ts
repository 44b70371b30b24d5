/**
 * Fuzzing the Cytoscape JSON importer: ≥ 10 000 inputs.
 * See fixtures/hostile/fuzz-support.ts for the generators and the property.
 */
import { loadArticle } from '../model/test-support.ts';
import { toCyjs } from './cyjs.ts';
import { fuzzImporter, standardFamilies } from './fixtures/hostile/fuzz-suite.ts';
import { anyJson, cyjsJson, jsonText } from './fixtures/hostile/fuzz-support.ts';

const article = await loadArticle();
const seeds = [
  toCyjs(article.graph, { documentId: article.doc.document.id, title: article.doc.document.title }),
  JSON.stringify([
    { data: { id: 1, name: 'One', SUID: 1 }, position: { x: 1, y: 2 } },
    { data: { id: 2, name: 'Two' } },
    { data: { source: 1, target: 2, interaction: 'pp' } },
  ]),
];

fuzzImporter(
  'cyjs',
  standardFamilies('cyjs', {
    syntax: 'json',
    claimRuns: 3000,
    genericRuns: 2500,
    fixed: { seeds, what: 'the article and a desktop file' },
    shaped: [
      {
        name: '(b) Cytoscape-shaped JSON with wrong types anywhere',
        numRuns: 2900,
        texts: jsonText(cyjsJson),
      },
      { name: '(b) any JSON with graph keys', numRuns: 500, texts: jsonText(anyJson) },
    ],
  }),
);
