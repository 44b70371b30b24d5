import { expect, readGraph, test } from './fixtures.ts';
import { overlappingBoxes } from './graph-support.ts';

const ARTICLE = 'rbc-2023-09-13-kim-putin';

test.describe('graph canvas', () => {
  test('the legend names every kind, actor type and stance in use, and no other', async ({
    graph,
  }) => {
    const doc = readGraph(ARTICLE);
    await graph.open({ doc: ARTICLE });
    await expect(graph.legend).toBeVisible();
    const keys = await graph.legendKeys();
    const kinds = new Set(doc.nodes.map((n) => n.kind));
    const actorTypes = new Set(doc.nodes.flatMap((n) => (n.kind === 'actor' ? [n.actorType] : [])));
    const stances = new Set(doc.edges.flatMap((e) => (e.kind === 'statement' ? [e.stance] : [])));
    expect(keys.filter((k) => k.startsWith('kind.')).sort()).toEqual(
      [...kinds].map((k) => `kind.${k}`).sort(),
    );
    expect(keys.filter((k) => k.startsWith('actorType.')).sort()).toEqual(
      [...actorTypes].map((t) => `actorType.${t}`).sort(),
    );
    expect(keys.filter((k) => k.startsWith('stance.')).sort()).toEqual(
      [...stances].map((s) => `stance.${s}`).sort(),
    );
    for (const key of ['marker.anonymous', 'edge.reported', 'edge.about', 'edge.participant']) {
      expect(keys).toContain(key);
    }
    await expect(graph.legendItem('edge', 'affiliation')).toBeVisible();
  });

  test('what a filter hides is neither drawn nor hit, and is drawn again once cleared', async ({
    graph,
    filters,
    page,
  }) => {
    const doc = readGraph(ARTICLE);
    await graph.open({ doc: ARTICLE, stance: 'denial' });
    await expect.poll(async () => (await graph.visibleElements()).nodes.length).toBe(7);
    await graph.settle();
    // From afar, so that hidden nodes lie on the canvas around the shown ones.
    await graph.useControl('zoomOut');
    await graph.useControl('zoomOut');
    const shown = await graph.visibleElements();
    const reference = shown.nodes[0]!;
    const at = async (id: string) => graph.projectedPosition(id, reference);
    const shownAt = await Promise.all(shown.nodes.map(at));
    const segments = await Promise.all(
      doc.edges
        .filter((e) => shown.edges.includes(e.id))
        .map(async (e) => [await at(e.source), await at(e.target)] as const),
    );
    const box = await graph.canvas.boundingBox();
    if (!box) throw new Error('no canvas');
    // The hidden node that lies farthest from anything shown, on the canvas (not under a control).
    let best: { id: string; point: { x: number; y: number }; room: number } | null = null;
    for (const node of doc.nodes) {
      if (shown.nodes.includes(node.id)) continue;
      const point = await at(node.id);
      const inside =
        point.x > box.x + 30 &&
        point.x < box.x + box.width - 30 &&
        point.y > box.y + 30 &&
        point.y < box.y + box.height - 30;
      if (!inside || !(await graph.canvasAt(point))) continue;
      const room = Math.min(
        ...shownAt.map((p) => Math.hypot(p.x - point.x, p.y - point.y)),
        ...segments.map(([a, b]) => distanceToSegment(point, a, b)),
      );
      if (!best || room > best.room) best = { id: node.id, point, room };
    }
    if (!best) throw new Error('no hidden node on the canvas');
    // The projection is where the shown nodes are drawn.
    for (const [i, id] of shown.nodes.entries()) {
      const drawn = await graph.clientPosition(id);
      expect(Math.hypot(drawn.x - shownAt[i]!.x, drawn.y - shownAt[i]!.y)).toBeLessThan(1);
    }
    expect(best.room).toBeGreaterThan(30);
    expect(await graph.clientPosition(best.id).catch(() => null)).toBeNull();
    // Nothing is drawn there, and a click there selects nothing.
    const ink = (pixels: number[][]) => pixels.filter(([, , , alpha]) => (alpha ?? 0) > 0).length;
    expect(ink(await graph.pixelsAt(best.point, 'cytoscape', 3))).toBe(0);
    await page.mouse.click(best.point.x, best.point.y);
    expect(await graph.selected()).toBeNull();
    expect(await graph.canvasSelected()).toBeNull();
    await filters.clearAll();
    await expect
      .poll(async () => (await graph.visibleElements()).nodes.length)
      .toBe(doc.nodes.length);
    await graph.settle();
    expect(ink(await graph.pixelsNear(best.id, 'cytoscape', 3))).toBeGreaterThan(0);
  });

  test('labels shown again by a cleared filter are placed at once, none over another', async ({
    graph,
    filters,
  }) => {
    const doc = readGraph(ARTICLE);
    await graph.open({ doc: ARTICLE, stance: 'denial' });
    await expect.poll(async () => (await graph.visibleElements()).nodes.length).toBe(7);
    await graph.settle();
    const zoomed = await graph.zoom();
    await filters.clearAll();
    await expect
      .poll(async () => (await graph.visibleElements()).nodes.length)
      .toBe(doc.nodes.length);
    await graph.settle();
    // Still zoomed in on the denials: most nodes are off the canvas, those on it are named.
    expect(await graph.zoom()).toBeCloseTo(zoomed, 3);
    const boxes = await graph.labelBoxes();
    expect(boxes.length).toBeGreaterThan(7);
    expect(overlappingBoxes(boxes)).toEqual([]);
    // Seen whole again (the fit places every label for its zoom), none overlaps another.
    await graph.useControl('fit');
    const all = await graph.labelBoxes();
    expect(all.length).toBeGreaterThan(7);
    expect(overlappingBoxes(all)).toEqual([]);
  });

  test('hovering a node or a statement shows what it is, as text', async ({ graph }) => {
    const doc = readGraph(ARTICLE);
    const statement = doc.edges.find(
      (e) => e.kind === 'statement' && e.source === 'lee-choon-geun' && e.via.includes('reuters'),
    );
    if (statement?.kind !== 'statement') throw new Error('no statement by Lee via Reuters');
    await graph.open({ doc: ARTICLE });
    await graph.waitForLayout('force');

    await graph.hover('us-officials');
    await expect(graph.tooltipTitle).toHaveText('US officials (unnamed)');
    await expect(graph.tooltipKind).toContainText('unnamed source');

    // Lee's neighbourhood alone, so that nothing else lies on the statement's edge.
    await graph.open({ doc: ARTICLE, focus: 'lee-choon-geun', depth: '1', dim: 'hide' });
    await graph.settle();
    await graph.hover(statement.id);
    await expect(graph.tooltipKind).toHaveText(`Statement · ${statement.stance}`);
    await expect(graph.tooltip).toContainText(statement.cue);
    await expect(graph.tooltip).toContainText('Reuters');
    await expect(graph.tooltipTitle).toHaveText('Lee Choon Geun');
  });

  test('sel in the URL selects, centres and follows changes; taps select and clear', async ({
    graph,
  }) => {
    await graph.open({ doc: ARTICLE, sel: 'john-kirby' });
    expect(await graph.canvasSelected()).toBe('john-kirby');
    await graph.settle();
    const centre = await graph.canvasCentre();
    const kirby = await graph.clientPosition('john-kirby');
    expect(Math.hypot(kirby.x - centre.x, kirby.y - centre.y)).toBeLessThan(12);

    // A change from elsewhere (as a panel link or the search would make it).
    await graph.page.evaluate(() => {
      const url = new URL(window.location.href);
      url.searchParams.set('sel', 'ashot-mkrtychev');
      window.history.pushState(null, '', url);
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect.poll(() => graph.canvasSelected()).toBe('ashot-mkrtychev');
    await graph.settle();
    const mkrtychev = await graph.clientPosition('ashot-mkrtychev');
    expect(Math.hypot(mkrtychev.x - centre.x, mkrtychev.y - centre.y)).toBeLessThan(12);

    await graph.tap('north-korea');
    await expect.poll(() => graph.selected()).toBe('north-korea');
    expect(await graph.canvasSelected()).toBe('north-korea');
    await graph.tapBackground();
    await expect.poll(() => graph.selected()).toBeNull();
    expect(await graph.canvasSelected()).toBeNull();
  });
});

/** The distance from `p` to the segment from `a` to `b`, in the same units. */
function distanceToSegment(
  p: { x: number; y: number },
  a: { x: number; y: number },
  b: { x: number; y: number },
): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = dx * dx + dy * dy;
  const t =
    length === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}
