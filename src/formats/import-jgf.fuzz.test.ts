/**
 * Fuzzing the JSON Graph Format importer: ≥ 10 000 inputs.
 * See fixtures/hostile/fuzz-support.ts for the generators and the property.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadArticle } from '../model/test-support.ts';
import { FIXTURES } from './fixtures/external.ts';
import { fuzzImporter, standardFamilies } from './fixtures/hostile/fuzz-suite.ts';
import { anyJson, jgfJson, jsonText } from './fixtures/hostile/fuzz-support.ts';
import { toJgf } from './jgf.ts';

const article = await loadArticle();
const seeds = [
  toJgf(article.graph, { documentId: article.doc.document.id, title: article.doc.document.title }),
  ...['jgf-edge-to-missing-node.json', 'jgf-missing-nodes.json'].map((f) =>
    readFileSync(path.join(FIXTURES, f), 'utf8'),
  ),
];

fuzzImporter(
  'jgf',
  standardFamilies('jgf', {
    syntax: 'json',
    claimRuns: 3000,
    genericRuns: 2500,
    fixed: { seeds, what: 'the article and fixtures' },
    shaped: [
      {
        name: '(b) JGF-shaped JSON with wrong types anywhere',
        numRuns: 2900,
        texts: jsonText(jgfJson),
      },
      { name: '(b) any JSON with graph keys', numRuns: 500, texts: jsonText(anyJson) },
    ],
  }),
);
