import { expect, readGraph, test } from './fixtures.ts';
import { KeyboardPage } from './pages/KeyboardPage.ts';

const ARTICLE = 'rbc-2023-09-13-kim-putin';

test('a keyboard-only journey: search, panel, link, Denials, claims table, export', async ({
  page,
  explorer,
  panels,
}) => {
  const keys = new KeyboardPage(page);
  await explorer.goto(ARTICLE);
  await explorer.waitReady();
  // No mouse from here on.
  await keys.tabTo('search.input');
  await keys.type('Kirby');
  await expect(panels.searchResult('john-kirby')).toBeVisible();
  // The best match is the active option; Enter chooses it.
  await expect(page.getByTestId('search.input')).toHaveAttribute('aria-activedescendant', /.+/);
  await keys.press('Enter');
  await expect.poll(() => page.evaluate(() => window.claimgraph?.selected())).toBe('john-kirby');
  await expect(panels.details).toBeVisible();

  // Follow a link in the panel: the first link to a claim Kirby made.
  const graph = readGraph(ARTICLE);
  const claim = graph.edges.find(
    (e) => e.kind === 'statement' && e.source === 'john-kirby',
  )?.target;
  expect(claim).toBeDefined();
  await keys.tabTo(`details.link.${claim}`);
  await keys.press('Enter');
  await expect.poll(() => page.evaluate(() => window.claimgraph?.selected())).toBe(claim);

  // The Denials preset, from the sidebar (behind us in the tab order).
  await keys.tabTo('filters.preset.denials', { backwards: true, max: 250 });
  await keys.press('Enter');
  await expect(page).toHaveURL(/stance=denial/);

  // The claims table.
  // The tab list is one tab stop; the arrow keys move between its tabs.
  await keys.tabTo('tabs.source', { max: 250 });
  await keys.press('ArrowRight');
  expect(await keys.focusedTestId()).toBe('tabs.claims');
  await keys.press('Enter');
  await expect(page).toHaveURL(/tab=claims/);
  await expect(page.getByTestId('claims.table')).toBeVisible();

  // Export the view: open the menu, pick Markdown, download.
  await keys.tabTo('export.open', { backwards: true, max: 250 });
  await keys.press('Enter');
  await expect(page.getByTestId('export.menu')).toBeVisible();
  // The formats are a radio group: one tab stop, then the arrow keys.
  await keys.tabTo(/^export\.format\./, { max: 20 });
  await keys.pressUntil('ArrowDown', 'export.format.md');
  await keys.tabTo('export.download', { max: 40 });
  const [download] = await Promise.all([page.waitForEvent('download'), keys.press('Enter')]);
  expect(download.suggestedFilename()).toBe(`${ARTICLE}.stance-denial.md`);
});
