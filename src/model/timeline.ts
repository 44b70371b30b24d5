/**
 * A timeline layout: node positions along a time axis, for the "timeline" layout of the graph
 * view. Pure and deterministic: the same graph and ids give the same positions.
 *
 * - **x** is linear in days from the first to the last day of `documentSpan` (the whole
 *   document, whatever `ids` holds, so positions stay put while filters change), scaled to
 *   `width` (default 1600 px). A date counts by the middle of the days it covers (`2023` is
 *   mid-2023; an event from `date` to `endDate` sits in the middle of that stretch).
 *   - events: by their `date`..`endDate` (`eventRange`);
 *   - claims: by their `date`, else the earliest effective date of their statements (`claimDate`);
 *   - actors: at the mean x of the effective dates of the statements they made; an actor with no
 *     dated statement falls back to the mean x of the dated events it takes part in
 *     (`participant` edges); otherwise it is undated.
 * - **y**: one lane per kind, actors at the top, claims in the middle, events at the bottom.
 *   Within a lane, nodes are taken by x (then label, then id) and each goes to the first row
 *   where it keeps `minSpacing` px from the row's previous node, so nodes at about the same x
 *   stack instead of overlapping. A lane is as tall as its rows; lanes are `laneGap` apart.
 * - **undated** nodes go to a grid of `undatedColumns` columns to the right of the axis
 *   (starting `undatedGap` px after it), in their lane, sorted by label then id.
 * - **ticks**: years at 1 January, every 1, 2, 5, 10, 20, 50… years so that ticks stay at
 *   least 60 px apart; when a year is wide enough, months too (every 1, 3 or 6 months, at least
 *   40 px apart), labelled `YYYY-MM`.
 */
import type { ClaimGraph } from './build.ts';
import {
  claimDate,
  dayNumber,
  documentSpan,
  eventRange,
  rangeMidpoint,
  statementDate,
  tryDateRange,
  type DateRange,
} from './dates.ts';
import type { NodeKind } from './schema.ts';

export interface TimelineOptions {
  /** Length of the time axis in px (default 1600). */
  width?: number;
  /** Height of one row within a lane (default 50). */
  rowHeight?: number;
  /** Vertical gap between lanes (default 100). */
  laneGap?: number;
  /** Least horizontal distance between two nodes of one row (default 90). */
  minSpacing?: number;
  /** Gap between the end of the axis and the undated column (default 150). */
  undatedGap?: number;
  /** Columns of the undated grid (default 3), `undatedColumnWidth` apart (default 180). */
  undatedColumns?: number;
  undatedColumnWidth?: number;
}

