import { expect, readGraph, test } from './fixtures.ts';

const ARTICLE = 'rbc-2023-09-13-kim-putin';

test.describe('source text', () => {
  test('shows the whole article', async ({ panels }) => {
    const graph = readGraph(ARTICLE);
    await panels.gotoSelected(ARTICLE, 'john-kirby');
    await expect(panels.source).toBeVisible();
    const shown = (await panels.sourceText.textContent()) ?? '';
    for (const edge of graph.edges)
      for (const span of edge.evidence) expect(shown).toContain(span.exact);
    for (const node of graph.nodes)
      for (const span of node.mentions) expect(shown).toContain(span.exact);
  });

  test('clicking a highlighted quote selects the statement it supports', async ({ panels }) => {
    await panels.gotoSelected(ARTICLE, 'john-kirby');
    const passage = panels.passagesOnlyOf('st-kirby-food-for-ammunition').first();
    await expect(passage).toHaveText(' claimed in March that ');
    await passage.click();
    await expect.poll(() => panels.selected()).toBe('st-kirby-food-for-ammunition');
    await expect(panels.detailsTitle).toHaveText('John Kirby — allegation');
    await expect(passage).toHaveAttribute('aria-current', 'true');
  });

  test('a passage that supports several elements offers the choice, statements first', async ({
    panels,
    page,
  }) => {
    await panels.gotoSelected(ARTICLE, 'john-kirby');
    // "Russia’s ambassador to North Korea, Aleksandr Matsegora, denied the allegations": four denials.
    const passage = panels
      .passagesOf('st-matsegora-denies-wagner-procurements')
      .filter({ hasText: 'denied the allegations' })
      .first();
    const elements = await panels.passageElements(passage);
    expect(elements.length).toBeGreaterThan(1);
    expect(elements[0]).toMatch(/^st-matsegora-denies-/);

    await passage.click();
    await expect(panels.chooser).toBeVisible();
    await expect(panels.chooserOptions).toHaveCount(elements.length);
    await expect(panels.chooserOptions.first()).toBeFocused();

    // Esc closes it and gives the focus back to the passage.
    await page.keyboard.press('Escape');
    await expect(panels.chooser).toHaveCount(0);
    await expect(passage).toBeFocused();
    expect(await panels.selected()).toBe('john-kirby');

    // Keyboard: Enter opens it, arrows move, Enter chooses.
    await page.keyboard.press('Enter');
    await expect(panels.chooser).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(panels.chooserOption(elements[1] ?? '')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => panels.selected()).toBe(elements[1]);
    await expect(panels.chooser).toHaveCount(0);
  });

  test('selecting an element marks its passages and scrolls the first into view', async ({
    panels,
  }) => {
    await panels.gotoSelected(ARTICLE, 'st-iiss-military-equipment');
    const current = panels.currentPassages;
    await expect(current.first()).toBeVisible();
    await expect(current.first()).toBeInViewport();
    const ids = await current.evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-elements')),
    );
    expect(ids.every((id) => id?.split(' ').includes('st-iiss-military-equipment'))).toBe(true);
  });
});
