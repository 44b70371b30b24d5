/** Loading the checked-in documents and fixtures in unit tests (Node only). */
import path from 'node:path';
import { buildGraph, type ClaimGraph } from './build.ts';
import { checkDocument } from './documents-fs.ts';
import { formatProblem } from './validate.ts';
import type { DocumentGraph } from './schema.ts';

export const GRAPH_DATA = path.resolve(import.meta.dirname, '../../graph-data');
export const ARTICLE_ID = 'rbc-2023-09-13-kim-putin';

export interface Loaded {
  doc: DocumentGraph;
  text: string;
  graph: ClaimGraph;
}

/** Loads a document folder, failing loudly with every problem when it is not valid. */
export async function loadValid(folder: string): Promise<Loaded> {
  const checked = await checkDocument(folder);
  if (!checked.doc || checked.text === undefined) {
    throw new Error(checked.problems.map(formatProblem).join('\n'));
  }
  return { doc: checked.doc, text: checked.text, graph: buildGraph(checked.doc) };
}

export const loadFixture = (name: string) => loadValid(path.join(GRAPH_DATA, 'fixtures', name));
export const loadArticle = () => loadValid(path.join(GRAPH_DATA, 'documents', ARTICLE_ID));
