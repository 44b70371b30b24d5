/**
 * Partial ISO dates (`2023`, `2023-07`, `2023-09-13`: DESIGN.md §1) as closed ranges of days,
 * and the dates that statements and documents count by.
 *
 * A partial date stands for every day it covers: `2023` is 2023-01-01..2023-12-31, `2024-02`
 * is 2024-02-01..2024-02-29 (leap year), `2023-09-13` is that one day. Ranges are closed on both
 * ends and written as full `YYYY-MM-DD` strings, which sort lexically in date order.
 *
 * The schema's pattern admits impossible days such as `2023-02-30`; here they are invalid:
 * `dateRange` throws on them and everything that reads the graph (`effectiveDate`, `eventRange`,
 * `documentSpan`, the filters) treats such a date as absent.
 */
import type { ClaimGraph } from './build.ts';
import type { EventNode, GraphNode, StatementEdge } from './schema.ts';

/** A closed range of days, both ends as `YYYY-MM-DD`. */
export interface DateRange {
  start: string;
  end: string;
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Whether `year` is a Gregorian leap year. */
export const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

interface Parts {
  year: number;
  month?: number;
  day?: number;
}

function parse(partial: string): Parts | undefined {
  const m = PARTIAL.exec(partial);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Whether `value` is a partial ISO date naming days that exist (`2023-02-29` is not one). */
export const isPartialDate = (value: string): boolean => parse(value) !== undefined;

/**
 * The closed day range a partial date covers. Throws a RangeError on anything that is not a
 * valid partial date (see `tryDateRange` for the forgiving form).
 */
export function dateRange(partial: string): DateRange {
  const range = tryDateRange(partial);
  if (!range) throw new RangeError(`not a partial ISO date: ${JSON.stringify(partial)}`);
  return range;
}

/** `dateRange`, or undefined for a missing or invalid date. */
export function tryDateRange(partial: string | undefined): DateRange | undefined {
  if (partial === undefined) return undefined;
  const p = parse(partial);
  if (!p) return undefined;
  const y = pad(p.year, 4);
  if (p.month === undefined) return { start: `${y}-01-01`, end: `${y}-12-31` };
  const m = pad(p.month, 2);
  if (p.day === undefined)
    return { start: `${y}-${m}-01`, end: `${y}-${m}-${pad(daysInMonth(p.year, p.month), 2)}` };
  const d = `${y}-${m}-${pad(p.day, 2)}`;
  return { start: d, end: d };
}

/**
 * Whether `range` (a DateRange or a partial date) shares at least one day with the interval
 * from the first day of `from` to the last day of `to`. A missing bound is open: with neither
 * bound everything overlaps. An invalid partial date (as `range` or as a bound) overlaps nothing,
 * and so does an interval whose `to` ends before its `from` starts.
 */
export function overlaps(range: DateRange | string, from?: string, to?: string): boolean {
  const r = typeof range === 'string' ? tryDateRange(range) : range;
  if (!r) return false;
  if (from !== undefined) {
    const f = tryDateRange(from);
    if (!f || r.end < f.start) return false;
  }
  if (to !== undefined) {
    const t = tryDateRange(to);
    if (!t || r.start > t.end) return false;
  }
  return true;
}

/**
 * Orders partial dates chronologically: by the first day they cover, then by the last (so at
 * an equal start the narrower date comes first: `2023-01` < `2023`), then as strings. Missing or
 * invalid dates sort after every valid one; two of them compare as strings (undefined last).
 */
export function compareDates(a: string | undefined, b: string | undefined): number {
  const ra = tryDateRange(a);
  const rb = tryDateRange(b);
  if (ra && rb) {
    if (ra.start !== rb.start) return ra.start < rb.start ? -1 : 1;
    if (ra.end !== rb.end) return ra.end < rb.end ? -1 : 1;
    return a === b ? 0 : (a ?? '') < (b ?? '') ? -1 : 1;
  }
  if (ra) return -1;
  if (rb) return 1;
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

/** Days since 1970-01-01 of a full `YYYY-MM-DD` date (UTC, proleptic Gregorian). */
export function dayNumber(isoDay: string): number {
  const [y = 1970, m = 1, d = 1] = isoDay.split('-').map(Number);
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as they are.
  date.setUTCFullYear(y, m - 1, d);
  return Math.round(date.getTime() / 86_400_000);
}

/**
 * The middle of a range as a day number, counting each day as the interval [day, day + 1):
 * a single day's middle is its noon (`dayNumber(day) + 0.5`), a year's is early July.
 */
export const rangeMidpoint = (range: DateRange): number =>
  (dayNumber(range.start) + dayNumber(range.end) + 1) / 2;

/**
 * The days an event covers: from the first day of `date` to the last day of `endDate` (or of
 * `date` when there is no end). An event with only an `endDate` (the text says when it ended,
 * not when it began) covers the `endDate` range. Undefined when the event has no valid date.
 */
export function eventRange(event: Pick<EventNode, 'date' | 'endDate'>): DateRange | undefined {
  const start = tryDateRange(event.date);
  const end = tryDateRange(event.endDate);
  if (start && end) return end.end >= start.start ? { start: start.start, end: end.end } : start;
  return start ?? end;
}

/**
 * The days a node's own date covers: an event's `eventRange`, a claim's `date`; actors have
 * no date.
 */
export function nodeDateRange(node: GraphNode): DateRange | undefined {
  if (node.kind === 'event') return eventRange(node);
  if (node.kind === 'claim') return tryDateRange(node.date);
  return undefined;
}

/** The date an event counts by when something refers to it: its `date`, else its `endDate`. */
const eventDate = (event: EventNode): string | undefined =>
  isPartialDate(event.date ?? '')
    ? event.date
    : isPartialDate(event.endDate ?? '')
      ? event.endDate
      : undefined;

/**
 * The date a statement counts by, as a partial date: its own `date`; else its claim's `date`;
 * else the earliest date (by `compareDates`) of the events its claim is `about` (an event's
 * `date`, or its `endDate` when it has only that). Undefined when none of these exists, and for
 * an id that is not a statement of the graph. Invalid dates are skipped as if absent.
 */
export function effectiveDate(graph: ClaimGraph, statementId: string): string | undefined {
  if (!graph.hasEdge(statementId)) return undefined;
  const edge = graph.getEdgeAttributes(statementId);
  if (edge.kind !== 'statement') return undefined;
  return statementDate(graph, edge);
}

/** `effectiveDate` for a statement edge already in hand. */
export function statementDate(graph: ClaimGraph, statement: StatementEdge): string | undefined {
  if (isPartialDate(statement.date ?? '')) return statement.date;
  return claimOwnOrEventDate(graph, statement.target);
}

function claimOwnOrEventDate(graph: ClaimGraph, claimId: string): string | undefined {
  if (!graph.hasNode(claimId)) return undefined;
  const claim = graph.getNodeAttributes(claimId);
  if (claim.kind !== 'claim') return undefined;
  if (isPartialDate(claim.date ?? '')) return claim.date;
  let earliest: string | undefined;
  graph.forEachOutEdge(claimId, (_key, attrs, _source, _target, _sourceAttrs, targetAttrs) => {
    if (attrs.kind !== 'about' || targetAttrs.kind !== 'event') return;
    const date = eventDate(targetAttrs);
    if (date !== undefined && compareDates(date, earliest) < 0) earliest = date;
  });
  return earliest;
}

/**
 * The earliest and latest day of the document: the union of every valid date range in it,
 * from events (`date`/`endDate`), claims and statements. Effective dates of undated statements
 * come from these, so they never widen the span. Undefined when nothing is dated.
 */
export function documentSpan(graph: ClaimGraph): DateRange | undefined {
  let start: string | undefined;
  let end: string | undefined;
  const add = (range: DateRange | undefined) => {
    if (!range) return;
    if (start === undefined || range.start < start) start = range.start;
    if (end === undefined || range.end > end) end = range.end;
  };
  graph.forEachNode((_id, node) => {
    if (node.kind === 'event') {
      add(tryDateRange(node.date));
      add(tryDateRange(node.endDate));
    } else add(nodeDateRange(node));
  });
  graph.forEachEdge((_id, edge) => {
    if (edge.kind === 'statement') add(tryDateRange(edge.date));
  });
  return start !== undefined && end !== undefined ? { start, end } : undefined;
}

/**
 * The date a claim counts by: its own `date`, else the earliest (by `compareDates`) effective
 * date of the statements on it. Undefined when neither exists or the id is not a claim.
 */
export function claimDate(graph: ClaimGraph, claimId: string): string | undefined {
  if (!graph.hasNode(claimId)) return undefined;
  const claim = graph.getNodeAttributes(claimId);
  if (claim.kind !== 'claim') return undefined;
  if (isPartialDate(claim.date ?? '')) return claim.date;
  let earliest: string | undefined;
  graph.forEachInEdge(claimId, (_key, edge) => {
    if (edge.kind !== 'statement') return;
    const date = statementDate(graph, edge);
    if (date !== undefined && compareDates(date, earliest) < 0) earliest = date;
  });
  return earliest;
}
