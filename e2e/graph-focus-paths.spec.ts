import { expect, readGraph, test } from './fixtures.ts';
import { allEdges, neighbourhood, shortestPathElements } from './graph-support.ts';

const ARTICLE = 'rbc-2023-09-13-kim-putin';
const KIRBY = 'john-kirby';

test.describe('focus and paths', () => {
  test('focus depth 1 on Kirby, hiding the rest, shows exactly his 1-hop neighbourhood', async ({
    graph,
  }) => {
    const doc = readGraph(ARTICLE);
    const expected = neighbourhood(doc, KIRBY, 1);
    await graph.open({ doc: ARTICLE, sel: KIRBY });
    await graph.waitForLayout('force');
    const before = await graph.nodePosition('north-korea');

    await graph.toggleFocus();
    await graph.setHideRest(true);
    await expect.poll(() => graph.param('dim')).toBe('hide');
    expect(graph.param('focus')).toBe(KIRBY);
    await expect.poll(async () => (await graph.visibleElements()).nodes).toEqual(expected.nodes);
    expect((await graph.visibleElements()).edges).toEqual(expected.edges);
    // Focus moves nothing.
    expect(await graph.nodePosition('north-korea')).toEqual(before);

    // Depth 2 shows more.
    await graph.setDepth(2);
    const depth2 = neighbourhood(doc, KIRBY, 2);
    await expect.poll(async () => (await graph.visibleElements()).nodes).toEqual(depth2.nodes);
    expect(graph.param('depth')).toBe('2');
  });

  test('focus dims the rest by default: everything stays visible', async ({ graph }) => {
    const doc = readGraph(ARTICLE);
    const kept = neighbourhood(doc, KIRBY, 1);
    await graph.open({ doc: ARTICLE, focus: KIRBY, depth: '1' });
    const visible = await graph.visibleElements();
    expect(visible.nodes).toHaveLength(doc.nodes.length);
    expect(visible.edges).toHaveLength(allEdges(doc).length);
    const { dimmed } = await graph.emphasis();
    const dimmedNodes = new Set(dimmed.nodes);
    expect(kept.nodes.some((id) => dimmedNodes.has(id))).toBe(false);
    expect(dimmed.nodes).toHaveLength(doc.nodes.length - kept.nodes.length);

    await graph.toggleFocus();
    await expect.poll(() => graph.param('focus')).toBeNull();
    expect((await graph.emphasis()).dimmed.nodes).toEqual([]);
  });

  test('a path picked from the selection highlights every shortest path', async ({ graph }) => {
    const doc = readGraph(ARTICLE);
    const target = 'ashot-mkrtychev';
    const expected = shortestPathElements(doc, KIRBY, target);
    expect(expected.length).toBeGreaterThan(1);
    await graph.open({ doc: ARTICLE, sel: KIRBY });
    await graph.pathTo(target);
    await expect.poll(() => graph.param('path')).toBe(`${KIRBY},${target}`);
    await expect(graph.pathSummary).toContainText(`${expected.length} steps`);
    const { highlighted, dimmed } = await graph.emphasis();
    expect(highlighted.nodes).toEqual(expected.nodes);
    expect(highlighted.edges).toEqual(expected.edges);
    expect(dimmed.nodes).toHaveLength(doc.nodes.length - expected.nodes.length);
    await expect(graph.pathMessage).toHaveCount(0);

    await graph.clearPath();
    await expect.poll(() => graph.param('path')).toBeNull();
    expect((await graph.emphasis()).highlighted.nodes).toEqual([]);
  });

  test('a path can end on a tapped node', async ({ graph }) => {
    const doc = readGraph(ARTICLE);
    const expected = shortestPathElements(doc, KIRBY, 'north-korea');
    await graph.open({ doc: ARTICLE, sel: KIRBY });
    await graph.waitForLayout('force');
    await graph.pathToByTap('north-korea');
    await expect.poll(() => graph.param('path')).toBe(`${KIRBY},north-korea`);
    expect((await graph.emphasis()).highlighted.nodes).toEqual(expected.nodes);
    expect(await graph.selected()).toBe(KIRBY);
  });

  test('a path link to a node that is not there says so plainly', async ({ graph }) => {
    await graph.open({ doc: ARTICLE, path: `${KIRBY},no-such-node` });
    await expect(graph.pathMessage).toHaveText(
      'Cannot find a path: no-such-node is not in this document',
    );
    expect((await graph.emphasis()).dimmed.nodes).toEqual([]);
  });
});
