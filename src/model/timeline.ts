/**
 * A timeline layout: node positions along a time axis, for the "timeline" layout of the graph
 * view. Pure and deterministic: the same graph and ids give the same positions.
 *
 * The axis is **ordered by time but not linear**: a news document mixes decades-old background
 * (1953, 2016) with the days it reports on, and a linear scale squeezes the latter into a few
 * pixels. Instead it is a piecewise ("broken") scale of **columns**, one per distinct date range
 * that something in the document is placed at:
 *
 * - **dates**: an event counts by its `date`..`endDate` (`eventRange`); a claim by its `date`, else
 *   the earliest effective date of its statements (`claimDate`); an actor by the date range it
 *   spoke at most often (effective dates of its statements; a tie goes to the earliest range),
 *   else by the range of the dated events it takes part in most often (`participant` edges);
 *   otherwise the node is undated. Ranges compare as whole ranges: `2023`, `2023-05` and
 *   `2023-05-01..2023-08` are three columns.
 * - **columns** are ordered by first day, then last day (as `compareDates`), and computed over the
 *   whole document whatever `ids` holds, so columns stay put while filters change. In a column,
 *   each lane's nodes (sorted by label, then id) fill sub-columns of at most `maxRows` rows, as
 *   evenly as they can; sub-columns are `minSpacing` px apart and a column is as wide as its
 *   widest lane. A node keeps its column and sub-column for any `ids`; only its row depends on
 *   which nodes of its sub-column are laid out.
 * - **gaps** between consecutive columns are `minGap + gapUnit · log2(1 + days / 30)` px, capped
 *   at `maxGap`, where `days` separates the two columns' first days: a month apart is a short
 *   gap, decades apart at most `maxGap`. With `width` given, gaps shrink (never below zero extra
 *   space) so that the axis stays within `width` when the columns allow it.
 * - **breaks**: where at least `breakDays` (365) days between two columns are covered by no column,
 *   `axis.breaks` holds an x in the middle of the gap, for the view to draw a break marker.
 * - **ticks**: one per column, at its centre, labelled with the column's date at its own
 *   precision: `1953`, `Mar 2023`, `13 Sep 2023`, or a range such as `2016 – 2023`.
 * - **y**: one lane per kind, actors at the top, claims in the middle, events at the bottom. A lane
 *   is as tall as its most rows (dated or undated); lanes are `laneGap` apart.
 * - **undated** nodes go to a grid to the right of the axis (starting `undatedGap` px after it), in
 *   their lane, sorted by label then id, in `undatedColumns` columns, or more when that would
 *   take over `maxRows` rows.
 */
import type { ClaimGraph } from './build.ts';
import {
  claimDate,
  dayNumber,
  daysInMonth,
  documentSpan,
  eventRange,
  statementDate,
  tryDateRange,
  type DateRange,
} from './dates.ts';
import type { NodeKind } from './schema.ts';

export interface TimelineOptions {
  /**
   * Most length of the time axis in px: when the columns and gaps would take more, the gaps
   * shrink. No bound by default; columns never shrink.
   */
  width?: number;
  /** Height of one row within a lane (default 64). */
  rowHeight?: number;
  /** Vertical gap between lanes (default 100). */
  laneGap?: number;
  /** Horizontal distance between sub-columns, and least gap between two columns (default 90). */
  minSpacing?: number;
  /** Most rows of one lane in one sub-column, and of the undated grid (default 8). */
  maxRows?: number;
  /** Extra space between any two consecutive columns (default 20). */
  minGap?: number;
  /** Extra space per doubling of the time between two columns, in months (default 22). */
  gapUnit?: number;
  /** Cap on the extra space between two columns (default 140). */
  maxGap?: number;
  /** Days no column covers between two columns from which the gap gets a break (default 365). */
  breakDays?: number;
  /** Gap between the end of the axis and the undated column (default 150). */
  undatedGap?: number;
  /** Columns of the undated grid (default 3), `undatedColumnWidth` apart (default 180). */
  undatedColumns?: number;
  undatedColumnWidth?: number;
}

export interface TimelineTick {
  x: number;
  label: string;
  /** The precision of the column's date; `range` for a stretch such as `2016 – 2023`. */
  kind: 'year' | 'month' | 'day' | 'range';
}

export interface TimelineLane {
  kind: NodeKind;
  /** y of the lane's first row. */
  y: number;
  rows: number;
}

export interface TimelineLayout {
  positions: Record<string, { x: number; y: number }>;
  axis: {
    ticks: TimelineTick[];
    /** Where the axis skips a stretch of time that nothing covers (see the module comment). */
    breaks: { x: number }[];
    /** The span the axis covers; undefined when nothing in the document is dated. */
    span: DateRange | undefined;
    width: number;
    /** x of the first column of undated nodes. */
    undatedX: number;
    lanes: TimelineLane[];
  };
  /** Ids of the nodes placed in the undated grid, sorted by label then id. */
  undated: string[];
}

