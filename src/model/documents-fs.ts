/**
 * Reading documents from `graph-data/` on disk (Node only: the CLI, the Vite data plugin
 * and the tests use it; the browser fetches the JSON this produces).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseJsonText } from './json.ts';
import type { DocumentGraph } from './schema.ts';
import { validateDocument, type Problem } from './validate.ts';

export const GRAPH_FILE = 'graph.json';

export const sha256Hex = (bytes: Uint8Array | string): string =>
  createHash('sha256').update(bytes).digest('hex');

/** Ids of the documents under `<root>/documents`, sorted, one per folder holding a graph.json. */
export async function listDocumentIds(root: string): Promise<string[]> {
  const dir = path.join(root, 'documents');
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const ids: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    if (await exists(path.join(dir, entry.name, GRAPH_FILE))) ids.push(entry.name);
  }
  return ids.sort();
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

export interface CheckedDocument {
  /** The graph.json path as given (used in problem reports). */
  file: string;
  doc: DocumentGraph | undefined;
  text: string | undefined;
  problems: Problem[];
}

/**
 * Reads and validates one document. `target` is a document folder or a graph.json path;
 * the text file is looked up beside it by `document.textFile`.
 */
export async function checkDocument(target: string): Promise<CheckedDocument> {
  const file = target.endsWith('.json') ? target : path.join(target, GRAPH_FILE);
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    return {
      file,
      doc: undefined,
      text: undefined,
      problems: [
        { file, path: '$', message: `cannot read the file (${(error as Error).message})` },
      ],
    };
  }
  const json = parseJsonText(source);
  if (!json.ok) {
    return {
      file,
      doc: undefined,
      text: undefined,
      problems: [{ file, path: '$', message: json.message }],
    };
  }
  const envelope = asExportEnvelope(json.value);
  if (envelope) {
    // A `claimgraph export --format json` file carries its text: check the spans against it.
    const result = validateDocument({
      raw: envelope.graph,
      text: envelope.text,
      textSha256: envelope.text === undefined ? undefined : sha256Hex(envelope.text),
      file,
    });
    const problems = result.problems.map((p) => ({
      ...p,
      path:
        p.path === '$'
          ? 'graph'
          : p.path.startsWith('document.textFile')
            ? 'text'
            : `graph.${p.path}`,
    }));
    return { file, doc: result.doc, text: envelope.text, problems };
  }
  const meta = (json.value as { document?: { textFile?: unknown } } | null)?.document;
  const textFile = typeof meta?.textFile === 'string' ? meta.textFile : undefined;
  let text: string | undefined;
  let textSha256: string | undefined;
  if (textFile !== undefined && !/[/\\]/.test(textFile)) {
    try {
      const bytes = await readFile(path.join(path.dirname(file), textFile));
      text = bytes.toString('utf8');
      textSha256 = sha256Hex(bytes);
    } catch {
      text = undefined;
    }
  }
  const result = validateDocument({ raw: json.value, text, textSha256, file });
  return { file, doc: result.doc, text, problems: result.problems };
}

/**
 * The JSON export envelope `{ "claimgraphExport": 1, "graph": …, "text": "…" }`
 * (src/formats/json.ts), recognised so that an export validates on its own.
 */
function asExportEnvelope(
  value: unknown,
): { graph: unknown; text: string | undefined } | undefined {
  if (typeof value !== 'object' || value === null || !('claimgraphExport' in value))
    return undefined;
  const { graph, text } = value as { graph?: unknown; text?: unknown };
  return { graph, text: typeof text === 'string' ? text : undefined };
}

/** What the app fetches for one document. */
export interface DocumentPayload {
  graph: DocumentGraph;
  text: string;
}

/** Reads a valid document for serving; throws an Error listing the problems otherwise. */
export async function readDocumentPayload(root: string, id: string): Promise<DocumentPayload> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new Error(`"${id}" is not a document id`);
  const folder = path.join(root, 'documents', id);
  if (!(await exists(path.join(folder, GRAPH_FILE)))) throw new Error(`Document ${id} not found`);
  const checked = await checkDocument(folder);
  if (!checked.doc || checked.text === undefined) {
    const lines = checked.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
    throw new Error(`Document ${id} is invalid:\n${lines.join('\n')}`);
  }
  return { graph: checked.doc, text: checked.text };
}
