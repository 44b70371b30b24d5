/**
 * `claimgraph export`: the filtered view, or a selection (with its 1-hop context), in any
 * graph format, to stdout or a file; CSV writes nodes.csv and edges.csv into a folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportGraph, FORMAT_IDS, type FormatId } from '../formats/index.ts';
import { precomputeLayout } from '../graph/precompute-layout.ts';
import { encodeFilters } from '../model/filter-codec.ts';
import { applyFilters } from '../model/filters.ts';
import { selectionSet, subgraph } from '../model/subgraph.ts';
import { parseCommandArgs } from './args.ts';
import { CLI_FILTER_OPTIONS, readFilterFlags } from './filter-flags.ts';
import { EXIT, UsageError, type CliIo } from './io.ts';
import { loadDocumentForCli, reportProblems } from './load-document.ts';

export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    doc: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    select: { type: 'string' },
    context: { type: 'boolean' },
    'no-positions': { type: 'boolean' },
    ...CLI_FILTER_OPTIONS,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const format = values.format;
  if (format === undefined)
    throw new UsageError(`--format is required (one of ${FORMAT_IDS.join(', ')})`);
  if (!(FORMAT_IDS as readonly string[]).includes(format)) {
    throw new UsageError(
      `--format: unknown format "${format}"; expected one of ${FORMAT_IDS.join(', ')}`,
    );
  }
  if (format === 'csv' && values.out === undefined) {
    throw new UsageError('--out: csv writes nodes.csv and edges.csv, so it needs --out DIRECTORY');
  }
  const loaded = await loadDocumentForCli(io, values.doc);
  if (!loaded.ok) {
    reportProblems(io, loaded.problems);
    return EXIT.problems;
  }
  const { graph } = loaded;
  const view = readFilterFlags(values, graph);
  const selected = values.select?.split(',').filter((id) => id !== '') ?? [];
  for (const id of selected) {
    if (!graph.hasNode(id) && !graph.hasEdge(id)) {
      throw new UsageError(`--select: no node or edge "${id}" in this document`);
    }
  }
  if (selected.length > 0 && view.filters.length > 0) {
    throw new UsageError('--select exports a selection; it cannot be combined with filter flags');
  }
  let part = graph;
  if (selected.length > 0)
    part = subgraph(graph, selectionSet(graph, selected), { context: values.context });
  else if (view.filters.length > 0) {
    part = subgraph(graph, applyFilters(graph, { ...view, context: values.context }), {
      context: values.context,
    });
  }
  const positions = values['no-positions']
    ? undefined
    : precomputeLayout(graph, loaded.id).positions;
  const viewName = selected.length > 0 ? 'selection' : viewLabel(encodeFilters(view));
  const files = exportGraph(
    part,
    format as FormatId,
    {
      documentId: loaded.id,
      document: loaded.doc.document,
      text: loaded.text,
      positions,
    },
    `${loaded.id}.${viewName}`,
  );

  if (values.out === undefined) {
    for (const file of files) io.out(file.content.replace(/\n$/, ''));
    return EXIT.ok;
  }
  const out = path.resolve(io.cwd, values.out);
  if (format === 'csv') {
    await mkdir(out, { recursive: true });
    const [nodes, edges] = files;
    await writeFile(path.join(out, 'nodes.csv'), nodes?.content ?? '');
    await writeFile(path.join(out, 'edges.csv'), edges?.content ?? '');
    io.err(
      `wrote ${path.join(values.out, 'nodes.csv')} and ${path.join(values.out, 'edges.csv')} (${part.order} nodes, ${part.size} edges)`,
    );
    return EXIT.ok;
  }
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, files[0]?.content ?? '');
  io.err(`wrote ${values.out} (${part.order} nodes, ${part.size} edges, ${format})`);
  return EXIT.ok;
}

/** A short name for the view in file names: `all`, or the filters as `stance-denial.speaker-x`. */
export function viewLabel(params: Record<string, string>): string {
  const parts = Object.entries(params).map(([k, v]) =>
    `${k}-${v}`
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, ''),
  );
  const label = parts.join('.').slice(0, 80);
  return label === '' ? 'all' : label;
}
