import path from 'node:path';
import { buildGraph } from '../model/build.ts';
import { checkDocument, listDocumentIds } from '../model/documents-fs.ts';
import { computeStats, type GraphStats } from '../model/stats.ts';
import { formatProblem } from '../model/validate.ts';
import { encodeFilters } from '../model/filter-codec.ts';
import { applyFilters } from '../model/filters.ts';
import { subgraph } from '../model/subgraph.ts';
import { parseCommandArgs } from './args.ts';
import { CLI_FILTER_OPTIONS, readFilterFlags } from './filter-flags.ts';
import { EXIT, UsageError, type CliIo } from './io.ts';

/** `claimgraph stats [--doc ID] [--json]`. */
export async function statsCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    doc: { type: 'string' },
    json: { type: 'boolean' },
    ...CLI_FILTER_OPTIONS,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const ids = await listDocumentIds(io.dataRoot);
  const id = values.doc ?? ids[0];
  if (id === undefined) throw new UsageError(`no documents found under ${io.dataRoot}/documents`);
  if (!ids.includes(id)) {
    throw new UsageError(`--doc: no document "${id}" (available: ${ids.join(', ') || 'none'})`);
  }
  const checked = await checkDocument(path.join(io.dataRoot, 'documents', id));
  if (!checked.doc) {
    for (const problem of checked.problems) io.err(formatProblem(problem));
    return EXIT.problems;
  }
  const graph = buildGraph(checked.doc);
  const view = readFilterFlags(values, graph);
  const filtered = view.filters.length > 0;
  const stats = computeStats(filtered ? subgraph(graph, applyFilters(graph, view)) : graph);
  const filters = encodeFilters(view);
  if (values.json) io.out(JSON.stringify({ document: id, filters, ...stats }, null, 2));
  else
    io.out(formatStats(id, stats, filtered ? new URLSearchParams(filters).toString() : undefined));
  return EXIT.ok;
}

function formatStats(id: string, s: GraphStats, filters: string | undefined): string {
  const counts = (record: Record<string, number>) =>
    Object.entries(record)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || 'none';
  return [
    `document   ${id}`,
    ...(filters ? [`filtered   ${filters}`] : []),
    `nodes      ${s.nodes} (${counts(s.byKind)})`,
    `actors     ${counts(s.byActorType)}; ${s.anonymousActors} anonymous`,
    `edges      ${s.edges} stored (${counts(s.byEdgeKind)}), ${s.derivedEdges} derived`,
    `statements ${s.statements} (${counts(s.byStance)})`,
    `contested  ${s.contested}${s.contested > 0 ? `: ${s.contestedClaims.join(', ')}` : ''}`,
  ].join('\n');
}
