import path from 'node:path';
import { checkDocument, listDocumentIds } from '../model/documents-fs.ts';
import { formatProblem } from '../model/validate.ts';
import { EXIT, UsageError, type CliIo } from './io.ts';
import { parseCommandArgs } from './args.ts';

/** `claimgraph validate [PATH...]`: one line per problem, exit 1 when there are any. */
export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommandArgs(args, {});
  const targets =
    positionals.length > 0
      ? positionals.map((p) => path.resolve(io.cwd, p))
      : (await listDocumentIds(io.dataRoot)).map((id) => path.join(io.dataRoot, 'documents', id));
  if (targets.length === 0)
    throw new UsageError(`no documents found under ${io.dataRoot}/documents`);
  let problems = 0;
  for (const target of targets) {
    const checked = await checkDocument(target);
    const shown = path.relative(io.cwd, checked.file) || checked.file;
    for (const problem of checked.problems) io.err(formatProblem({ ...problem, file: shown }));
    problems += checked.problems.length;
    if (checked.problems.length === 0) {
      const doc = checked.doc;
      io.out(`ok ${shown} (${doc?.nodes.length ?? 0} nodes, ${doc?.edges.length ?? 0} edges)`);
    }
  }
  if (problems > 0) {
    io.err(
      `${problems} problem${problems === 1 ? '' : 's'} in ${targets.length} document${targets.length === 1 ? '' : 's'}`,
    );
    return EXIT.problems;
  }
  return EXIT.ok;
}
