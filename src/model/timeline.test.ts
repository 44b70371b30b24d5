import { describe, expect, it } from 'vitest';
import { buildGraph, type ClaimGraph } from './build.ts';
import { eventRange } from './dates.ts';
import { rangeLabel, timelineLayout, type TimelineLayout } from './timeline.ts';
import { loadArticle, loadFixture } from './test-support.ts';

const findEvent = (graph: ClaimGraph, eventType: string, date: string): string => {
  const found = graph.findNode(
    (_id, n) => n.kind === 'event' && n.eventType === eventType && n.date === date,
  );
  if (!found) throw new Error(`no ${eventType} event dated ${date}`);
  return found;
};

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
/** `2016`, `Mar 2023`, `13 Sep 2023`: a partial date's tick label, written out independently. */
const partialLabel = (date: string): string => {
  const [y, m, d] = date.split('-');
  const month = m === undefined ? undefined : `${MONTHS[Number(m) - 1]} ${y}`;
  return d !== undefined ? `${Number(d)} ${month}` : (month ?? (y as string));
};

/** The tick nearest to x. */
const nearestTick = (layout: TimelineLayout, x: number) =>
  layout.axis.ticks.reduce((best, t) => (Math.abs(t.x - x) < Math.abs(best.x - x) ? t : best));

/** Nodes of one lane at the same y never sit closer than minSpacing. */
function expectNoOverlap(layout: TimelineLayout, minSpacing: number) {
  const placed = Object.entries(layout.positions);
  for (let i = 0; i < placed.length; i += 1) {
    for (let j = i + 1; j < placed.length; j += 1) {
      const [a, pa] = placed[i] as [string, { x: number; y: number }];
      const [b, pb] = placed[j] as [string, { x: number; y: number }];
      if (pa.y === pb.y)
        expect(Math.abs(pa.x - pb.x), `${a} / ${b}`).toBeGreaterThanOrEqual(minSpacing - 1e-9);
    }
  }
}

describe('timelineLayout on the article', () => {
  it('puts the 2016 satellite launch left of the May 2023 launch', async () => {
    const { graph } = await loadArticle();
    const layout = timelineLayout(graph);
    const launch2016 = findEvent(graph, 'launch', '2016');
    const launch2023 = findEvent(graph, 'launch', '2023-05');
    const x2016 = layout.positions[launch2016]?.x as number;
    const x2023 = layout.positions[launch2023]?.x as number;
    expect(x2016).toBeLessThan(x2023);
    // both on the axis, which runs from 1953 (the end of the Korean War) to 2023
    expect(x2016).toBeGreaterThan(0);
    expect(x2023).toBeLessThanOrEqual(layout.axis.width);
    expect(layout.axis.span).toEqual({ start: '1953-01-01', end: '2023-12-31' });
  });

  it('stacks lanes: actors above claims above events, without overlaps', async () => {
    const { graph } = await loadArticle();
    const layout = timelineLayout(graph);
    expect(Object.keys(layout.positions)).toHaveLength(graph.order);
    const ys = { actor: [] as number[], claim: [] as number[], event: [] as number[] };
    for (const [id, p] of Object.entries(layout.positions))
      ys[graph.getNodeAttributes(id).kind].push(p.y);
    expect(Math.max(...ys.actor)).toBeLessThan(Math.min(...ys.claim));
    expect(Math.max(...ys.claim)).toBeLessThan(Math.min(...ys.event));
    expectNoOverlap(layout, 90);
    expect(layout.axis.lanes.map((l) => l.kind)).toEqual(['actor', 'claim', 'event']);
  });

  it('puts undated nodes right of the axis, and is deterministic', async () => {
    const { graph } = await loadArticle();
    const layout = timelineLayout(graph);
    // the UN sanctions event has no date
    expect(layout.undated).toContain('un-sanctions-on-north-korea');
    for (const id of layout.undated)
      expect(layout.positions[id]?.x).toBeGreaterThanOrEqual(layout.axis.undatedX);
    for (const [id, p] of Object.entries(layout.positions))
      if (!layout.undated.includes(id)) expect(p.x).toBeLessThanOrEqual(layout.axis.width);
    expect(timelineLayout(graph)).toEqual(layout);
  });

  it('compresses empty stretches: readable lanes, no crowding, under 3000 px', async () => {
    const { graph } = await loadArticle();
    const layout = timelineLayout(graph);
    const placed = Object.entries(layout.positions);
    for (let i = 0; i < placed.length; i += 1) {
      for (let j = i + 1; j < placed.length; j += 1) {
        const [a, pa] = placed[i] as [string, { x: number; y: number }];
        const [b, pb] = placed[j] as [string, { x: number; y: number }];
        expect(Math.hypot(pa.x - pb.x, pa.y - pb.y), `${a} / ${b}`).toBeGreaterThanOrEqual(60);
      }
    }
    expect(layout.axis.width).toBeLessThan(3000);
    expect(Math.max(...placed.map(([, p]) => p.x))).toBeLessThan(3000);
    for (const lane of layout.axis.lanes) expect(lane.rows).toBeLessThanOrEqual(8);
    // 2023 alone is no longer a sliver: May 2023 to 13 Sep 2023 spans several columns
    const x = (label: string) => layout.axis.ticks.find((t) => t.label === label)?.x as number;
    expect(x('13 Sep 2023') - x('May 2023')).toBeGreaterThan(300);
  });

  it('ticks each distinct date, in order, with breaks over empty decades', async () => {
    const { graph } = await loadArticle();
    const layout = timelineLayout(graph);
    const { ticks, breaks } = layout.axis;
    for (let i = 1; i < ticks.length; i += 1)
      expect(ticks[i]?.x as number).toBeGreaterThan(ticks[i - 1]?.x as number);
    const labels = ticks.map((t) => t.label);
    expect(new Set(labels).size).toBe(labels.length);
    let events = 0;
    graph.forEachNode((id, node) => {
      if (node.kind !== 'event') return;
      const range = eventRange(node);
      if (!range) return;
      events += 1;
      const { label } =
        node.date !== undefined && node.endDate !== undefined
          ? rangeLabel(range)
          : { label: partialLabel((node.date ?? node.endDate) as string) };
      const tick = ticks.find((t) => t.label === label);
      expect(tick, `${id}: ${label}`).toBeDefined();
      // the event sits in that tick's column
      expect(nearestTick(layout, layout.positions[id]?.x as number)).toBe(tick);
    });
    expect(events).toBeGreaterThan(5);
    // chronological, at the precision of each date
    const order = ['1953', '2016', 'May 2023', '13 Sep 2023'].map((l) => labels.indexOf(l));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // 1953 … 2016 is an empty stretch: a break between their ticks
    const x = (label: string) => ticks.find((t) => t.label === label)?.x as number;
    expect(breaks.some((b) => b.x > x('1953') && b.x < x('2016'))).toBe(true);
    expect(breaks.every((b) => b.x > 0 && b.x < layout.axis.width)).toBe(true);
  });
});

