/**
 * Page objects for the end-to-end specs (DESIGN.md §2): specs drive the app through
 * these, never through raw selectors.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { DocumentGraph } from '../src/model/schema.ts';
import type { VisibleElements } from '../src/graph/visible.ts';
import { GraphPage } from './pages/GraphPage.ts';
import { PanelsPage } from './pages/PanelsPage.ts';
import { FiltersPage } from './pages/FiltersPage.ts';
import { ExportPage } from './pages/ExportPage.ts';
import { ImportPage } from './pages/ImportPage.ts';

export { ExportPage, FiltersPage, GraphPage, ImportPage, PanelsPage };

export const DOCUMENTS_DIR = path.resolve(import.meta.dirname, '../graph-data/documents');

/** A graph.json as stored on disk. */
export function readGraph(id: string): DocumentGraph {
  return JSON.parse(
    readFileSync(path.join(DOCUMENTS_DIR, id, 'graph.json'), 'utf8'),
  ) as DocumentGraph;
}

export class ExplorerPage {
  readonly documentList: Locator;
  readonly loading: Locator;
  readonly error: Locator;
  readonly canvas: Locator;

  constructor(readonly page: Page) {
    this.documentList = page.getByTestId('documents.list');
    this.loading = page.getByTestId('app.loading');
    this.error = page.getByTestId('app.error');
    this.canvas = page.getByTestId('graph.canvas');
  }

  /** Opens the explorer, on a given document or the default one. */
  async goto(doc?: string): Promise<void> {
    await this.page.goto(doc === undefined ? '/' : `/?doc=${encodeURIComponent(doc)}`);
  }

  documentItem(id: string): Locator {
    return this.page.getByTestId(`documents.item.${id}`);
  }

  /** Waits until the selected document has been rendered completely. */
  async waitReady(): Promise<void> {
    await this.page.waitForFunction(() => window.claimgraph?.ready === true);
  }

  async documentId(): Promise<string | undefined> {
    return this.page.evaluate(() => window.claimgraph?.documentId);
  }

  async visibleElements(): Promise<VisibleElements> {
    return this.page.evaluate(() => {
      const handle = window.claimgraph;
      if (!handle) throw new Error('window.claimgraph is missing');
      return handle.visibleElements();
    });
  }
}

export const test = base.extend<{
  explorer: ExplorerPage;
  graph: GraphPage;
  panels: PanelsPage;
  filters: FiltersPage;
  exporter: ExportPage;
  importer: ImportPage;
}>({
  explorer: async ({ page }, use) => {
    await use(new ExplorerPage(page));
  },
  graph: async ({ page }, use) => {
    await use(new GraphPage(page));
  },
  panels: async ({ page }, use) => {
    await use(new PanelsPage(page));
  },
  filters: async ({ page }, use) => {
    await use(new FiltersPage(page));
  },
  exporter: async ({ page }, use) => {
    await use(new ExportPage(page));
  },
  importer: async ({ page }, use) => {
    await use(new ImportPage(page));
  },
});

export { expect };
