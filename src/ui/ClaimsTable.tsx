import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useLoadedDocument } from '../app/loadedDocument.ts';
import { recentFilters, type ViewFilter } from '../model/filters.ts';
import { useView } from '../state/useView.ts';
import { viewFilter } from '../state/view.ts';
import { STANCE_COLORS } from '../graph/palette.ts';
import {
  CLAIM_COLUMNS,
  claimRows,
  sortRows,
  type ClaimColumn,
  type ClaimParty,
  type ClaimRow,
  type SortDirection,
} from '../model/claims-table.ts';
import { ElementLink } from './ElementLink.tsx';
import { ROW_PAGE, rowWindow } from './rowWindow.ts';
import { usePage } from './usePage.ts';
import { formatPartialDate } from './formatDate.ts';
import { scrollWithin } from './scrollWithin.ts';
import { isPlainClick, useSelection } from './useSelection.ts';
import './panels.css';

const COLUMN_LABELS: Record<ClaimColumn, string> = {
  label: 'Claim',
  supporters: 'Alleged / asserted by',
  opponents: 'Denied / rebutted by',
  others: 'Other stances',
  statements: 'Statements',
  date: 'Date',
  contested: 'Contested',
};

/** The direction of a column's first click: text and dates A→Z, counts and flags high first. */
const FIRST_DIRECTION: Record<ClaimColumn, SortDirection> = {
  label: 'asc',
  supporters: 'desc',
  opponents: 'desc',
  others: 'desc',
  statements: 'desc',
  date: 'asc',
  contested: 'desc',
};

interface Sort {
  column: ClaimColumn;
  direction: SortDirection;
}

function Parties({ parties }: { parties: readonly ClaimParty[] }) {
  if (parties.length === 0) return <span className="claims-none">—</span>;
  return (
    <ul className="claims-parties">
      {parties.map((p) => (
        <li key={p.statement}>
          <ElementLink id={p.id} testId={`claims.link.${p.id}`}>
            {p.label}
          </ElementLink>{' '}
          <ElementLink
            id={p.statement}
            testId={`claims.link.${p.statement}`}
            className="party-stance"
          >
            <span
              className="stance-swatch"
              aria-hidden="true"
              style={{ '--stance': STANCE_COLORS[p.stance] } as CSSProperties}
            />
            {p.stance}
          </ElementLink>
        </li>
      ))}
    </ul>
  );
}

/**
 * Every claim as a table row: who supports it, who opposes it, who else spoke to it, how
 * often, when, and whether it is contested. Sortable by each column; a row's claim link
 * selects the claim. The keyboard and screen-reader twin of the canvas.
 */