const LANES: readonly NodeKind[] = ['actor', 'claim', 'event'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const rangeKey = (range: DateRange): string => `${range.start}/${range.end}`;
const compareRanges = (a: DateRange, b: DateRange): number =>
  a.start !== b.start ? (a.start < b.start ? -1 : 1) : a.end < b.end ? -1 : a.end > b.end ? 1 : 0;

/** The range met most often in `ranges`; a tie goes to the earliest. Undefined when empty. */
function mostFrequent(ranges: DateRange[]): DateRange | undefined {
  const counts = new Map<string, { range: DateRange; count: number }>();
  for (const range of ranges) {
    const entry = counts.get(rangeKey(range));
    if (entry) entry.count += 1;
    else counts.set(rangeKey(range), { range, count: 1 });
  }
  let best: { range: DateRange; count: number } | undefined;
  for (const entry of counts.values())
    if (
      !best ||
      entry.count > best.count ||
      (entry.count === best.count && compareRanges(entry.range, best.range) < 0)
    )
      best = entry;
  return best?.range;
}

/** The date range each node is placed at (see the module comment); undefined when undated. */
function nodeRanges(graph: ClaimGraph): Map<string, DateRange | undefined> {
  const out = new Map<string, DateRange | undefined>();
  const eventOf = (id: string): DateRange | undefined => {
    const node = graph.getNodeAttributes(id);
    return node.kind === 'event' ? eventRange(node) : undefined;
  };
  graph.forEachNode((id, node) => {
    if (node.kind === 'event') out.set(id, eventRange(node));
    else if (node.kind === 'claim') out.set(id, tryDateRange(claimDate(graph, id)));
    else {
      const spoken: DateRange[] = [];
      const took: DateRange[] = [];
      graph.forEachOutEdge(id, (_key, edge, _source, target) => {
        if (edge.kind === 'statement') {
          const range = tryDateRange(statementDate(graph, edge));
          if (range) spoken.push(range);
        } else if (edge.kind === 'participant') {
          const range = eventOf(target);
          if (range) took.push(range);
        }
      });
      out.set(id, mostFrequent(spoken) ?? mostFrequent(took));
    }
  });
  return out;
}

const monthName = (iso: string): string => MONTHS[Number(iso.slice(5, 7)) - 1] ?? iso.slice(5, 7);
const lastDayOfMonth = (iso: string): number =>
  daysInMonth(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)));

/** A column's label at the precision of its date: `1953`, `Mar 2023`, `13 Sep 2023`, a range. */
export function rangeLabel(range: DateRange): { label: string; kind: TimelineTick['kind'] } {
  const { start, end } = range;
  const year = (iso: string) => iso.slice(0, 4);
  const month = (iso: string) => `${monthName(iso)} ${year(iso)}`;
  const day = (iso: string) => `${Number(iso.slice(8, 10))} ${month(iso)}`;
  const endsMonth = Number(end.slice(8, 10)) === lastDayOfMonth(end);
  if (start === end) return { label: day(start), kind: 'day' };
  // the coarsest unit that both ends fit: 2016-01-01..2023-03-31 is `Jan 2016 – Mar 2023`
  const unit =
    start.endsWith('-01-01') && end.endsWith('-12-31')
      ? year
      : start.endsWith('-01') && endsMonth
        ? month
        : day;
  if (unit(start) === unit(end))
    return { label: unit(start), kind: unit === year ? 'year' : unit === month ? 'month' : 'day' };
  return { label: `${unit(start)} – ${unit(end)}`, kind: 'range' };
}

