/** `claimgraph import PATH [--json]`: the detected format and counts, or every error. */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { importBytes, MAX_IMPORT_BYTES } from '../formats/index.ts';
import { parseCommandArgs } from './args.ts';
import { EXIT, UsageError, type CliIo } from './io.ts';

export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } });
  if (positionals.length !== 1) throw new UsageError('import takes exactly one PATH');
  const file = path.resolve(io.cwd, positionals[0] as string);
  const shown = positionals[0] as string;
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    io.err(`${shown}: cannot read the file (${(error as Error).message})`);
    return EXIT.problems;
  }
  if (size > MAX_IMPORT_BYTES) {
    io.err(
      `${shown}: the file is ${size} bytes; the import limit is ${MAX_IMPORT_BYTES} bytes (20 MiB)`,
    );
    return EXIT.problems;
  }
  const result = importBytes(new Uint8Array(await readFile(file)), path.basename(file));
  if (!result.ok) {
    if (values.json)
      io.out(
        JSON.stringify(
          { ok: false, format: result.format ?? null, errors: result.errors },
          null,
          2,
        ),
      );
    else {
      for (const e of result.errors) {
        io.err(
          `${shown}: ${e.where}: ${e.message}${e.expected ? ` (expected ${e.expected})` : ''}`,
        );
      }
    }
    return EXIT.problems;
  }
  let statements = 0;
  if (result.isClaimgraph) {
    result.graph.forEachEdge((_id, attrs) => {
      if (attrs.kind === 'statement') statements += 1;
    });
  }
  const summary = {
    ok: true,
    format: result.format,
    claimgraph: result.isClaimgraph,
    nodes: result.graph.order,
    edges: result.graph.size,
    statements,
    warnings: result.warnings,
  };
  if (values.json) io.out(JSON.stringify(summary, null, 2));
  else {
    io.out(
      `${shown}: ${result.format}, ${result.isClaimgraph ? 'claimgraph graph' : 'generic graph'}: ${summary.nodes} nodes, ${summary.edges} edges${result.isClaimgraph ? `, ${statements} statements` : ''}`,
    );
    for (const w of result.warnings) io.err(`${shown}: warning: ${w.where}: ${w.message}`);
  }
  return EXIT.ok;
}