export function ClaimsTable() {
  const { graph } = useLoadedDocument();
  const { selected, select } = useSelection();
  const [sort, setSort] = useState<Sort | null>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const { view } = useView();
  // The table follows the view's filters: it is the canvas's twin, not the whole document.
  const filterKey = JSON.stringify(viewFilter(view));
  const rows = useMemo(() => {
    const filter = JSON.parse(filterKey) as ViewFilter;
    return claimRows(graph, filter.filters.length > 0 ? recentFilters(graph, filter) : undefined);
  }, [graph, filterKey]);
  const total = useMemo(() => graph.filterNodes((_id, n) => n.kind === 'claim').length, [graph]);
  const sorted = useMemo(
    () => (sort ? sortRows(rows, sort.column, sort.direction) : rows),
    [rows, sort],
  );
  // A page of rows, more on demand (rowWindow.ts); a new order or filter starts again.
  const page = usePage(sorted, ROW_PAGE);
  const selectedIndex = useMemo(
    () => (selected === null ? -1 : sorted.findIndex((row) => row.id === selected)),
    [sorted, selected],
  );
  const drawn = rowWindow(sorted.length, page.limit, selectedIndex);

  useEffect(() => {
    const row = bodyRef.current?.querySelector<HTMLElement>('tr[aria-current="true"]');
    const container = panelRef.current;
    if (row && container) scrollWithin(container, row, 'nearest');
  }, [selected]);

  const toggle = (column: ClaimColumn) =>
    setSort((current) =>
      current?.column === column
        ? { column, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { column, direction: FIRST_DIRECTION[column] },
    );

  return (
    <div className="claims-panel" ref={panelRef}>
      <table className="claims-table" data-testid="claims.table">
        <caption>
          {rows.length === total
            ? `${rows.length} claims`
            : `${rows.length} of ${total} claims (filtered)`}
          , one per row
          {drawn.hidden > 0
            ? ` (${drawn.shown} shown${drawn.pinned !== null ? ', and the selected one' : ''})`
            : ''}
          {sort
            ? `, sorted by ${COLUMN_LABELS[sort.column].toLowerCase()} (${sort.direction === 'asc' ? 'ascending' : 'descending'})`
            : ', in reading order'}
          . Sort with the column buttons; a claim’s name selects it.
        </caption>
        <thead>
          <tr>
            {CLAIM_COLUMNS.map((column) => {
              const direction = sort?.column === column ? sort.direction : undefined;
              return (
                <th
                  key={column}
                  scope="col"
                  className={`claims-col-${column}`}
                  aria-sort={
                    direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'
                  }
                >
                  <button
                    type="button"
                    className="claims-sort"
                    data-testid={`claims.sort.${column}`}
                    onClick={() => toggle(column)}
                  >
                    {COLUMN_LABELS[column]}
                    <span className="claims-sort-icon" aria-hidden="true">
                      {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {sorted.slice(0, drawn.shown).map((row) => renderRow(row))}
          {drawn.pinned !== null && (
            <tr className="claims-gap" data-testid="claims.gap">
              <td colSpan={CLAIM_COLUMNS.length}>
                ⋯ {drawn.pinned - drawn.shown} {drawn.pinned - drawn.shown === 1 ? 'row' : 'rows'}{' '}
                not shown ⋯
              </td>
            </tr>
          )}
          {drawn.pinned !== null && renderRow(sorted[drawn.pinned] as ClaimRow)}
        </tbody>
      </table>
      {drawn.hidden > 0 && (
        <div className="claims-more">
          <span data-testid="claims.hidden">
            {drawn.hidden} more {drawn.hidden === 1 ? 'claim' : 'claims'} not shown
          </span>
          <button type="button" data-testid="claims.more" onClick={page.more}>
            Show {Math.min(ROW_PAGE, drawn.hidden)} more
          </button>
          <button type="button" data-testid="claims.all" onClick={page.all}>
            Show all {sorted.length}
          </button>
        </div>
      )}
    </div>
  );

  function renderRow(row: ClaimRow) {
    const isSelected = row.id === selected;
    return (
      <tr
        key={row.id}
        data-testid={`claims.row.${row.id}`}
        data-contested={row.contested}
        aria-current={isSelected ? 'true' : undefined}
        className={isSelected ? 'is-selected' : undefined}
        onClick={(event) => {
          if (!isPlainClick(event)) return;
          if ((event.target as HTMLElement).closest('a, button')) return;
          select(row.id);
        }}
      >
        <th scope="row" className="claims-col-label">
          <ElementLink id={row.id} testId={`claims.select.${row.id}`}>
            {row.label}
          </ElementLink>
        </th>
        <td>
          <Parties parties={row.supporters} />
        </td>
        <td>
          <Parties parties={row.opponents} />
        </td>
        <td>
          <Parties parties={row.others} />
        </td>
        <td className="claims-num">{row.statements}</td>
        <td className="claims-date">{row.date ? formatPartialDate(row.date) : '—'}</td>
        <td className="claims-contested" data-testid={`claims.contested.${row.id}`}>
          {row.contested ? (
            <span className="contested-mark">
              <span aria-hidden="true">⚖</span>contested
            </span>
          ) : (
            <span className="claims-none">no</span>
          )}
        </td>
      </tr>
    );
  }
}
