import { useId, useMemo } from 'react';
import type { ClaimGraph } from '../model/build.ts';
import { compareDates, statementDate, type DateRange } from '../model/dates.ts';

export interface DateRangeFilterProps {
  span: DateRange | undefined;
  graph: ClaimGraph;
  bounds: { from?: string; to?: string };
  onChange(bounds: { from?: string; to?: string }): void;
}

/** Every date the document uses (events, claims, statements), in order. */
function documentDates(graph: ClaimGraph): string[] {
  const dates = new Set<string>();
  graph.forEachNode((_id, node) => {
    if (node.kind === 'event') {
      if (node.date) dates.add(node.date);
      if (node.endDate) dates.add(node.endDate);
    } else if (node.kind === 'claim' && node.date) dates.add(node.date);
  });
  graph.forEachEdge((_id, edge) => {
    if (edge.kind !== 'statement') return;
    const date = statementDate(graph, edge);
    if (date) dates.add(date);
  });
  return [...dates].sort(compareDates);
}

/**
 * From/to over the time span of the document: the choices are the dates the document itself
 * uses, so every step changes what is shown. Partial dates count as ranges (2023 is the
 * whole year); undated items are hidden while a bound is set.
 */
export function DateRangeFilter({ span, graph, bounds, onChange }: DateRangeFilterProps) {
  const fromId = useId();
  const toId = useId();
  const dates = useMemo(() => documentDates(graph), [graph]);
  if (!span || dates.length === 0) return null;
  const withCurrent = (value: string | undefined) =>
    value && !dates.includes(value) ? [...dates, value].sort(compareDates) : dates;
  return (
    <fieldset className="filter-group date-range" data-testid="filters.date">
      <legend>
        Date{' '}
        <span className="hint">
          ({span.start.slice(0, 4)}–{span.end.slice(0, 4)})
        </span>
      </legend>
      <label htmlFor={fromId} className="filter-label">
        From
      </label>
      <select
        id={fromId}
        data-testid="filters.from"
        value={bounds.from ?? ''}
        onChange={(e) => onChange({ ...bounds, from: e.target.value || undefined })}
      >
        <option value="">the beginning</option>
        {withCurrent(bounds.from).map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>
      <label htmlFor={toId} className="filter-label">
        To
      </label>
      <select
        id={toId}
        data-testid="filters.to"
        value={bounds.to ?? ''}
        onChange={(e) => onChange({ ...bounds, to: e.target.value || undefined })}
      >
        <option value="">the end</option>
        {withCurrent(bounds.to).map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
