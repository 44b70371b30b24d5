import { expect, readGraph, test } from './fixtures.ts';
import type { StatementEdge } from '../src/model/schema.ts';

const ARTICLE = 'rbc-2023-09-13-kim-putin';

const statements = (): StatementEdge[] =>
  readGraph(ARTICLE).edges.filter((e): e is StatementEdge => e.kind === 'statement');

test.describe('details panel', () => {
  test('selecting Kirby lists his allegations, each with its quote', async ({ panels }) => {
    await panels.gotoSelected(ARTICLE, 'john-kirby');
    await expect(panels.details).toBeVisible();
    await expect(panels.detailsTitle).toHaveText('John Kirby');

    const allegations = statements().filter(
      (s) => s.source === 'john-kirby' && s.stance === 'allegation',
    );
    expect(allegations.length).toBeGreaterThan(1);
    const group = panels.saidGroup('allegation');
    await expect(group).toContainText('allegation');
    for (const s of allegations)
      await expect(panels.saidStatement('allegation', s.id)).toBeVisible();

    const food = allegations.find((s) => s.id === 'st-kirby-food-for-ammunition');
    expect(food).toBeDefined();
    const item = panels.detailsStatement('st-kirby-food-for-ammunition');
    await expect(panels.statementQuotes('st-kirby-food-for-ammunition')).toHaveText(
      food?.evidence.map((e) => e.exact) ?? [],
    );
    await expect(item).toContainText(
      'Russia was offering North Korea food in exchange for ammunition.',
    );
    await expect(item).toContainText('claimed');
  });

  test('the URL ?sel=<id> opens with the panel open, and closing clears the selection', async ({
    panels,
  }) => {
    await panels.gotoSelected(ARTICLE, 'claim-mkrtychev-brokered-arms-deal');
    await expect(panels.details).toBeVisible();
    await expect(panels.detailsTitle).toHaveText(
      'Ashot Mkrtychev brokered an arms deal between Russia and North Korea.',
    );
    await expect(panels.contested).toBeVisible();
    await expect(panels.detailsSection('opposing')).toContainText('Ashot Mkrtychev');
    await expect(panels.detailsSection('supporting')).toContainText('US Treasury Department');

    await panels.detailsClose.click();
    await expect(panels.details).toHaveCount(0);
    expect(await panels.selected()).toBeNull();
  });

  test('a name in the panel is a link that selects its element', async ({ panels, page }) => {
    await panels.gotoSelected(ARTICLE, 'st-mkrtychev-denies-brokering');
    await expect(panels.detailsTitle).toHaveText('Ashot Mkrtychev — denial');
    const link = panels.detailsLink('ashot-mkrtychev');
    await expect(link).toHaveAttribute('href', /sel=ashot-mkrtychev/);

    await link.click();
    await expect(panels.detailsTitle).toHaveText('Ashot Mkrtychev');
    expect(await panels.selected()).toBe('ashot-mkrtychev');
    await expect(page).toHaveURL(/sel=ashot-mkrtychev/);

    // Back returns to the statement: every selection is a history entry.
    await page.goBack();
    await expect(panels.detailsTitle).toHaveText('Ashot Mkrtychev — denial');
  });

  test('an event shows its date, place and participants with roles', async ({ panels }) => {
    await panels.gotoSelected(ARTICLE, 'shoigu-visit-to-dprk-2023-07');
    await expect(panels.details).toContainText('July 2023');
    await expect(panels.dateInferred).toBeVisible();
    await expect(panels.details).toContainText('North Korea');
    const participants = panels.detailsSection('participants');
    await expect(participants).toContainText('Sergei Shoigu as visitor');
  });

  test('a derived reported edge names its outlet and its statement', async ({ panels }) => {
    await panels.gotoSelected(ARTICLE, 'reported:st-kirby-chips-npr:npr');
    await expect(panels.detailsTitle).toHaveText('NPR reported');
    await expect(panels.detailsStatement('st-kirby-chips-npr')).toBeVisible();
    await panels.detailsLink('st-kirby-chips-npr').click();
    expect(await panels.selected()).toBe('st-kirby-chips-npr');
    await expect(panels.detailsTitle).toHaveText('John Kirby — allegation');
  });
});