describe('timelineLayout on the fixture', () => {
  const tickX = (layout: TimelineLayout, label: string): number => {
    const tick = layout.axis.ticks.find((t) => t.label === label);
    if (!tick) throw new Error(`no tick ${label}`);
    return tick.x;
  };

  it('places events by their range, claims by effective date, actors by their statements', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const layout = timelineLayout(graph);
    const { positions, undated } = layout;
    const x = (id: string) => positions[id]?.x;
    expect(x('steel-tariff-2020')).toBe(tickX(layout, '29 Feb 2020'));
    expect(x('steelworker-protest-2022')).toBe(tickX(layout, '2022'));
    expect(x('claim-tariff-cost-jobs')).toBe(tickX(layout, '2020'));
    // an undated claim by its earliest statement: March 2021
    expect(x('claim-acme-dumped-steel')).toBe(tickX(layout, 'Mar 2021'));
    // Carol Diaz spoke in March 2021
    expect(x('carol-diaz')).toBe(tickX(layout, 'Mar 2021'));
    // Acme: an undated denial (ignored) and an evasion dated by the 2022 protest
    expect(x('acme-corp')).toBe(tickX(layout, '2022'));
    // Think Lab made no statement: placed by the 2021 report it published
    expect(x('think-lab')).toBe(tickX(layout, '2021'));
    // the Ministry made no statement either: placed by the tariff it imposed
    expect(x('ministry-of-trade')).toBe(tickX(layout, '29 Feb 2020'));
    // Radio Free neither speaks nor takes part: undated, as is the plant closure
    expect(undated).toEqual(['radio-free', 'plant-closure']);
  });

  it('places an actor by the date it spoke at most often, the earliest on a tie', async () => {
    const { doc } = await loadFixture('steel-tariff');
    const copy = structuredClone(doc);
    // Acme's denial now dated 2021-03 too: a tie between March 2021 and 2022
    for (const e of copy.edges)
      if (e.kind === 'statement' && e.source === 'acme-corp' && e.stance === 'denial')
        e.date = '2021-03';
    const tie = timelineLayout(buildGraph(copy));
    expect(tie.positions['acme-corp']?.x).toBe(tickX(tie, 'Mar 2021'));
  });

  it('stacks nodes of one date into rows of one column', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const { positions } = timelineLayout(graph);
    // Acme and the Steelworkers both sit at 2022
    const acme = positions['acme-corp'];
    const workers = positions['steelworkers'];
    expect(acme?.x).toBe(workers?.x);
    expect(Math.abs((acme?.y as number) - (workers?.y as number))).toBe(64);
  });

  it('wraps a crowded column into sub-columns of at most maxRows rows', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const layout = timelineLayout(graph, undefined, { maxRows: 1 });
    const acme = layout.positions['acme-corp'];
    const workers = layout.positions['steelworkers'];
    expect(acme?.y).toBe(workers?.y);
    expect(Math.abs((acme?.x as number) - (workers?.x as number))).toBe(90);
    // the column is centred on its tick
    const tick = tickX(layout, '2022');
    expect(((acme?.x as number) + (workers?.x as number)) / 2).toBeCloseTo(tick, 9);
    expect(layout.axis.lanes.every((lane) => lane.rows === 1)).toBe(true);
    expectNoOverlap(layout, 90);
  });

  it('lays out only the given ids, on the document’s axis', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const all = timelineLayout(graph);
    const some = timelineLayout(graph, new Set(['steel-tariff-2020', 'steelworkers', 'nobody']));
    expect(Object.keys(some.positions).sort()).toEqual(['steel-tariff-2020', 'steelworkers']);
    expect(some.positions['steel-tariff-2020']?.x).toBe(all.positions['steel-tariff-2020']?.x);
    expect(some.axis.ticks).toEqual(all.axis.ticks);
    expect(some.axis.breaks).toEqual(all.axis.breaks);
    // the Steelworkers keep their column but move up to the first row, Acme being left out
    expect(some.positions['steelworkers']?.x).toBe(all.positions['steelworkers']?.x);
    expect(some.positions['steelworkers']?.y).toBe(0);
  });

  it('ticks each column at its precision, with gaps growing with the time between', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const layout = timelineLayout(graph);
    const { ticks } = layout.axis;
    expect(ticks.map((t) => [t.label, t.kind])).toEqual([
      ['2020', 'year'],
      ['29 Feb 2020', 'day'],
      ['2021', 'year'],
      ['Mar 2021', 'month'],
      ['2022', 'year'],
    ]);
    expect(ticks[0]?.x).toBe(45);
    const gap = (a: string, b: string) => tickX(layout, b) - tickX(layout, a);
    // about ten months apart (29 Feb 2020 .. 2021) against two (2021 .. Mar 2021)
    expect(gap('29 Feb 2020', '2021')).toBeGreaterThan(gap('2021', 'Mar 2021'));
    for (let i = 1; i < ticks.length; i += 1)
      expect((ticks[i]?.x as number) - (ticks[i - 1]?.x as number)).toBeGreaterThanOrEqual(90);
    // no year without anything: no break
    expect(layout.axis.breaks).toEqual([]);
    expect(layout.axis.width).toBe((ticks.at(-1)?.x as number) + 45);
  });

  it('shrinks the gaps to fit a given width, never the columns', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const natural = timelineLayout(graph).axis.width;
    const fitted = timelineLayout(graph, undefined, { width: 500 });
    expect(fitted.axis.width).toBeCloseTo(500, 9);
    expect(fitted.axis.width).toBeLessThan(natural);
    expectNoOverlap(fitted, 90);
    // five columns of 90 px cannot fit in 300: the gaps go, the columns stay
    expect(timelineLayout(graph, undefined, { width: 300 }).axis.width).toBe(450);
  });

  it('breaks the axis over a long empty stretch', async () => {
    const { doc } = await loadFixture('steel-tariff');
    const copy = structuredClone(doc);
    for (const n of copy.nodes)
      if (n.kind === 'event' && n.id === 'steel-tariff-2020') n.date = '1990-02';
    const layout = timelineLayout(buildGraph(copy));
    const x = (label: string) => tickX(layout, label);
    expect(layout.axis.breaks).toHaveLength(1);
    const [brk] = layout.axis.breaks;
    expect(brk?.x).toBeGreaterThan(x('Feb 1990'));
    expect(brk?.x).toBeLessThan(x('2020'));
    // thirty years take no more room than the capped gap
    expect(x('2020') - x('Feb 1990')).toBeLessThanOrEqual(90 + 140);
  });

  it('labels ranges at the precision of their ends', () => {
    expect(rangeLabel({ start: '1953-01-01', end: '1953-12-31' })).toEqual({
      label: '1953',
      kind: 'year',
    });
    expect(rangeLabel({ start: '2024-02-01', end: '2024-02-29' })).toEqual({
      label: 'Feb 2024',
      kind: 'month',
    });
    expect(rangeLabel({ start: '2023-09-13', end: '2023-09-13' }).label).toBe('13 Sep 2023');
    expect(rangeLabel({ start: '2016-01-01', end: '2023-12-31' })).toEqual({
      label: '2016 – 2023',
      kind: 'range',
    });
    expect(rangeLabel({ start: '2023-01-01', end: '2023-03-31' }).label).toBe(
      'Jan 2023 – Mar 2023',
    );
    expect(rangeLabel({ start: '2023-09-10', end: '2023-09-13' }).label).toBe(
      '10 Sep 2023 – 13 Sep 2023',
    );
  });

  it('puts everything in the undated grid when nothing is dated', async () => {
    const { doc } = await loadFixture('valid');
    const copy = structuredClone(doc);
    for (const n of copy.nodes) if (n.kind !== 'actor') delete n.date;
    for (const e of copy.edges) if (e.kind === 'statement') delete e.date;
    const layout = timelineLayout(buildGraph(copy), undefined, { undatedColumns: 2 });
    expect(layout.axis.ticks).toEqual([]);
    expect(layout.axis.breaks).toEqual([]);
    expect(layout.axis.span).toBeUndefined();
    expect(layout.undated).toHaveLength(copy.nodes.length);
    // five actors in two columns: three rows
    expect(layout.axis.lanes[0]).toMatchObject({ kind: 'actor', rows: 3 });
  });
});
