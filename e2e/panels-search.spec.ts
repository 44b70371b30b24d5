import { expect, test } from './fixtures.ts';

const ARTICLE = 'rbc-2023-09-13-kim-putin';

test.describe('search', () => {
  test('"Pyongyang" finds North Korea first; Enter selects it', async ({ explorer, panels }) => {
    await explorer.goto(ARTICLE);
    await explorer.waitReady();
    await panels.search('Pyongyang');
    expect((await panels.searchResultIds())[0]).toBe('north-korea');
    await expect(panels.searchInput).toHaveAttribute('aria-expanded', 'true');
    await expect(panels.searchInput).toHaveAttribute(
      'aria-activedescendant',
      (await panels.searchResult('north-korea').getAttribute('id')) ?? '',
    );
    await panels.searchInput.press('Enter');
    await expect.poll(() => panels.selected()).toBe('north-korea');
    await expect(panels.detailsTitle).toHaveText('North Korea');
    await expect(panels.searchResults).toBeHidden();
  });

  test('"chocolate" finds Mkrtychev\'s denial', async ({ explorer, panels }) => {
    await explorer.goto(ARTICLE);
    await explorer.waitReady();
    await panels.search('chocolate');
    const ids = await panels.searchResultIds();
    expect(ids).toContain('st-mkrtychev-denies-brokering');
    await panels.searchResult('st-mkrtychev-denies-brokering').click();
    await expect.poll(() => panels.selected()).toBe('st-mkrtychev-denies-brokering');
    await expect(panels.detailsTitle).toHaveText('Ashot Mkrtychev — denial');
  });

  test('arrow keys move through the results and Esc closes them', async ({ explorer, panels }) => {
    await explorer.goto(ARTICLE);
    await explorer.waitReady();
    await panels.search('Kirby');
    const ids = await panels.searchResultIds();
    expect(ids.length).toBeGreaterThan(1);
    await panels.searchInput.press('ArrowDown');
    await expect(panels.searchResult(ids[1] ?? '')).toHaveAttribute('aria-selected', 'true');
    await panels.searchInput.press('Escape');
    await expect(panels.searchResults).toBeHidden();
    await expect(panels.searchInput).toHaveAttribute('aria-expanded', 'false');
    await panels.searchInput.press('ArrowDown');
    await expect(panels.searchResults).toBeVisible();
    await panels.searchInput.press('ArrowUp');
    await panels.searchInput.press('Enter');
    await expect.poll(() => panels.selected()).toBe(ids[0]);
  });
});
