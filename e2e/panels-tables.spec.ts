import { expect, test } from './fixtures.ts';

const ARTICLE = 'rbc-2023-09-13-kim-putin';

test.describe('claims table and rankings', () => {
  test('sorting by contested puts contested rows first, and toggling reverses', async ({
    panels,
    page,
  }) => {
    await panels.gotoSelected(ARTICLE, 'john-kirby', 'claims');
    await expect(panels.claimsTable).toBeVisible();
    const before = await panels.claimRows();
    const contested = before.filter((r) => r.contested).length;
    expect(contested).toBeGreaterThan(0);
    expect(contested).toBeLessThan(before.length);
    await expect(panels.columnHeader('contested')).toHaveAttribute('aria-sort', 'none');

    await panels.sortButton('contested').click();
    await expect(panels.columnHeader('contested')).toHaveAttribute('aria-sort', 'descending');
    const down = await panels.claimRows();
    expect(down.slice(0, contested).every((r) => r.contested)).toBe(true);
    expect(down.slice(contested).some((r) => r.contested)).toBe(false);

    await panels.sortButton('contested').click();
    await expect(panels.columnHeader('contested')).toHaveAttribute('aria-sort', 'ascending');
    const up = await panels.claimRows();
    expect(up.slice(-contested).every((r) => r.contested)).toBe(true);
    expect(up.slice(0, up.length - contested).some((r) => r.contested)).toBe(false);
    await expect(page).toHaveURL(/tab=claims/);
  });

  test('a row selects its claim and is marked as selected', async ({ panels }) => {
    await panels.gotoSelected(ARTICLE, 'john-kirby', 'claims');
    const id = 'claim-wagner-procured-from-north-korea-2022';
    await panels.claimRowLink(id).click();
    await expect.poll(() => panels.selected()).toBe(id);
    await expect(panels.claimRow(id)).toHaveAttribute('aria-current', 'true');
    await expect(panels.contested).toBeVisible();
  });

  test('the tabs switch panels and live in the URL', async ({ panels, page }) => {
    await panels.gotoSelected(ARTICLE, 'john-kirby');
    await expect(panels.tab('source')).toHaveAttribute('aria-selected', 'true');
    await panels.tab('source').focus();
    await page.keyboard.press('ArrowRight');
    await expect(panels.tab('claims')).toHaveAttribute('aria-selected', 'true');
    await expect(panels.tab('claims')).toBeFocused();
    await expect(panels.claimsTable).toBeVisible();
    await expect(page).toHaveURL(/tab=claims/);
    await panels.openTab('rankings');
    await expect(panels.rankings).toBeVisible();
    await expect(page).toHaveURL(/tab=rankings/);
  });

  test('a rankings entry selects its element', async ({ panels }) => {
    await panels.gotoSelected(ARTICLE, 'north-korea', 'rankings');
    await expect(panels.rankings).toContainText('Most vocal speakers');
    await panels.rankingsItem('john-kirby').click();
    await expect.poll(() => panels.selected()).toBe('john-kirby');
    await expect(panels.detailsTitle).toHaveText('John Kirby');
  });
});
