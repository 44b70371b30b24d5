/**
 * Validates a document graph against its text and reports every problem at once, each
 * as `file: json.path: message`. Besides the zod schema it checks what only the whole
 * document can tell (ids, endpoints, spans against the text, the text's hash) and what a
 * careful editor checks by eye (the cue stands in its evidence, every outlet is named in
 * it, every claim has a statement).
 *
 * Pure: the caller reads the files and hashes the text (see documents-fs.ts), so the
 * browser can validate an imported file too.
 */
import type { z } from 'zod';
import { documentGraphSchema, type DocumentGraph, type EdgeKind, type NodeKind } from './schema.ts';
import { EDGE_ENDPOINTS } from './vocabulary.ts';
import { includesFolded } from './text.ts';

export interface Problem {
  file: string;
  /** JSON path into the file, such as `nodes[3].mentions[0].exact`; `$` for the whole file. */
  path: string;
  message: string;
}

export const formatProblem = (p: Problem): string => `${p.file}: ${p.path}: ${p.message}`;

export interface ValidateInput {
  /** The parsed graph.json, not yet trusted. */
  raw: unknown;
  /** The document text that spans point into, or undefined when it could not be read. */
  text: string | undefined;
  /** SHA-256 (hex) of the text's bytes, when the caller could compute it. */
  textSha256?: string;
  /** Name used in the reports, e.g. `graph-data/documents/x/graph.json`. */
  file: string;
}

export type ValidateResult =
  | { ok: true; doc: DocumentGraph; problems: [] }
  | { ok: false; doc: undefined; problems: Problem[] };

type Path = ReadonlyArray<PropertyKey>;

