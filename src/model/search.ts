/**
 * Full-text search over a document graph, for the search box and the CLI.
 *
 * What is searched:
 * - nodes: the label (field `label`; for a claim node, whose label is the proposition, field
 *   `claim`), each alias (`alias`) and the description (`description`);
 * - statement edges: the `exact` text of each evidence span (`quote`) and the cue (`cue`).
 *   Other edges (about, participant, affiliation, derived reported edges) are not searched.
 *
 * Matching ignores case and typographic variants (`foldTypography`: "Kim Jong-un" finds
 * "Kim Jong‑un" with its non-breaking hyphen); the query is trimmed and runs of whitespace in it
 * count as one space. An empty or blank query finds nothing.
 *
 * Ranking, best first: the match quality (the whole field equals the query > the field starts
 * with it > it starts a word of the field > it occurs anywhere), then descriptions after the
 * other fields at equal quality, then nodes before statements, then by label, then by id. Each
 * element appears once, with its best-ranked field.
 */
import type { ClaimGraph } from './build.ts';
import type { NodeKind } from './schema.ts';
import { foldTypography } from './text.ts';

export type SearchField = 'label' | 'alias' | 'claim' | 'quote' | 'cue' | 'description';

export interface SearchResult {
  id: string;
  elementKind: 'node' | 'edge';
  kind: NodeKind | 'statement';
  /** The node's label; for a statement "Speaker — stance: claim label". */
  label: string;
  field: SearchField;
  /** The matching text, or a window of it around the match for long texts. */
  snippet: string;
  /** Where the match lies in `snippet` (UTF-16 offsets, end exclusive). */
  match: { start: number; end: number };
}

export interface SearchIndex {
  /** Ranked results for a query, at most `limit` (default 20). */
  search(query: string, limit?: number): SearchResult[];
}

/** Match qualities, best first. */
const EXACT = 0;
const PREFIX = 1;
const WORD_PREFIX = 2;
const SUBSTRING = 3;

interface Entry {
  id: string;
  elementKind: 'node' | 'edge';
  kind: NodeKind | 'statement';
  label: string;
  field: SearchField;
  text: string;
  folded: string;
}

/** Longest snippet kept whole; longer texts are cut to a window around the match. */
const SNIPPET_MAX = 120;
const SNIPPET_CONTEXT = 50;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** The best occurrence of `q` in `folded`: its quality and position, or undefined. */
function bestMatch(folded: string, q: string): { quality: number; at: number } | undefined {
  const first = folded.indexOf(q);
  if (first < 0) return undefined;
  if (folded === q) return { quality: EXACT, at: 0 };
  if (first === 0) return { quality: PREFIX, at: 0 };
  for (let at = first; at >= 0; at = folded.indexOf(q, at + 1)) {
    if (!isWordChar(folded[at - 1]) || !isWordChar(q[0])) return { quality: WORD_PREFIX, at };
  }
  return { quality: SUBSTRING, at: first };
}

function makeSnippet(
  text: string,
  at: number,
  length: number,
): { snippet: string; match: { start: number; end: number } } {
  if (text.length <= SNIPPET_MAX) return { snippet: text, match: { start: at, end: at + length } };
  let start = Math.max(0, at - SNIPPET_CONTEXT);
  let end = Math.min(text.length, at + length + SNIPPET_CONTEXT);
  // Move the cuts to word boundaries (a space) where one is near, outside the match.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < at) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space >= at + length) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const snippet = `${prefix}${text.slice(start, end)}${suffix}`;
  const offset = prefix.length - start;
  return { snippet, match: { start: at + offset, end: at + length + offset } };
}

/** Indexes the searchable text of the graph once; searches then scan the index. */
export function buildSearchIndex(graph: ClaimGraph): SearchIndex {
  const entries: Entry[] = [];
  const add = (
    base: Omit<Entry, 'field' | 'text' | 'folded'>,
    field: SearchField,
    text: string | undefined,
  ) => {
    if (text === undefined || text.trim() === '') return;
    entries.push({ ...base, field, text, folded: foldTypography(text) });
  };
  graph.forEachNode((id, node) => {
    const base = { id, elementKind: 'node' as const, kind: node.kind, label: node.label };
    add(base, node.kind === 'claim' ? 'claim' : 'label', node.label);
    for (const alias of node.aliases ?? []) add(base, 'alias', alias);
    add(base, 'description', node.description);
  });
  graph.forEachEdge((id, edge, source, target, sourceAttrs, targetAttrs) => {
    if (edge.kind !== 'statement') return;
    const label = `${sourceAttrs.label ?? source} — ${edge.stance}: ${targetAttrs.label ?? target}`;
    const base = { id, elementKind: 'edge' as const, kind: 'statement' as const, label };
    for (const span of edge.evidence) add(base, 'quote', span.exact);
    add(base, 'cue', edge.cue);
  });

  return {
    search(query: string, limit = 20): SearchResult[] {
      const q = foldTypography(query.trim().replace(/\s+/g, ' '));
      if (q === '' || limit <= 0) return [];
      const best = new Map<string, { entry: Entry; quality: number; at: number; rank: number }>();
      for (const entry of entries) {
        const m = bestMatch(entry.folded, q);
        if (!m) continue;
        // Descriptions rank after the other fields of the same match quality.
        const rank = m.quality * 2 + (entry.field === 'description' ? 1 : 0);
        const key = `${entry.elementKind}:${entry.id}`;
        const current = best.get(key);
        if (!current || rank < current.rank) best.set(key, { entry, ...m, rank });
      }
      return [...best.values()]
        .sort(
          (a, b) =>
            a.rank - b.rank ||
            (a.entry.elementKind === b.entry.elementKind
              ? 0
              : a.entry.elementKind === 'node'
                ? -1
                : 1) ||
            collator.compare(a.entry.label, b.entry.label) ||
            (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0),
        )
        .slice(0, limit)
        .map(({ entry, at }) => {
          const { snippet, match } = makeSnippet(entry.text, at, q.length);
          return {
            id: entry.id,
            elementKind: entry.elementKind,
            kind: entry.kind,
            label: entry.label,
            field: entry.field,
            snippet,
            match,
          };
        });
    },
  };
}
