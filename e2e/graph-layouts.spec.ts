import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, readGraph, test } from './fixtures.ts';

const ARTICLE = 'rbc-2023-09-13-kim-putin';
/** Screenshots kept as artefacts of the run. */
const ARTIFACTS = path.resolve(import.meta.dirname, '../test-results/artifacts');

/** The id of the one event of `eventType` dated `date` (read from graph.json on disk). */
function eventId(eventType: string, date: string): string {
  const found = readGraph(ARTICLE).nodes.filter(
    (n) => n.kind === 'event' && n.eventType === eventType && n.date === date,
  );
  expect(found, `one ${eventType} event on ${date}`).toHaveLength(1);
  return found[0]?.id ?? '';
}

test.describe('graph layouts', () => {
  test('opens on the precomputed force layout, fitted, and keeps a screenshot', async ({
    graph,
  }) => {
    await graph.page.setViewportSize({ width: 1600, height: 1000 });
    await graph.open({ doc: ARTICLE });
    await graph.waitForLayout('force');
    await expect(graph.layoutButton('force')).toHaveAttribute('aria-pressed', 'true');
    const ids = readGraph(ARTICLE).nodes.map((n) => n.id);
    const positions = await graph.nodePositions(ids);
    const points = Object.values(positions);
    expect(points.every((p) => p !== null)).toBe(true);
    // No two nodes on the same spot.
    expect(new Set(points.map((p) => `${p?.x},${p?.y}`)).size).toBe(ids.length);
    mkdirSync(ARTIFACTS, { recursive: true });
    await graph.screenshot(path.join(ARTIFACTS, 'default-view.png'));
  });

  test('gives the same picture on every load', async ({ graph }) => {
    const ids = readGraph(ARTICLE).nodes.map((n) => n.id);
    await graph.open({ doc: ARTICLE });
    await graph.waitForLayout('force');
    const first = await graph.nodePositions(ids);
    await graph.page.reload();
    await graph.waitReady();
    await graph.waitForLayout('force');
    expect(await graph.nodePositions(ids)).toEqual(first);
  });

  test('the timeline orders the 2016 satellite launch before the May 2023 launch attempt', async ({
    graph,
  }) => {
    const launch2016 = eventId('launch', '2016');
    const launch2023 = eventId('launch', '2023-05');
    await graph.page.setViewportSize({ width: 1600, height: 1000 });
    await graph.open({ doc: ARTICLE });
    await graph.chooseLayout('timeline');
    expect(graph.param('layout')).toBe('timeline');
    const [early, late] = [
      await graph.nodePosition(launch2016),
      await graph.nodePosition(launch2023),
    ];
    expect(early && late && early.x < late.x).toBe(true);
    // On screen too, and the time axis is there with its ticks.
    const [a, b] = [await graph.clientPosition(launch2016), await graph.clientPosition(launch2023)];
    expect(a.x).toBeLessThan(b.x);
    await expect(graph.timelineAxis).toBeVisible();
    await expect(graph.timelineTick('2016')).toHaveCount(1);
    await expect(graph.timelineTick('2016')).toContainText('2016');
    // The axis is an overlay: the graph holds graph elements only.
    const visible = await graph.visibleElements();
    const graphIds = new Set(readGraph(ARTICLE).nodes.map((n) => n.id));
    expect(visible.nodes.every((id) => graphIds.has(id))).toBe(true);
    mkdirSync(ARTIFACTS, { recursive: true });
    await graph.screenshot(path.join(ARTIFACTS, 'timeline.png'));
  });

  test('the time axis follows pan and zoom', async ({ graph }) => {
    await graph.open({ doc: ARTICLE, layout: 'timeline' });
    await graph.waitForLayout('timeline');
    const tick = graph.timelineTick('2016');
    const before = await tick.boundingBox();
    const node = await graph.clientPosition(eventId('launch', '2016'));
    await graph.useControl('zoomIn');
    const after = await tick.boundingBox();
    const nodeAfter = await graph.clientPosition(eventId('launch', '2016'));
    expect(before && after && Math.abs(after.x - before.x)).toBeGreaterThan(5);
    // The tick and the node it dates move together.
    expect(Math.abs(after!.x - nodeAfter.x - (before!.x - node.x))).toBeLessThan(30);
  });

  test('switching layout moves the nodes and writes the URL; the URL restores it', async ({
    graph,
  }) => {
    const ids = readGraph(ARTICLE).nodes.map((n) => n.id);
    await graph.open({ doc: ARTICLE });
    await graph.waitForLayout('force');
    const force = await graph.nodePositions(ids);

    await graph.chooseLayout('concentric');
    expect(graph.param('layout')).toBe('concentric');
    const concentric = await graph.nodePositions(ids);
    expect(concentric).not.toEqual(force);

    await graph.chooseLayout('force');
    expect(graph.param('layout')).toBeNull();
    expect(await graph.nodePositions(ids)).toEqual(force);

    await graph.open({ doc: ARTICLE, layout: 'concentric' });
    await graph.waitForLayout('concentric');
    await expect(graph.layoutButton('concentric')).toHaveAttribute('aria-pressed', 'true');
    expect(await graph.nodePositions(ids)).toEqual(concentric);
  });

  test('the hierarchy needs a selected node and starts from it', async ({ graph }) => {
    await graph.open({ doc: ARTICLE });
    await expect(graph.layoutButton('hierarchy')).toBeDisabled();
    await expect(graph.layoutButton('hierarchy')).toHaveAttribute('title', /Select a node/);

    await graph.open({ doc: ARTICLE, sel: 'john-kirby' });
    await graph.chooseLayout('hierarchy');
    expect(graph.param('layout')).toBe('hierarchy');
    const root = await graph.nodePosition('john-kirby');
    const neighbour = await graph.nodePosition('us-national-security-council');
    const far = await graph.nodePosition('kazakhstan');
    expect(root && neighbour && far).toBeTruthy();
    expect(root!.y).toBeLessThan(neighbour!.y);
    expect(neighbour!.y).toBeLessThan(far!.y);

    // Without a selection, a hierarchy link says what it needs.
    await graph.open({ doc: ARTICLE, layout: 'hierarchy' });
    await expect(graph.layoutHint).toContainText('Select a node');
    await graph.waitForLayout('force');
  });

  test('zoom, fit and reset', async ({ graph }) => {
    await graph.open({ doc: ARTICLE });
    await graph.waitForLayout('force');
    const fitted = await graph.zoom();
    await graph.useControl('zoomIn');
    expect(await graph.zoom()).toBeGreaterThan(fitted * 1.2);
    await graph.useControl('zoomOut');
    await graph.useControl('zoomOut');
    expect(await graph.zoom()).toBeLessThan(fitted);
    await graph.useControl('fit');
    expect(await graph.zoom()).toBeCloseTo(fitted, 2);

    const home = await graph.nodePosition('north-korea');
    await graph.drag('north-korea', 120, 60);
    expect(await graph.nodePosition('north-korea')).not.toEqual(home);
    await graph.useControl('reset');
    await graph.waitForLayout('force');
    expect(await graph.nodePosition('north-korea')).toEqual(home);
  });
});