/** `['nodes', 3, 'mentions', 0]` → `nodes[3].mentions[0]`. */
export function formatPath(path: Path): string {
  if (path.length === 0) return '$';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function schemaProblems(error: z.ZodError, file: string): Problem[] {
  return error.issues.map((issue) => ({
    file,
    path: formatPath(issue.path),
    message: issue.message,
  }));
}

export function validateDocument(input: ValidateInput): ValidateResult {
  const { raw, text, file } = input;
  const problems: Problem[] = [];
  const report = (path: Path, message: string) =>
    problems.push({ file, path: formatPath(path), message });

  const parsed = documentGraphSchema.safeParse(raw);
  if (!parsed.success) problems.push(...schemaProblems(parsed.error, file));

  // The checks below read the raw JSON defensively, so that a schema problem in one
  // element does not hide the other problems of the document.
  const root = isRecord(raw) ? raw : {};
  const nodes = asArray(root.nodes);
  const edges = asArray(root.edges);
  const meta = isRecord(root.document) ? root.document : {};

  if (text === undefined) {
    report(
      ['document', 'textFile'],
      `text file ${JSON.stringify(meta.textFile)} could not be read`,
    );
  } else if (input.textSha256 !== undefined && str(meta.textSha256) !== input.textSha256) {
    report(
      ['document', 'textSha256'],
      `does not match the text: the file hashes to ${input.textSha256}`,
    );
  }

  // Ids: nodes and edges share one namespace, so a reference is never ambiguous.
  const kindOf = new Map<string, NodeKind>();
  const labelsOf = new Map<string, string[]>();
  const firstSeen = new Map<string, string>();
  const checkId = (id: string | undefined, path: Path) => {
    if (id === undefined) return;
    const earlier = firstSeen.get(id);
    if (earlier !== undefined)
      report([...path, 'id'], `duplicate id "${id}" (first used at ${earlier})`);
    else firstSeen.set(id, formatPath(path));
  };
  nodes.forEach((n, i) => {
    if (!isRecord(n)) return;
    const id = str(n.id);
    checkId(id, ['nodes', i]);
    const kind = str(n.kind);
    if (id !== undefined && (kind === 'actor' || kind === 'event' || kind === 'claim')) {
      if (!kindOf.has(id)) kindOf.set(id, kind);
      const names = [str(n.label), ...asArray(n.aliases).map(str)].filter(
        (s): s is string => s !== undefined,
      );
      labelsOf.set(id, names);
    }
  });
  edges.forEach((e, i) => {
    if (isRecord(e)) checkId(str(e.id), ['edges', i]);
  });

  // Spans: in range and equal to the text they point at.
  const checkSpans = (spans: unknown, path: Path) => {
    if (text === undefined) return;
    asArray(spans).forEach((s, j) => {
      if (!isRecord(s)) return;
      const { start, end, exact } = s;
      if (typeof start !== 'number' || typeof end !== 'number' || typeof exact !== 'string') return;
      if (start < 0 || end > text.length || end <= start) {
        report(
          [...path, j],
          `span ${start}–${end} is out of range (text has ${text.length} characters)`,
        );
        return;
      }
      const actual = text.slice(start, end);
      if (actual !== exact) {
        report(
          [...path, j, 'exact'],
          `does not equal the text at ${start}–${end}: expected ${JSON.stringify(actual)}, found ${JSON.stringify(exact)}`,
        );
      }
    });
  };
  nodes.forEach((n, i) => {
    if (isRecord(n)) checkSpans(n.mentions, ['nodes', i, 'mentions']);
  });

  const claimsWithStatements = new Set<string>();
  edges.forEach((e, i) => {
    if (!isRecord(e)) return;
    const path: Path = ['edges', i];
    checkSpans(e.evidence, [...path, 'evidence']);
    const kind = str(e.kind) as EdgeKind | undefined;
    // An own-property lookup: a hostile kind such as "constructor" must not find Object.
    const rule =
      kind !== undefined && Object.hasOwn(EDGE_ENDPOINTS, kind) ? EDGE_ENDPOINTS[kind] : undefined;
    for (const end of ['source', 'target'] as const) {
      const ref = str(e[end]);
      if (ref === undefined) continue;
      const refKind = kindOf.get(ref);
      if (refKind === undefined) {
        report([...path, end], `"${ref}" is not a node of this document`);
      } else if (rule && !rule[end].includes(refKind)) {
        report(
          [...path, end],
          `a ${kind} edge goes ${rule.source.join('|')} → ${rule.target.join('|')}, but "${ref}" is ${refKind === 'event' ? 'an' : 'a'} ${refKind}`,
        );
      }
    }
    if (kind !== 'statement') return;
    const target = str(e.target);
    if (target !== undefined) claimsWithStatements.add(target);
    const evidenceText = asArray(e.evidence)
      .map((s) => (isRecord(s) ? str(s.exact) : undefined))
      .filter((s): s is string => s !== undefined)
      .join('\n');
    const cue = str(e.cue);
    if (cue !== undefined && evidenceText !== '' && !evidenceText.includes(cue)) {
      report(
        [...path, 'cue'],
        `cue ${JSON.stringify(cue)} does not appear in the statement's evidence`,
      );
    }
    asArray(e.via).forEach((v, j) => {
      const outlet = str(v);
      if (outlet === undefined) return;
      const outletKind = kindOf.get(outlet);
      if (outletKind === undefined) {
        report([...path, 'via', j], `"${outlet}" is not a node of this document`);
        return;
      }
      if (outletKind === 'claim') {
        report(
          [...path, 'via', j],
          `"${outlet}" is a claim; an outlet is an actor or a publication event`,
        );
        return;
      }
      const names = labelsOf.get(outlet) ?? [];
      if (evidenceText !== '' && !names.some((name) => includesFolded(evidenceText, name))) {
        report(
          [...path, 'via', j],
          `outlet "${outlet}" is not named in the statement's evidence (looked for ${names
            .map((n) => JSON.stringify(n))
            .join(', ')})`,
        );
      }
    });
  });

  nodes.forEach((n, i) => {
    if (!isRecord(n) || n.kind !== 'claim') return;
    const id = str(n.id);
    if (id !== undefined && !claimsWithStatements.has(id)) {
      report(['nodes', i], `claim "${id}" has no statement: every claim needs a speaker`);
    }
    checkDateOrder(n, ['nodes', i], report);
  });
  nodes.forEach((n, i) => {
    if (isRecord(n) && n.kind === 'event') checkDateOrder(n, ['nodes', i], report);
  });

  if (parsed.success && problems.length === 0) return { ok: true, doc: parsed.data, problems: [] };
  return { ok: false, doc: undefined, problems };
}

function checkDateOrder(
  node: Record<string, unknown>,
  path: Path,
  report: (path: Path, message: string) => void,
) {
  const date = str(node.date);
  const endDate = str(node.endDate);
  if (date !== undefined && endDate !== undefined && endDate < date && !date.startsWith(endDate)) {
    report([...path, 'endDate'], `endDate ${endDate} is before date ${date}`);
  }
}
