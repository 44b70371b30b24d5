/** Page object for the network pane: canvas, layouts, controls, legend, focus and paths. */
import type { Locator, Page } from '@playwright/test';

export class GraphPage {
  readonly canvas: Locator;

  constructor(readonly page: Page) {
    this.canvas = page.getByTestId('graph.canvas');
  }
}
