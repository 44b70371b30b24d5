/**
 * Reading claimgraph's own JSON: a bare graph.json, or the export envelope
 * `{ "claimgraphExport": 1, "graph": …, "text": "…" }` (json.ts). The graph is checked
 * with validateDocument, against the text when there is one (the envelope's, else the
 * caller's), and its hash. Editorial findings (a claim without statement, a cue or outlet
 * not found in the evidence) are warnings; a graph without text is checked without spans.
 */
import { buildGraph } from '../model/build.ts';
import { documentGraphSchema } from '../model/schema.ts';
import { validateDocument } from '../model/validate.ts';
import { ENVELOPE_VERSION } from './json.ts';
import { isRecord } from './json-values.ts';
import { classifyProblem } from './problems.ts';
import { sha256Text } from './sha256.ts';
import type { ImportError, ImportResult, ImportWarning } from './types.ts';

export const isClaimgraphJson = (value: unknown): boolean =>
  isRecord(value) &&
  ('claimgraphExport' in value ||
    ('schemaVersion' in value && 'nodes' in value && 'document' in value));

const ENVELOPE_KEYS = new Set(['claimgraphExport', 'graph', 'text']);

export function readClaimgraphJson(value: unknown, givenText?: string): ImportResult {
  const fail = (errors: ImportError[]): ImportResult => ({ ok: false, format: 'json', errors });
  if (!isRecord(value))
    return fail([{ where: '$', message: 'not a JSON object', expected: 'a claimgraph graph' }]);
  const warnings: ImportWarning[] = [];
  let graph: unknown = value;
  let base = '$';
  let text = givenText;
  if ('claimgraphExport' in value) {
    if (value.claimgraphExport !== ENVELOPE_VERSION)
      return fail([
        {
          where: '$.claimgraphExport',
          message: `unsupported envelope version ${JSON.stringify(value.claimgraphExport)}`,
          expected: String(ENVELOPE_VERSION),
        },
      ]);
    if (!isRecord(value.graph))
      return fail([
        {
          where: '$.graph',
          message: 'missing or not an object',
          expected: 'a claimgraph document graph',
        },
      ]);
    if (value.text !== undefined && typeof value.text !== 'string')
      return fail([{ where: '$.text', message: 'not a string', expected: 'the article text' }]);
    for (const key of Object.keys(value))
      if (!ENVELOPE_KEYS.has(key))
        warnings.push({ where: `$.${key}`, message: 'unknown envelope field: ignored' });
    graph = value.graph;
    base = '$.graph';
    if (typeof value.text === 'string') text = value.text;
  }

  let result: ReturnType<typeof validateDocument>;
  try {
    result = validateDocument({
      raw: graph,
      text,
      ...(text !== undefined ? { textSha256: sha256Text(text) } : {}),
      file: 'import',
    });
  } catch (error) {
    // The importer never throws: a value the validator trips over (an edge kind such as
    // "constructor" did) is refused like any other invalid graph.
    return fail([
      {
        where: base,
        message: `the graph could not be checked: it holds a value the validator does not handle (${(error as Error).message})`,
        expected:
          'a valid claimgraph document graph (graph-data/schema/document-graph.schema.json)',
      },
    ]);
  }
  const errors: ImportError[] = [];
  const at = (path: string) => (path === '$' ? base : `${base}.${path}`.replace('.[', '['));
  for (const p of result.problems) {
    const cls = classifyProblem(p);
    if (cls === 'no-text')
      warnings.push({
        where: at(p.path),
        message: 'no article text: spans were not checked against it',
      });
    else if (cls === 'editorial') warnings.push({ where: at(p.path), message: p.message });
    else
      errors.push({
        where: at(p.path),
        message: p.message,
        expected:
          'a valid claimgraph document graph (graph-data/schema/document-graph.schema.json)',
      });
  }
  if (errors.length > 0) return fail(errors);
  const doc = documentGraphSchema.parse(graph);
  return {
    ok: true,
    format: 'json',
    isClaimgraph: true,
    graph: buildGraph(doc),
    document: doc.document,
    ...(text !== undefined ? { text } : {}),
    warnings,
  };
}