export interface TimelineTick {
  x: number;
  label: string;
  kind: 'year' | 'month';
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
const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000];
const MONTH_STEPS = [1, 3, 6];
const MIN_YEAR_TICK_PX = 60;
const MIN_MONTH_TICK_PX = 40;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Lays out the nodes of `ids` (default: every node) on a timeline; see the module comment. */
export function timelineLayout(
  graph: ClaimGraph,
  ids?: ReadonlySet<string>,
  options: TimelineOptions = {},
): TimelineLayout {
  const width = options.width ?? 1600;
  const rowHeight = options.rowHeight ?? 50;
  const laneGap = options.laneGap ?? 100;
  const minSpacing = options.minSpacing ?? 90;
  const undatedX = width + (options.undatedGap ?? 150);
  const undatedColumns = Math.max(1, options.undatedColumns ?? 3);
  const undatedColumnWidth = options.undatedColumnWidth ?? 180;

  const span = documentSpan(graph);
  const startDay = span ? dayNumber(span.start) : 0;
  const days = span ? dayNumber(span.end) + 1 - startDay : 1;
  const xOfDay = (day: number): number => ((day - startDay) / days) * width;
  const xOfRange = (range: DateRange | undefined): number | undefined =>
    span && range ? xOfDay(rangeMidpoint(range)) : undefined;
  const xOfDate = (date: string | undefined): number | undefined => xOfRange(tryDateRange(date));

  const nodeIds = (ids ? [...ids] : graph.nodes()).filter((id) => graph.hasNode(id));
  const xs = new Map<string, number | undefined>();
  const eventX = (id: string): number | undefined => {
    const node = graph.getNodeAttributes(id);
    return node.kind === 'event' ? xOfRange(eventRange(node)) : undefined;
  };
  const mean = (values: number[]): number | undefined =>
    values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;

  for (const id of nodeIds) {
    const node = graph.getNodeAttributes(id);
    if (node.kind === 'event') xs.set(id, eventX(id));
    else if (node.kind === 'claim') xs.set(id, xOfDate(claimDate(graph, id)));
    else {
      const spoken: number[] = [];
      const took: number[] = [];
      graph.forEachOutEdge(id, (_key, edge, _source, target) => {
        if (edge.kind === 'statement') {
          const x = xOfDate(statementDate(graph, edge));
          if (x !== undefined) spoken.push(x);
        } else if (edge.kind === 'participant') {
          const x = eventX(target);
          if (x !== undefined) took.push(x);
        }
      });
      xs.set(id, mean(spoken) ?? mean(took));
    }
  }

  const positions: Record<string, { x: number; y: number }> = {};
  const lanes: TimelineLane[] = [];
  const undated: string[] = [];
  let laneTop = 0;
  for (const kind of LANES) {
    const members = nodeIds.filter((id) => graph.getNodeAttributes(id).kind === kind);
    const byLabel = (a: string, b: string) =>
      collator.compare(graph.getNodeAttributes(a).label, graph.getNodeAttributes(b).label) ||
      (a < b ? -1 : a > b ? 1 : 0);
    const dated = members
      .filter((id) => xs.get(id) !== undefined)
      .sort((a, b) => (xs.get(a) as number) - (xs.get(b) as number) || byLabel(a, b));
    const rowEnds: number[] = [];
    for (const id of dated) {
      const x = xs.get(id) as number;
      let row = rowEnds.findIndex((end) => x - end >= minSpacing);
      if (row < 0) {
        row = rowEnds.length;
        rowEnds.push(x);
      } else rowEnds[row] = x;
      positions[id] = { x, y: laneTop + row * rowHeight };
    }
    const undatedHere = members.filter((id) => xs.get(id) === undefined).sort(byLabel);
    undatedHere.forEach((id, i) => {
      positions[id] = {
        x: undatedX + (i % undatedColumns) * undatedColumnWidth,
        y: laneTop + Math.floor(i / undatedColumns) * rowHeight,
      };
    });
    undated.push(...undatedHere);
    const rows = Math.max(1, rowEnds.length, Math.ceil(undatedHere.length / undatedColumns));
    lanes.push({ kind, y: laneTop, rows });
    laneTop += rows * rowHeight + laneGap;
  }

  return {
    positions,
    axis: { ticks: span ? ticks(span, width) : [], span, width, undatedX, lanes },
    undated,
  };
}

function ticks(span: DateRange, width: number): TimelineTick[] {
  const startDay = dayNumber(span.start);
  const endDay = dayNumber(span.end) + 1;
  const days = endDay - startDay;
  const xOfDay = (day: number): number => ((day - startDay) / days) * width;
  const pxPerYear = (width / days) * 365.2425;
  const firstYear = Number(span.start.slice(0, 4));
  const lastYear = Number(span.end.slice(0, 4));
  const out: TimelineTick[] = [];

  const yearStep =
    YEAR_STEPS.find((s) => s * pxPerYear >= MIN_YEAR_TICK_PX) ?? (YEAR_STEPS.at(-1) as number);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  for (let y = Math.ceil(firstYear / yearStep) * yearStep; y <= lastYear; y += yearStep) {
    const day = dayNumber(`${pad(y, 4)}-01-01`);
    if (day >= startDay && day <= endDay)
      out.push({ x: xOfDay(day), label: pad(y, 4), kind: 'year' });
  }
  const monthStep =
    yearStep === 1 ? MONTH_STEPS.find((s) => (s * pxPerYear) / 12 >= MIN_MONTH_TICK_PX) : undefined;
  if (monthStep !== undefined) {
    for (let y = firstYear; y <= lastYear; y += 1) {
      for (let m = 1 + monthStep; m <= 12; m += monthStep) {
        const day = dayNumber(`${pad(y, 4)}-${pad(m, 2)}-01`);
        if (day >= startDay && day <= endDay)
          out.push({ x: xOfDay(day), label: `${pad(y, 4)}-${pad(m, 2)}`, kind: 'month' });
      }
    }
  }
  return out.sort((a, b) => a.x - b.x);
}
