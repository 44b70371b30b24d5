/** Page object for the Export menu of the document header (issue 5). */
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';

export type ExportFormat =
  'json' | 'gexf' | 'gexf13' | 'graphml' | 'jgf' | 'cyjs' | 'csv' | 'md' | 'png' | 'svg';

export interface DownloadedFile {
  name: string;
  bytes: Buffer;
  text: string;
}

export class ExportPage {
  readonly openButton: Locator;
  readonly menu: Locator;
  readonly scopeView: Locator;
  readonly scopeSelection: Locator;
  readonly context: Locator;
  readonly summary: Locator;
  readonly fileName: Locator;
  readonly downloadButton: Locator;
  readonly cancelButton: Locator;
  readonly status: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.openButton = page.getByTestId('export.open');
    this.menu = page.getByTestId('export.menu');
    this.scopeView = page.getByTestId('export.scope.view');
    this.scopeSelection = page.getByTestId('export.scope.selection');
    this.context = page.getByTestId('export.context');
    this.summary = page.getByTestId('export.summary');
    this.fileName = page.getByTestId('export.filename');
    this.downloadButton = page.getByTestId('export.download');
    this.cancelButton = page.getByTestId('export.cancel');
    this.status = page.getByTestId('export.status');
    this.error = page.getByTestId('export.error');
  }

  format(id: ExportFormat): Locator {
    return this.page.getByTestId(`export.format.${id}`);
  }

  /** Opens the menu (if it is not open) and waits until it shows. */
  async open(): Promise<void> {
    if (!(await this.menu.isVisible())) await this.openButton.click();
    await this.downloadButton.waitFor();
  }

  async chooseScope(scope: 'view' | 'selection'): Promise<void> {
    await (scope === 'view' ? this.scopeView : this.scopeSelection).check();
  }

  async setContext(on: boolean): Promise<void> {
    await this.context.setChecked(on);
  }

  async chooseFormat(id: ExportFormat): Promise<void> {
    await this.format(id).check();
  }

  /** The counts the menu shows: "N nodes, M edges, K statements". */
  async counts(): Promise<{ nodes: number; edges: number; statements: number }> {
    const text = await this.summary.innerText();
    const read = (word: string) => Number(new RegExp(`(\\d+) ${word}`).exec(text)?.[1] ?? NaN);
    return { nodes: read('node'), edges: read('edge'), statements: read('statement') };
  }

  /** Clicks Download and returns the file the browser received. */
  async download(): Promise<DownloadedFile> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.downloadButton.click(),
    ]);
    return this.read(download);
  }

  /**
   * Clicks Download, then Cancel in the same task: the menu closes while the file is still
   * being written (a click from Playwright could come after a small file was done).
   */
  async downloadThenCancel(): Promise<void> {
    await this.page.evaluate(() => {
      const click = (id: string) =>
        document.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`)?.click();
      click('export.download');
      click('export.cancel');
    });
  }

  /** Opens the menu, chooses scope, context and format, and downloads. */
  async exportAs(
    format: ExportFormat,
    options: { scope?: 'view' | 'selection'; context?: boolean } = {},
  ): Promise<DownloadedFile> {
    await this.open();
    if (options.scope) await this.chooseScope(options.scope);
    if (options.context !== undefined) await this.setContext(options.context);
    await this.chooseFormat(format);
    return this.download();
  }

  private async read(download: Download): Promise<DownloadedFile> {
    const failure = await download.failure();
    if (failure) throw new Error(`download failed: ${failure}`);
    const path = await download.path();
    const bytes = await readFile(path);
    return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
  }
}