/** Lays out the nodes of `ids` (default: every node) on a timeline; see the module comment. */
export function timelineLayout(
  graph: ClaimGraph,
  ids?: ReadonlySet<string>,
  options: TimelineOptions = {},
): TimelineLayout {
  const rowHeight = options.rowHeight ?? 64;
  const laneGap = options.laneGap ?? 100;
  const spacing = options.minSpacing ?? 90;
  const maxRows = Math.max(1, Math.floor(options.maxRows ?? 8));
  const minGap = options.minGap ?? 20;
  const gapUnit = options.gapUnit ?? 22;
  const maxGap = options.maxGap ?? 140;
  const breakDays = options.breakDays ?? 365;
  const undatedColumns = Math.max(1, options.undatedColumns ?? 3);
  const undatedColumnWidth = options.undatedColumnWidth ?? 180;

  const byLabel = (a: string, b: string) =>
    collator.compare(graph.getNodeAttributes(a).label, graph.getNodeAttributes(b).label) ||
    (a < b ? -1 : a > b ? 1 : 0);

  // Columns, over the whole document.
  const ranges = nodeRanges(graph);
  const columnRanges = new Map<string, DateRange>();
  for (const range of ranges.values()) if (range) columnRanges.set(rangeKey(range), range);
  const columns = [...columnRanges.values()].sort(compareRanges).map((range) => ({
    range,
    key: rangeKey(range),
    /** Members per lane, in stacking order. */
    lanes: new Map<NodeKind, string[]>(LANES.map((kind) => [kind, []])),
    subColumns: 1,
    center: 0,
  }));
  const columnOf = new Map(columns.map((column) => [column.key, column]));
  const allIds = graph.nodes().sort(byLabel);
  for (const id of allIds) {
    const range = ranges.get(id);
    if (range) columnOf.get(rangeKey(range))?.lanes.get(graph.getNodeAttributes(id).kind)?.push(id);
  }

  /** Sub-column (relative to the column's centre, in units of `spacing`) of each dated node. */
  const slot = new Map<string, { column: string; kind: NodeKind; sub: number; offset: number }>();
  for (const column of columns) {
    for (const [kind, members] of column.lanes) {
      const subs = Math.max(1, Math.ceil(members.length / maxRows));
      const perSub = Math.max(1, Math.ceil(members.length / subs));
      column.subColumns = Math.max(column.subColumns, subs);
      members.forEach((id, i) => {
        const sub = Math.floor(i / perSub);
        slot.set(id, { column: column.key, kind, sub, offset: sub - (subs - 1) / 2 });
      });
    }
  }

  // Gaps, then x of each column.
  const gaps: number[] = [];
  const gapBreaks: boolean[] = [];
  let coveredTo = columns[0] ? dayNumber(columns[0].range.end) : 0;
  for (let i = 1; i < columns.length; i += 1) {
    const { start, end } = (columns[i] as (typeof columns)[number]).range;
    const previous = (columns[i - 1] as (typeof columns)[number]).range;
    const days = dayNumber(start) - dayNumber(previous.start);
    gaps.push(Math.min(maxGap, minGap + gapUnit * Math.log2(1 + days / 30)));
    gapBreaks.push(dayNumber(start) - coveredTo - 1 >= breakDays);
    coveredTo = Math.max(coveredTo, dayNumber(end));
  }
  const columnsWidth = columns.reduce((sum, c) => sum + c.subColumns * spacing, 0);
  const gapsWidth = gaps.reduce((a, b) => a + b, 0);
  const shrink =
    options.width !== undefined && gapsWidth > 0 && columnsWidth + gapsWidth > options.width
      ? Math.max(0, (options.width - columnsWidth) / gapsWidth)
      : 1;
  const breaks: { x: number }[] = [];
  let x = 0;
  columns.forEach((column, i) => {
    if (i > 0) {
      const gap = (gaps[i - 1] as number) * shrink;
      if (gapBreaks[i - 1]) breaks.push({ x: x + gap / 2 });
      x += gap;
    }
    column.center = x + (column.subColumns * spacing) / 2;
    x += column.subColumns * spacing;
  });
  const width = x;
  const undatedX = width + (options.undatedGap ?? 150);

  // Positions of the nodes asked for.
  const wanted = ids ? new Set([...ids].filter((id) => graph.hasNode(id))) : new Set(allIds);
  const positions: Record<string, { x: number; y: number }> = {};
  const lanes: TimelineLane[] = [];
  const undated: string[] = [];
  let laneTop = 0;
  for (const kind of LANES) {
    let rows = 1;
    const rowsUsed = new Map<string, number>();
    for (const column of columns) {
      for (const id of column.lanes.get(kind) ?? []) {
        if (!wanted.has(id)) continue;
        const place = slot.get(id) as { sub: number; offset: number };
        const subKey = `${column.key}#${place.sub}`;
        const row = rowsUsed.get(subKey) ?? 0;
        rowsUsed.set(subKey, row + 1);
        rows = Math.max(rows, row + 1);
        positions[id] = { x: column.center + place.offset * spacing, y: laneTop + row * rowHeight };
      }
    }
    const undatedHere = allIds.filter(
      (id) => wanted.has(id) && !slot.has(id) && graph.getNodeAttributes(id).kind === kind,
    );
    const gridColumns = Math.max(undatedColumns, Math.ceil(undatedHere.length / maxRows));
    undatedHere.forEach((id, i) => {
      positions[id] = {
        x: undatedX + (i % gridColumns) * undatedColumnWidth,
        y: laneTop + Math.floor(i / gridColumns) * rowHeight,
      };
    });
    undated.push(...undatedHere);
    rows = Math.max(rows, Math.ceil(undatedHere.length / gridColumns));
    lanes.push({ kind, y: laneTop, rows });
    laneTop += rows * rowHeight + laneGap;
  }

  const ticks: TimelineTick[] = columns.map((column) => ({
    x: column.center,
    ...rangeLabel(column.range),
  }));
  return {
    positions,
    axis: { ticks, breaks, span: documentSpan(graph), width, undatedX, lanes },
    undated,
  };
}
