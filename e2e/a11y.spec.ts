import path from 'node:path';
import { expect, test } from './fixtures.ts';
import { A11yPage } from './pages/A11yPage.ts';

const ARTICLE = 'rbc-2023-09-13-kim-putin';

test.describe('accessibility (axe-core: no serious or critical violations)', () => {
  test('the default graph view', async ({ page, explorer }) => {
    await explorer.goto(ARTICLE);
    await explorer.waitReady();
    expect(await new A11yPage(page).seriousViolations()).toEqual([]);
  });

  test('a selected actor with its panel open', async ({ page, explorer, panels }) => {
    await page.goto(`/?doc=${ARTICLE}&sel=john-kirby`);
    await explorer.waitReady();
    await expect(panels.details).toBeVisible();
    expect(await new A11yPage(page).seriousViolations()).toEqual([]);
  });

  test('filters applied', async ({ page, explorer, filters }) => {
    await explorer.goto(ARTICLE);
    await explorer.waitReady();
    await filters.preset('denials');
    await expect(filters.presetButton('denials')).toHaveAttribute('aria-pressed', 'true');
    expect(await new A11yPage(page).seriousViolations()).toEqual([]);
  });

  test('the claims table and rankings', async ({ page, explorer, panels }) => {
    await explorer.goto(ARTICLE);
    await explorer.waitReady();
    await panels.openTab('claims');
    expect(await new A11yPage(page).seriousViolations()).toEqual([]);
    await panels.openTab('rankings');
    expect(await new A11yPage(page).seriousViolations()).toEqual([]);
  });

  test('the timeline layout and a bad link notice', async ({ page, explorer }) => {
    await page.goto(`/?doc=${ARTICLE}&layout=timeline&stance=rumour`);
    await explorer.waitReady();
    await expect(page.getByTestId('view.notices')).toBeVisible();
    expect(await new A11yPage(page).seriousViolations()).toEqual([]);
  });
});

test('the import error dialog', async ({ page, explorer, importer }) => {
  await explorer.goto('rbc-2023-09-13-kim-putin');
  await explorer.waitReady();
  await importer.importFile(path.resolve(import.meta.dirname, 'fixtures/malformed.graphml'));
  await expect(page.getByTestId('import.errors')).toBeVisible();
  expect(await new A11yPage(page).seriousViolations()).toEqual([]);
});
