/**
 * Debian's Chromium and the flags it needs on these machines (DESIGN.md §4): Playwright
 * cannot download its own browsers here, and without the background-networking flags
 * Chromium keeps trying hosts the closed network refuses. Used by the e2e tests and the bench.
 */
export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
