/**
 * Page object for importing graph files: the Import button and its file input, the drop zone,
 * the error dialog, the warnings and storage notices, and the "Imported" section of the
 * document list with its Remove actions.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';

export class ImportPage {
  readonly openButton: Locator;
  readonly fileInput: Locator;
  readonly busy: Locator;
  readonly dropzone: Locator;
  readonly errors: Locator;
  readonly errorsFile: Locator;
  readonly errorsFormat: Locator;
  readonly errorItems: Locator;
  readonly errorWheres: Locator;
  readonly errorsMore: Locator;
  readonly errorsClose: Locator;
  readonly warnings: Locator;
  readonly warningItems: Locator;
  readonly warningsDismiss: Locator;
  readonly storageNotice: Locator;
  readonly importedList: Locator;

  constructor(readonly page: Page) {
    this.openButton = page.getByTestId('import.open');
    this.fileInput = page.getByTestId('import.file');
    this.busy = page.getByTestId('import.busy');
    this.dropzone = page.getByTestId('import.dropzone');
    this.errors = page.getByTestId('import.errors');
    this.errorsFile = this.errors.getByTestId('import.errors.file');
    this.errorsFormat = this.errors.getByTestId('import.errors.format');
    this.errorItems = this.errors.getByTestId('import.errors.item');
    this.errorWheres = this.errors.getByTestId('import.errors.where');
    this.errorsMore = this.errors.getByTestId('import.errors.more');
    this.errorsClose = this.errors.getByTestId('import.errors.close');
    this.warnings = page.getByTestId('import.warnings');
    this.warningItems = this.warnings.getByTestId('import.warnings.item');
    this.warningsDismiss = page.getByTestId('import.warnings.dismiss');
    this.storageNotice = page.getByTestId('import.storage-notice');
    this.importedList = page.getByTestId('documents.imported');
  }

  /** Imports a file through the Import button and the browser's file chooser. */
  async importFile(filePath: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.openButton.click();
    await (await chooser).setFiles(filePath);
  }

  /** Imports a file by setting the (hidden) file input directly: for large files. */
  async setFile(filePath: string): Promise<void> {
    await this.fileInput.setInputFiles(filePath);
  }

  /**
   * Drags a file over the window and drops it, as a person would from a file manager: the
   * drop zone shows while it is over the window.
   */
  async dropFile(filePath: string): Promise<void> {
    const name = path.basename(filePath);
    const content = readFileSync(filePath, 'utf8');
    const transfer = await this.page.evaluateHandle(
      ({ name: fileName, content: text }) => {
        const data = new DataTransfer();
        data.items.add(new File([text], fileName, { type: 'application/octet-stream' }));
        return data;
      },
      { name, content },
    );
    await this.page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    await this.dropzone.waitFor({ state: 'visible' });
    await this.page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
    await this.page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  }

  /** Waits until the app shows an imported document (its id starts with `prefix`) rendered. */
  async waitForImported(prefix = 'import-'): Promise<string> {
    await this.page.waitForFunction(
      (p) => {
        const handle = window.claimgraph;
        const doc = new URL(window.location.href).searchParams.get('doc') ?? '';
        return (
          handle !== undefined &&
          doc.startsWith(p) &&
          handle.documentId === doc &&
          handle.ready === true
        );
      },
      prefix,
      { timeout: 30_000 },
    );
    return new URL(this.page.url()).searchParams.get('doc') ?? '';
  }

  /** The document list entry of a document. */
  item(id: string): Locator {
    return this.page.getByTestId(`documents.item.${id}`);
  }

  /** Ids of the documents in the "Imported" section, in order. */
  async importedIds(): Promise<string[]> {
    if ((await this.importedList.count()) === 0) return [];
    const ids = await this.importedList
      .locator('[data-testid^="documents.item."]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-testid') ?? ''));
    return ids.map((id) => id.replace(/^documents\.item\./, ''));
  }

  /** Removes an imported document: Remove, then the confirmation. */
  async remove(id: string): Promise<void> {
    await this.page.getByTestId(`documents.remove.${id}`).click();
    await this.page.getByTestId(`documents.remove-confirm.${id}`).click();
  }

  /** The texts of the listed problems (where, message and expectation of each). */
  async errorTexts(): Promise<string[]> {
    return this.errorItems.allInnerTexts();
  }

  async closeErrors(): Promise<void> {
    await this.errorsClose.click();
  }
}
