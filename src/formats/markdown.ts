/**
 * The Markdown evidence report: a story-research note that lists, for every claim
 * (contested ones first), each statement on it with its speaker, stance, cue, outlet chain
 * and date, and the exact words of the text as a blockquote with their offsets. Every piece
 * of graph text is escaped (markdown-escape.ts). Foreign (generic) nodes and edges get a
 * plain listing at the end.
 */
import type { ClaimNode, StatementEdge } from '../model/schema.ts';
import { isOpposing, isSupporting } from '../model/vocabulary.ts';
import { blockquote, escapeMarkdown, inlineCode } from './markdown-escape.ts';
import type { AnyNodeAttributes, ExportOptions, GenericEdge, ImportedGraph } from './types.ts';
import { edgeEntries, nodeEntries } from './walk.ts';

interface ClaimEntry {
  claim: ClaimNode;
  statements: StatementEdge[];
  about: { id: string; role?: string }[];
  contested: boolean;
}

const byReadingOrder = (a: StatementEdge, b: StatementEdge) =>
  (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0) || (a.id < b.id ? -1 : 1);

const firstOffset = (c: ClaimEntry) =>
  Math.min(c.statements[0]?.evidence[0]?.start ?? Infinity, c.claim.mentions[0]?.start ?? Infinity);

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function toMarkdown(graph: ImportedGraph, opts: ExportOptions): string {
  const nodes = nodeEntries(graph);
  const edges = edgeEntries(graph);
  const byId = new Map<string, AnyNodeAttributes>(nodes.map((n) => [n.id, n.attrs]));
  const name = (id: string) => {
    const node = byId.get(id);
    return node ? escapeMarkdown(node.label) : inlineCode(id);
  };

  const claims = new Map<string, ClaimEntry>();
  for (const { id, attrs } of nodes)
    if (attrs.kind === 'claim')
      claims.set(id, { claim: attrs, statements: [], about: [], contested: false });
  const generic: { source: string; target: string; edge: GenericEdge }[] = [];
  for (const { source, target, attrs } of edges) {
    if (attrs.kind === 'statement') claims.get(target)?.statements.push(attrs);
    else if (attrs.kind === 'about')
      claims.get(source)?.about.push({ id: target, ...(attrs.role ? { role: attrs.role } : {}) });
    else if (attrs.kind === 'generic') generic.push({ source, target, edge: attrs });
  }
  for (const entry of claims.values()) {
    entry.statements.sort(byReadingOrder);
    entry.contested =
      entry.statements.some((s) => isSupporting(s.stance)) &&
      entry.statements.some((s) => isOpposing(s.stance));
  }
  const ordered = [...claims.values()].sort(
    (a, b) =>
      Number(b.contested) - Number(a.contested) ||
      (a.contested ? b.statements.length - a.statements.length : 0) ||
      firstOffset(a) - firstOffset(b),
  );

  const counts = { actor: 0, event: 0, claim: 0, generic: 0 };
  for (const n of nodes) counts[n.attrs.kind] += 1;
  const statements = ordered.reduce((sum, c) => sum + c.statements.length, 0);
  const contested = ordered.filter((c) => c.contested).length;

  const doc = opts.document;
  const title = opts.title ?? doc?.title ?? opts.documentId;
  const out: string[] = [`# ${escapeMarkdown(title)}`, ''];
  const source = [
    `Document ${inlineCode(opts.documentId)}`,
    doc ? `${escapeMarkdown(doc.publisher)}, ${escapeMarkdown(doc.publishedAt)}` : undefined,
  ].filter(Boolean);
  out.push(`${source.join(': ')}.`, '');
  if (doc?.note) out.push(escapeMarkdown(doc.note), '');
  out.push(
    `- ${plural(nodes.length, 'node')}: ${plural(counts.actor, 'actor')}, ${plural(counts.event, 'event')}, ${plural(counts.claim, 'claim')}${counts.generic ? `, ${plural(counts.generic, 'other node')}` : ''}`,
    `- ${plural(edges.length, 'edge')}, of which ${plural(statements, 'statement')}`,
    `- ${plural(contested, 'contested claim')} (a supporting and an opposing statement on the same claim)`,
    '',
    'Quotes are verbatim; offsets are character positions in the article text (UTF-16 code units, end exclusive).',
    '',
  );

  if (ordered.length > 0) out.push('## Claims', '');
  ordered.forEach((entry, i) => {
    const { claim } = entry;
    out.push(
      `### ${i + 1}. ${escapeMarkdown(claim.label)}${entry.contested ? ' (contested)' : ''}`,
      '',
    );
    const facts = [`Claim ${inlineCode(claim.id)}`];
    if (claim.date)
      facts.push(`dated ${escapeMarkdown(claim.date)}${claim.dateInferred ? ' (inferred)' : ''}`);
    if (entry.about.length > 0)
      facts.push(
        `about ${entry.about.map((a) => `${name(a.id)}${a.role ? ` (${escapeMarkdown(a.role)})` : ''}`).join(', ')}`,
      );
    out.push(`${facts.join('; ')}.`, '');
    if (entry.statements.length === 0) out.push('_No statement on this claim in this export._', '');
    for (const s of entry.statements) out.push(...statementLines(s, name));
  });

  const genericNodes = nodes.filter((n) => n.attrs.kind === 'generic');
  if (genericNodes.length > 0) {
    out.push('## Other nodes', '');
    for (const n of genericNodes)
      out.push(`- ${escapeMarkdown(n.attrs.label)} (${inlineCode(n.id)})`);
    out.push('');
  }
  if (generic.length > 0) {
    out.push('## Other edges', '');
    for (const g of generic)
      out.push(
        `- ${name(g.source)} → ${name(g.target)}${g.edge.label ? `: ${escapeMarkdown(g.edge.label)}` : ''} (${inlineCode(g.edge.id)})`,
      );
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function statementLines(s: StatementEdge, name: (id: string) => string): string[] {
  const parts = [`_${s.stance}_`, `“${escapeMarkdown(s.cue)}”`];
  if (s.via.length > 0) parts.push(`via ${s.via.map(name).join(' → ')}`);
  if (s.date) parts.push(`said ${escapeMarkdown(s.date)}${s.dateInferred ? ' (inferred)' : ''}`);
  parts.push(`${s.quote} quote`);
  const lines = [`**${name(s.source)}**: ${parts.join(' · ')}`, ''];
  for (const span of s.evidence) {
    lines.push(blockquote(span.exact), '>', `> characters ${span.start}–${span.end}`, '');
  }
  if (s.note) lines.push(`Note: ${escapeMarkdown(s.note)}`, '');
  return lines;
}
