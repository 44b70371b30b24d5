import { describe, expect, it } from 'vitest';
import { buildGraph, type ClaimGraph } from './build.ts';
import { timelineLayout, type TimelineLayout } from './timeline.ts';
import { loadArticle, loadFixture } from './test-support.ts';

const findEvent = (graph: ClaimGraph, eventType: string, date: string): string => {
  const found = graph.findNode(
    (_id, n) => n.kind === 'event' && n.eventType === eventType && n.date === date,
  );
  if (!found) throw new Error(`no ${eventType} event dated ${date}`);
  return found;
};

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

  it('ticks every five years over seven decades', async () => {
    const { graph } = await loadArticle();
    const { ticks } = timelineLayout(graph).axis;
    expect(ticks[0]?.label).toBe('1955');
    expect(ticks.at(-1)?.label).toBe('2020');
    expect(ticks.every((t) => t.kind === 'year' && Number(t.label) % 5 === 0)).toBe(true);
    for (let i = 1; i < ticks.length; i += 1)
      expect((ticks[i]?.x as number) - (ticks[i - 1]?.x as number)).toBeGreaterThanOrEqual(60);
  });
});

describe('timelineLayout on the fixture', () => {
  const width = 1600;
  // span 2020-01-01 .. 2022-12-31: 1096 days
  const xOf = (daysFromStart: number) => (daysFromStart / 1096) * width;

  it('places events by range midpoint, claims by effective date, actors by their statements', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const { positions, undated } = timelineLayout(graph);
    // the leap day is day 59 of 2020; its middle is 59.5
    expect(positions['steel-tariff-2020']?.x).toBeCloseTo(xOf(59.5), 6);
    // 2022 runs from day 731 to day 1095 inclusive: middle 913.5
    expect(positions['steelworker-protest-2022']?.x).toBeCloseTo(xOf(913.5), 6);
    // an undated claim by its earliest statement: March 2021 (days 425..455)
    expect(positions['claim-acme-dumped-steel']?.x).toBeCloseTo(xOf(440.5), 6);
    // Carol Diaz spoke in March 2021
    expect(positions['carol-diaz']?.x).toBeCloseTo(xOf(440.5), 6);
    // Acme: an undated denial (ignored) and an evasion dated by the 2022 protest
    expect(positions['acme-corp']?.x).toBeCloseTo(xOf(913.5), 6);
    // Think Lab made no statement: placed by the 2021 report it published (days 366..730)
    expect(positions['think-lab']?.x).toBeCloseTo(xOf(548.5), 6);
    // Radio Free neither speaks nor takes part: undated, as is the plant closure
    expect(undated).toEqual(['radio-free', 'plant-closure']);
  });

  it('stacks nodes at the same x into rows', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const { positions } = timelineLayout(graph);
    // Acme and the Steelworkers both sit at mid-2022
    const acme = positions['acme-corp'];
    const workers = positions['steelworkers'];
    expect(acme?.x).toBeCloseTo(workers?.x as number, 6);
    expect(acme?.y).not.toBe(workers?.y);
    expect(Math.abs((acme?.y as number) - (workers?.y as number))).toBe(50);
  });

  it('lays out only the given ids, on the document’s axis', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const all = timelineLayout(graph);
    const some = timelineLayout(graph, new Set(['steel-tariff-2020', 'acme-corp', 'nobody']));
    expect(Object.keys(some.positions).sort()).toEqual(['acme-corp', 'steel-tariff-2020']);
    expect(some.positions['steel-tariff-2020']?.x).toBe(all.positions['steel-tariff-2020']?.x);
    expect(some.axis.ticks).toEqual(all.axis.ticks);
  });

  it('ticks years and, when a year is wide, months', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const { ticks } = timelineLayout(graph).axis;
    expect(ticks.filter((t) => t.kind === 'year').map((t) => t.label)).toEqual([
      '2020',
      '2021',
      '2022',
    ]);
    expect(ticks[0]).toEqual({ x: 0, label: '2020', kind: 'year' });
    expect(ticks.map((t) => t.label)).toContain('2021-03');
    expect(ticks.filter((t) => t.kind === 'month')).toHaveLength(33);
    const half = timelineLayout(graph, undefined, { width: 300 }).axis.ticks;
    expect(half.filter((t) => t.kind === 'month').map((t) => t.label)).toEqual([
      '2020-07',
      '2021-07',
      '2022-07',
    ]);
    const narrow = timelineLayout(graph, undefined, { width: 150 }).axis.ticks;
    expect(narrow.map((t) => t.label)).toEqual(['2020', '2022']);
  });

  it('puts everything in the undated grid when nothing is dated', async () => {
    const { doc } = await loadFixture('valid');
    const copy = structuredClone(doc);
    for (const n of copy.nodes) if (n.kind !== 'actor') delete n.date;
    for (const e of copy.edges) if (e.kind === 'statement') delete e.date;
    const layout = timelineLayout(buildGraph(copy), undefined, { undatedColumns: 2 });
    expect(layout.axis.ticks).toEqual([]);
    expect(layout.axis.span).toBeUndefined();
    expect(layout.undated).toHaveLength(copy.nodes.length);
    // five actors in two columns: three rows
    expect(layout.axis.lanes[0]).toMatchObject({ kind: 'actor', rows: 3 });
  });
});
