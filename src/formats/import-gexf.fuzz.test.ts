/**
 * Fuzzing the GEXF importer (1.2draft and 1.3 share a reader): ≥ 10 000 inputs.
 * See fixtures/hostile/fuzz-support.ts for the generators and the property.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadArticle } from '../model/test-support.ts';
import { FIXTURES } from './fixtures/external.ts';
import { fuzzImporter, standardFamilies } from './fixtures/hostile/fuzz-suite.ts';
import { xmlDocument } from './fixtures/hostile/fuzz-support.ts';
import { toGexf, toGexf13 } from './gexf.ts';

const article = await loadArticle();
const opts = { documentId: article.doc.document.id, title: article.doc.document.title };
const seeds = [
  toGexf(article.graph, opts),
  toGexf13(article.graph, opts),
  readFileSync(path.join(FIXTURES, 'truncated.gexf'), 'utf8'),
];

fuzzImporter(
  'gexf',
  standardFamilies('gexf', {
    syntax: 'xml',
    claimRuns: 3000,
    genericRuns: 2500,
    fixed: { seeds, what: 'the article' },
    shaped: [
      { name: '(b) random GEXF-grammar XML trees', numRuns: 3400, texts: xmlDocument('gexf') },
    ],
  }),
);
