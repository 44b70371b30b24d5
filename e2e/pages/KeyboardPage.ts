/**
 * Page object for keyboard-only journeys: moves focus with Tab and checks, at every stop,
 * that the focused element shows a visible focus indicator.
 */
import { expect, type Page } from '@playwright/test';

export class KeyboardPage {
  constructor(readonly page: Page) {}

  /** The data-testid of the focused element ('' when it has none). */
  async focusedTestId(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
  }

  /** Whether the focused element draws a focus indicator (outline or box-shadow ring). */
  async focusIsVisible(): Promise<boolean> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return false;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
      const ring = style.boxShadow !== 'none' && style.boxShadow !== '';
      return outline || ring;
    });
  }

  /**
   * Presses Tab (or Shift+Tab) until the element with `testId` has the focus, checking that
   * every element passed on the way shows its focus. Fails after `max` presses.
   */
  async tabTo(testId: string | RegExp, { max = 150, backwards = false } = {}): Promise<void> {
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
      const here = await this.focusedTestId();
      const onBody = await this.page.evaluate(() => document.activeElement === document.body);
      if (!onBody)
        expect(await this.focusIsVisible(), `focus ring on ${here || 'an element'}`).toBe(true);
      if (typeof testId === 'string' ? here === testId : testId.test(here)) return;
    }
    const here = await this.page.evaluate(() => {
      const el = document.activeElement;
      return el
        ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className}`
        : 'nothing';
    });
    throw new Error(`Tab never reached ${String(testId)}; focus is on ${here}`);
  }

  /** Presses `key` until the element with `testId` has the focus (arrow keys in a group). */
  async pressUntil(key: string, testId: string, max = 20): Promise<void> {
    for (let i = 0; i < max && (await this.focusedTestId()) !== testId; i++) {
      await this.page.keyboard.press(key);
    }
    expect(await this.focusedTestId()).toBe(testId);
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }
}
