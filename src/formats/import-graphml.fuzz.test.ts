/**
 * Fuzzing the GraphML importer: ≥ 10 000 inputs.
 * See fixtures/hostile/fuzz-support.ts for the generators and the property.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadArticle } from '../model/test-support.ts';
import { FIXTURES } from './fixtures/external.ts';
import { fuzzImporter, standardFamilies } from './fixtures/hostile/fuzz-suite.ts';
import { xmlDocument } from './fixtures/hostile/fuzz-support.ts';
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

fuzzImporter(
  'graphml',
  standardFamilies('graphml', {
    syntax: 'xml',
    claimRuns: 3000,
    genericRuns: 2500,
    fixed: { seeds, what: 'the article and foreign files' },
    shaped: [
      {
        name: '(b) random GraphML-grammar XML trees',
        numRuns: 3400,
        texts: xmlDocument('graphml'),
      },
    ],
  }),
);
