import { expect, test } from './fixtures.ts';

const ARTICLE = 'rbc-2023-09-13-kim-putin';

test.describe('nothing lost', () => {
  test('a reload keeps the view and the panel layout', async ({
    page,
    explorer,
    filters,
    panels,
  }) => {
    await page.goto(`/?doc=${ARTICLE}&layout=concentric&sel=aleksandr-matsegora`);
    await explorer.waitReady();
    await filters.preset('denials');
    await panels.openTab('claims');
    const resize = page.getByTestId('tabs.resize');
    const before = Number(await resize.getAttribute('aria-valuenow'));
    await resize.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
    const taller = Number(await resize.getAttribute('aria-valuenow'));
    expect(taller).toBeGreaterThan(before);
    await page.getByTestId('graph.legend').locator('summary').click();
    await expect(page.getByTestId('graph.legend').locator('details')).not.toHaveAttribute(
      'open',
      '',
    );

    const url = page.url();
    const visible = await explorer.visibleElements();
    await page.reload();
    await explorer.waitReady();
    expect(page.url()).toBe(url);
    await expect.poll(() => explorer.visibleElements()).toEqual(visible);
    expect(await page.evaluate(() => window.claimgraph?.selected())).toBe('aleksandr-matsegora');
    await expect(page.getByTestId('claims.table')).toBeVisible();
    expect(Number(await page.getByTestId('tabs.resize').getAttribute('aria-valuenow'))).toBe(
      taller,
    );
    await expect(page.getByTestId('graph.legend').locator('details')).not.toHaveAttribute(
      'open',
      '',
    );
  });

  test('a bad link keeps the graph and says what it ignored', async ({ page, explorer }) => {
    await page.goto(`/?doc=${ARTICLE}&sel=no-such-thing&layout=spiral&speaker=Not%20An%20Id`);
    await explorer.waitReady();
    const notices = page.getByTestId('view.notices');
    await expect(notices).toContainText('layout');
    await expect(notices).toContainText('speaker');
    const visible = await explorer.visibleElements();
    expect(visible.nodes.length).toBeGreaterThan(100);
  });
});
