/**
 * The claims table: one row per claim with who supports it, who opposes it and who else spoke
 * to it, for the table view and its sortable columns.
 */
import type { ClaimGraph } from './build.ts';
import { claimDate, compareDates } from './dates.ts';
import type { VisibleSet } from './filters.ts';
import { isContested, statementsOn } from './queries.ts';
import { isOpposing, isSupporting } from './vocabulary.ts';
import type { Stance } from './schema.ts';

export interface ClaimParty {
  /** The speaker's node id. */
  id: string;
  /** The speaker's label. */
  label: string;
  stance: Stance;
  /** The statement edge this entry comes from. */
  statement: string;
}

export interface ClaimRow {
  id: string;
  label: string;
  /** Speakers of allegations, assertions and condemnations, one entry per statement. */
  supporters: ClaimParty[];
  /** Speakers of denials and rebuttals. */
  opponents: ClaimParty[];
  /** Speakers of assessments and evasions. */
  others: ClaimParty[];
  /** The number of statements on the claim (the entries of the three lists). */
  statements: number;
  /** The claim's own date, else the earliest effective date of its statements (`claimDate`). */
  date?: string;
  /** Whether the claim is contested in the whole document (`isContested`). */
  contested: boolean;
}

/**
 * One row per claim, in reading order (by the claim's first mention, then id). Parties come
 * in reading order of their statements.
 *
 * With `visible`, only the claims in `visible.nodes` get a row, and only the statements in
 * `visible.edges` are listed and counted. `date` and `contested` stay properties of the claim
 * in the whole document, so a view of allegations alone still shows a contested claim as such.
 */
export function claimRows(graph: ClaimGraph, visible?: VisibleSet): ClaimRow[] {
  const claims: { id: string; label: string; at: number }[] = [];
  graph.forEachNode((id, node) => {
    if (node.kind !== 'claim' || (visible && !visible.nodes.has(id))) return;
    claims.push({ id, label: node.label, at: node.mentions[0]?.start ?? 0 });
  });
  claims.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return claims.map(({ id, label }) => {
    const all = statementsOn(graph, id);
    const shown = visible ? all.filter((s) => visible.edges.has(s.id)) : all;
    const party = (s: (typeof all)[number]): ClaimParty => ({
      id: s.source,
      label: graph.hasNode(s.source) ? graph.getNodeAttributes(s.source).label : s.source,
      stance: s.stance,
      statement: s.id,
    });
    const date = claimDate(graph, id);
    return {
      id,
      label,
      supporters: shown.filter((s) => isSupporting(s.stance)).map(party),
      opponents: shown.filter((s) => isOpposing(s.stance)).map(party),
      others: shown.filter((s) => !isSupporting(s.stance) && !isOpposing(s.stance)).map(party),
      statements: shown.length,
      ...(date !== undefined && { date }),
      contested: isContested(all),
    };
  });
}

export type ClaimColumn =
  'label' | 'supporters' | 'opponents' | 'others' | 'statements' | 'date' | 'contested';

export type SortDirection = 'asc' | 'desc';

export const CLAIM_COLUMNS: readonly ClaimColumn[] = [
  'label',
  'supporters',
  'opponents',
  'others',
  'statements',
  'date',
  'contested',
];

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * The rows sorted by a column, as a new array; the input is not changed. Labels compare
 * alphabetically (case-insensitive, numbers by value); the party columns by the number of
 * entries; `statements` by count; `date` chronologically (`compareDates`); `contested` with
 * false before true in ascending order. The sort is stable: rows that tie keep their order,
 * in both directions. Rows without a date come last in both directions.
 */
export function sortRows(
  rows: readonly ClaimRow[],
  column: ClaimColumn,
  direction: SortDirection = 'asc',
): ClaimRow[] {
  const sign = direction === 'desc' ? -1 : 1;
  const compare = (a: ClaimRow, b: ClaimRow): number => {
    switch (column) {
      case 'label':
        return sign * collator.compare(a.label, b.label);
      case 'supporters':
      case 'opponents':
      case 'others':
        return sign * (a[column].length - b[column].length);
      case 'statements':
        return sign * (a.statements - b.statements);
      case 'contested':
        return sign * (Number(a.contested) - Number(b.contested));
      case 'date':
        if (a.date === undefined || b.date === undefined)
          return a.date === b.date ? 0 : a.date === undefined ? 1 : -1;
        return sign * compareDates(a.date, b.date);
    }
  };
  return [...rows].sort(compare);
}
