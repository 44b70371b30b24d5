import { useSyncExternalStore } from 'react';
import type { ViewportStore } from '../graph/viewportStore.ts';
import type { TimelineLayout, TimelineTick } from '../model/timeline.ts';

export interface TimelineAxisProps {
  axis: TimelineLayout['axis'];
  viewport: ViewportStore;
}

const LANE_NAMES = { actor: 'Actors', claim: 'Claims', event: 'Events' } as const;
/** Which tick labels give way when they would overlap: days first, years last. */
const TICK_RANK: Record<TimelineTick['kind'], number> = { year: 0, range: 1, month: 2, day: 3 };
const CHAR_PX = 6.6;
const LABEL_PAD = 14;

interface ShownTick {
  key: string;
  x: number;
  label: string;
  kind: TimelineTick['kind'] | 'undated';
  labelled: boolean;
}

/** Ticks in rendered x, with labels kept only where they do not overlap a more important one. */
function layoutTicks(ticks: ShownTick[]): ShownTick[] {
  const taken: { x1: number; x2: number }[] = [];
  const rank = (t: ShownTick) => (t.kind === 'undated' ? -1 : TICK_RANK[t.kind]);
  const order = [...ticks].sort((a, b) => rank(a) - rank(b) || a.x - b.x);
  const labelled = new Set<string>();
  for (const tick of order) {
    const box = { x1: tick.x, x2: tick.x + tick.label.length * CHAR_PX + LABEL_PAD };
    if (taken.some((t) => box.x1 < t.x2 && t.x1 < box.x2)) continue;
    taken.push(box);
    labelled.add(tick.key);
  }
  return ticks.map((t) => ({ ...t, labelled: labelled.has(t.key) }));
}

/**
 * The time axis of the timeline layout: a DOM overlay whose ticks (one per date column),
 * breaks and lane names follow pan and zoom (rendered = model × zoom + pan), so that the
 * graph itself holds graph elements only.
 */
export function TimelineAxis({ axis, viewport }: TimelineAxisProps) {
  const snapshot = useSyncExternalStore(viewport.subscribe, viewport.get);
  if (!snapshot) return null;
  const { zoom, pan, width } = snapshot;
  const toX = (x: number) => x * zoom + pan.x;
  const toY = (y: number) => y * zoom + pan.y;
  const visible = (x: number) => x > -200 && x < width + 40;
  const ticks: ShownTick[] = axis.ticks
    .map((tick, i) => ({
      key: `${i}:${tick.label}`,
      x: toX(tick.x),
      label: tick.label,
      kind: tick.kind,
      labelled: true,
    }))
    .filter((tick) => visible(tick.x));
  const undatedX = toX(axis.undatedX) - 40 * zoom;
  if (axis.ticks.length > 0 && visible(undatedX)) {
    ticks.push({ key: 'undated', x: undatedX, label: 'undated', kind: 'undated', labelled: true });
  }
  return (
    <div className="timeline-axis" data-testid="graph.timeline.axis" aria-hidden="true">
      {layoutTicks(ticks).map((tick) => (
        <div
          key={tick.key}
          className={`timeline-tick timeline-tick-${tick.kind}`}
          data-testid="graph.timeline.tick"
          data-label={tick.label}
          style={{ transform: `translateX(${tick.x}px)` }}
        >
          {tick.labelled ? <span className="timeline-tick-label">{tick.label}</span> : null}
        </div>
      ))}
      {axis.breaks.map((b) => {
        const x = toX(b.x);
        return visible(x) ? (
          <div
            key={`break:${b.x}`}
            className="timeline-break"
            data-testid="graph.timeline.break"
            title="Time skipped"
            style={{ transform: `translateX(${x}px)` }}
          >
            ≈
          </div>
        ) : null;
      })}
      {axis.lanes.map((lane) => (
        <span
          key={lane.kind}
          className="timeline-lane"
          style={{ transform: `translateY(${toY(lane.y) - 24}px)` }}
        >
          {LANE_NAMES[lane.kind]}
        </span>
      ))}
    </div>
  );
}
