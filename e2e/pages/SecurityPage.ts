/**
 * Page object that records Content Security Policy violations: the browser's
 * `securitypolicyviolation` events and console reports, from before the app's first script.
 */
import type { Page } from '@playwright/test';

export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

export class SecurityPage {
  private readonly consoleReports: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) this.consoleReports.push(message.text());
    });
  }

  /** Starts recording; call before the first navigation. */
  async record(): Promise<void> {
    await this.page.addInitScript(() => {
      const seen: Array<{ directive: string; blocked: string; sample: string }> = [];
      Object.defineProperty(window, '__cspViolations', { value: seen });
      document.addEventListener('securitypolicyviolation', (e) => {
        seen.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
      });
    });
  }

  async violations(): Promise<{ events: Violation[]; console: string[] }> {
    const events = await this.page.evaluate(
      () => (window as unknown as { __cspViolations?: Violation[] }).__cspViolations ?? [],
    );
    return { events, console: [...this.consoleReports] };
  }
}
