/** Page object for the panels: details, source text, search, claims table, rankings. */
import type { Locator, Page } from '@playwright/test';

export class PanelsPage {
  readonly details: Locator;

  constructor(readonly page: Page) {
    this.details = page.getByTestId('details.panel');
  }
}
