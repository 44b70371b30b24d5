/** Finding and loading the document a command works on (`--doc ID`, default the first). */
import path from 'node:path';
import { buildGraph, type ClaimGraph } from '../model/build.ts';
import { checkDocument, listDocumentIds } from '../model/documents-fs.ts';
import type { DocumentGraph } from '../model/schema.ts';
import { formatProblem, type Problem } from '../model/validate.ts';
import { UsageError, type CliIo } from './io.ts';

export type LoadedForCli =
  | { ok: true; id: string; doc: DocumentGraph; text: string; graph: ClaimGraph }
  | { ok: false; problems: Problem[] };

export async function loadDocumentForCli(
  io: CliIo,
  requested: string | undefined,
): Promise<LoadedForCli> {
  const ids = await listDocumentIds(io.dataRoot);
  const id = requested ?? ids[0];
  if (id === undefined) throw new UsageError(`no documents found under ${io.dataRoot}/documents`);
  if (!ids.includes(id)) {
    throw new UsageError(`--doc: no document "${id}" (available: ${ids.join(', ') || 'none'})`);
  }
  const checked = await checkDocument(path.join(io.dataRoot, 'documents', id));
  if (!checked.doc || checked.text === undefined) return { ok: false, problems: checked.problems };
  return { ok: true, id, doc: checked.doc, text: checked.text, graph: buildGraph(checked.doc) };
}

export const reportProblems = (io: CliIo, problems: Problem[]): void => {
  for (const problem of problems) io.err(formatProblem(problem));
};
