import { expect, test } from './fixtures.ts';
import { SecurityPage } from './pages/SecurityPage.ts';

const ARTICLE = 'rbc-2023-09-13-kim-putin';

test.describe('content security policy', () => {
  test('the app is served with a strict CSP', async ({ page }) => {
    const response = await page.goto('/');
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).not.toBe('');
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    for (const directive of [
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "script-src 'self'",
    ]) {
      expect(csp).toContain(directive);
    }
    const data = await page.request.get(`/data/documents/${ARTICLE}.json`);
    expect(data.headers()['content-security-policy']).toBe(csp);
  });

  test('the main journeys run without a single violation', async ({
    page,
    explorer,
    filters,
    panels,
    graph,
  }) => {
    const security = new SecurityPage(page);
    await security.record();
    await explorer.goto(ARTICLE);
    await explorer.waitReady();
    await panels.search('Pyongyang');
    await panels.searchResult('north-korea').click();
    await expect
      .poll(() => explorer.page.evaluate(() => window.claimgraph?.selected()))
      .toBe('north-korea');
    await filters.preset('denials');
    await filters.preset('contested');
    await graph.chooseLayout('timeline');
    await graph.chooseLayout('concentric');
    await panels.openTab('claims');
    await panels.openTab('rankings');
    await page.reload();
    await explorer.waitReady();
    const { events, console } = await security.violations();
    expect(events).toEqual([]);
    expect(console).toEqual([]);
  });
});
