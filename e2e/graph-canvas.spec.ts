import { expect, readGraph, test } from './fixtures.ts';

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
