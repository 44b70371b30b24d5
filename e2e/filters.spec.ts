import { expect, readGraph, test } from './fixtures.ts';

const ARTICLE = 'rbc-2023-09-13-kim-putin';
const graph = readGraph(ARTICLE);
const edgeById = new Map(graph.edges.map((e) => [e.id, e]));
const statementIds = (ids: string[]) => ids.filter((id) => edgeById.get(id)?.kind === 'statement');

test.describe('filters', () => {
  test('Denials keeps only denial statements, and the counts match the document', async ({
    explorer,
    filters,
  }) => {
    await explorer.goto(ARTICLE);
    await explorer.waitReady();
    await filters.preset('denials');
    await expect(filters.presetButton('denials')).toHaveAttribute('aria-pressed', 'true');
    await expect(explorer.page).toHaveURL(/[?&]stance=denial(&|$)/);

    const denials = graph.edges.filter((e) => e.kind === 'statement' && e.stance === 'denial');
    await expect
      .poll(async () => statementIds((await explorer.visibleElements()).edges).sort())
      .toEqual(denials.map((e) => e.id).sort());
    const visible = await explorer.visibleElements();
    // Only denials, their speakers and their claims (no events, no other speakers).
    const expectedNodes = new Set(denials.flatMap((e) => [e.source, e.target]));
    expect(new Set(visible.nodes)).toEqual(expectedNodes);
    expect(await filters.shown()).toMatchObject({
      nodes: expectedNodes.size,
      statements: denials.length,
    });
    expect(await filters.stanceCount('denial')).toBe(denials.length);
    expect(await filters.active()).toEqual([{ kind: 'stance', values: ['denial'] }]);
  });

  test('a link with stance and speaker opens on the same view in a fresh page', async ({
    explorer,
    filters,
    browser,
  }) => {
    await explorer.goto(ARTICLE);
    await explorer.waitReady();
    await filters.toggleStance('allegation');
    await filters.chooseSpeaker('john-kirby');
    await expect(explorer.page).toHaveURL(/speaker=john-kirby/);
    const url = explorer.page.url();
    const here = await explorer.visibleElements();
    const kirbyAllegations = graph.edges.filter(
      (e) => e.kind === 'statement' && e.stance === 'allegation' && e.source === 'john-kirby',
    );
    expect(statementIds(here.edges).sort()).toEqual(kirbyAllegations.map((e) => e.id).sort());

    const fresh = await browser.newPage();
    await fresh.goto(url);
    await fresh.waitForFunction(() => window.claimgraph?.ready === true);
    await expect
      .poll(() => fresh.evaluate(() => window.claimgraph?.visibleElements()))
      .toEqual(here);
    await fresh.close();
  });

  test('back restores the previous filter; clear all shows everything again', async ({
    explorer,
    filters,
  }) => {
    await explorer.goto(ARTICLE);
    await explorer.waitReady();
    const all = await explorer.visibleElements();
    await filters.preset('allegations');
    await expect(explorer.page).toHaveURL(/stance=allegation/);
    const allegations = await explorer.visibleElements();
    await filters.preset('contested');
    await expect(explorer.page).toHaveURL(/contested=1/);
    await explorer.page.goBack();
    await expect(explorer.page).toHaveURL(/stance=allegation/);
    await expect.poll(() => explorer.visibleElements()).toEqual(allegations);
    await filters.clearAll();
    await expect.poll(() => explorer.visibleElements()).toEqual(all);
  });

  test('Contested keeps both sides of every contested claim', async ({ explorer, filters }) => {
    await explorer.goto(ARTICLE);
    await explorer.waitReady();
    await filters.preset('contested');
    await expect
      .poll(async () => statementIds((await explorer.visibleElements()).edges).length)
      .toBeGreaterThan(0);
    const statements = statementIds((await explorer.visibleElements()).edges).map((id) =>
      edgeById.get(id)!,
    );
    const byClaim = new Map<string, string[]>();
    for (const s of statements) {
      if (s.kind !== 'statement') continue;
      byClaim.set(s.target, [...(byClaim.get(s.target) ?? []), s.stance]);
    }
    for (const [claim, stances] of byClaim) {
      expect(
        stances.some((s) => ['allegation', 'assertion', 'condemnation'].includes(s)),
        claim,
      ).toBe(true);
      expect(
        stances.some((s) => ['denial', 'rebuttal'].includes(s)),
        claim,
      ).toBe(true);
    }
  });

  test('malformed URL values are ignored with a visible notice, not a blank page', async ({
    explorer,
    page,
  }) => {
    await page.goto(`/?doc=${ARTICLE}&stance=rumour,denial&depth=9&from=2023-13`);
    await explorer.waitReady();
    const notices = page.getByTestId('view.notices');
    await expect(notices).toContainText('stance');
    await expect(notices).toContainText('from');
    const visible = await explorer.visibleElements();
    expect(
      statementIds(visible.edges).every((id) => {
        const e = edgeById.get(id);
        return e?.kind === 'statement' && e.stance === 'denial';
      }),
    ).toBe(true);
  });
});
