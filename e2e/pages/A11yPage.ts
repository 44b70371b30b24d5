/** Page object running axe-core on the current page: the serious and critical violations. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export interface A11yViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

export class A11yPage {
  constructor(readonly page: Page) {}

  /** Serious and critical WCAG 2.x A/AA violations on the page as it is now. */
  async seriousViolations(): Promise<A11yViolation[]> {
    const results = await new AxeBuilder({ page: this.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? '',
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
      }));
  }
}
