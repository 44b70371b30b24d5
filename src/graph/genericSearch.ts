/**
 * Search over a generic (foreign) graph for the search box: node labels, the file's node ids
 * and types. Matching folds case and typography like src/model/search.ts (which indexes the
 * fields of claimgraph documents); ranking, best first: the whole field equals the query, it
 * starts with it, a word of it starts with it, it occurs anywhere; then labels before ids
 * before types; then by label and key. Each node appears once, with its best field. Pure.
 */
import type { GenericGraph } from '../formats/types.ts';
import { foldTypography } from '../model/text.ts';

export type GenericSearchField = 'label' | 'id' | 'type';

export interface GenericSearchResult {
  /** The node's key in the explorer's graph. */
  id: string;
  elementKind: 'node';
  kind: 'generic';
  label: string;
  field: GenericSearchField;
  snippet: string;
  match: { start: number; end: number };
}

const FIELD_RANK: Record<GenericSearchField, number> = { label: 0, id: 1, type: 2 };
const SNIPPET_MAX = 120;
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function quality(folded: string, q: string): { quality: number; at: number } | undefined {
  const first = folded.indexOf(q);
  if (first < 0) return undefined;
  if (folded === q) return { quality: 0, at: 0 };
  if (first === 0) return { quality: 1, at: 0 };
  for (let at = first; at >= 0; at = folded.indexOf(q, at + 1))
    if (!isWordChar(folded[at - 1]) || !isWordChar(q[0])) return { quality: 2, at };
  return { quality: 3, at: first };
}

interface Entry {
  id: string;
  label: string;
  field: GenericSearchField;
  text: string;
  folded: string;
}

export interface GenericSearchIndex {
  search(query: string, limit?: number): GenericSearchResult[];
}

export function buildGenericSearchIndex(graph: GenericGraph): GenericSearchIndex {
  const entries: Entry[] = [];
  graph.forEachNode((key, node) => {
    const add = (field: GenericSearchField, text: string | undefined) => {
      if (text === undefined || text.trim() === '') return;
      entries.push({ id: key, label: node.label, field, text, folded: foldTypography(text) });
    };
    add('label', node.label);
    if (node.id !== node.label) add('id', node.id);
    add('type', node.type);
  });
  return {
    search(query: string, limit = 20): GenericSearchResult[] {
      const q = foldTypography(query.trim().replace(/\s+/g, ' '));
      if (q === '' || limit <= 0) return [];
      const best = new Map<string, { entry: Entry; rank: number; at: number }>();
      for (const entry of entries) {
        const m = quality(entry.folded, q);
        if (!m) continue;
        const rank = m.quality * 3 + FIELD_RANK[entry.field];
        const current = best.get(entry.id);
        if (!current || rank < current.rank) best.set(entry.id, { entry, rank, at: m.at });
      }
      return [...best.values()]
        .sort(
          (a, b) =>
            a.rank - b.rank ||
            collator.compare(a.entry.label, b.entry.label) ||
            (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0),
        )
        .slice(0, limit)
        .map(({ entry, at }) => {
          const long = entry.text.length > SNIPPET_MAX;
          const snippet = long ? `${entry.text.slice(0, SNIPPET_MAX - 1)}…` : entry.text;
          const end = Math.min(at + q.length, snippet.length);
          return {
            id: entry.id,
            elementKind: 'node' as const,
            kind: 'generic' as const,
            label: entry.label,
            field: entry.field,
            snippet,
            match: { start: Math.min(at, end), end },
          };
        });
    },
  };
}
