/**
 * Importing graph files in the app (issue 5 item 3, issue 6 items 2 and 4): a malformed file
 * is refused with located errors and changes nothing; a GraphML written by networkx is
 * explorable as a generic graph; a claimgraph JSON export behaves like a bundled document and
 * survives a reload; oversized files are refused; hostile ids and labels stay inert text;
 * storage failures keep the graph open and say so.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type ExplorerPage, type ImportPage } from './fixtures.ts';

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures');
const fixture = (name: string) => path.join(FIXTURES, name);
const ROOT = path.resolve(import.meta.dirname, '..');
const DEFAULT_DOC = 'rbc-2023-09-13-kim-putin';

/** Zachary's karate club as networkx writes it: labels, a `type` (the club) and a degree. */
const KARATE = `
import sys
import networkx as nx
G = nx.karate_club_graph()
for n, d in G.nodes(data=True):
    d['type'] = d.pop('club')
    d['label'] = 'Member %d' % n
    d['degree'] = G.degree(n)
nx.write_graphml(G, sys.argv[1])
`;

function writeKarate(file: string): string {
  execFileSync('/usr/bin/python3', ['-c', KARATE, file]);
  return file;
}

/** Fails the test if the page opens any dialog (alert, confirm, prompt). */
function forbidDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on('dialog', (dialog) => {
    opened.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return opened;
}

async function openDefault(explorer: ExplorerPage, query = ''): Promise<void> {
  await explorer.page.goto(`/?doc=${DEFAULT_DOC}${query}`);
  await explorer.waitReady();
}

/** The view as the page shows it: URL, document and visible elements. */
async function snapshot(explorer: ExplorerPage) {
  return {
    url: explorer.page.url(),
    documentId: await explorer.documentId(),
    visible: await explorer.visibleElements(),
  };
}

async function importAndOpen(importer: ImportPage, file: string): Promise<string> {
  await importer.importFile(file);
  return importer.waitForImported();
}

test.describe('import', () => {
  test('a malformed file is refused with where and what was expected; the view is unchanged', async ({
    explorer,
    importer,
    page,
  }) => {
    await openDefault(explorer, '&stance=denial&sel=north-korea');
    const before = await snapshot(explorer);
    expect(before.visible.nodes.length).toBeGreaterThan(0);

    await importer.importFile(fixture('malformed.graphml'));
    await expect(importer.errors).toBeVisible();
    await expect(importer.errorsFile).toHaveText('malformed.graphml');
    await expect(importer.errorsFormat).toHaveText('Format: GraphML');
    await expect(importer.errorItems).toHaveCount(1);
    await expect(importer.errorWheres.first()).toHaveText(
      '/graphml/graph[1]/edge[2] (line 8, column 5): target',
    );
    const [text] = await importer.errorTexts();
    expect(text).toContain('"carol" is not a node of this graph');
    expect(text).toContain('Expected: the id of a node in the file');
    await page.screenshot({ path: test.info().outputPath('import-errors.png') });

    await importer.closeErrors();
    await expect(importer.errors).toBeHidden();
    expect(await snapshot(explorer)).toEqual(before);
    expect(await importer.importedIds()).toEqual([]);

    // A JSON syntax error says line and column; Escape closes the dialog too.
    await importer.importFile(fixture('truncated.cyjs'));
    await expect(importer.errorWheres.first()).toHaveText('line 6, column 5');
    await expect(importer.errorsFormat).toContainText('JSON');
    await page.keyboard.press('Escape');
    await expect(importer.errors).toBeHidden();
    expect(await snapshot(explorer)).toEqual(before);

    // A long list of problems is cut, and says how many more there are.
    await importer.importFile(fixture('many-errors.graphml'));
    await expect(importer.errorsFormat).toHaveText('Format: GraphML');
    await expect(importer.errors).toContainText('12 problems');
    await expect(importer.errorItems).toHaveCount(8);
    await expect(importer.errorsMore).toHaveText('… and 4 more problems.');
    await importer.closeErrors();
    expect(await snapshot(explorer)).toEqual(before);
  });

  test('a GraphML written by networkx is explorable as a generic graph', async ({
    explorer,
    importer,
    graph,
    panels,
    filters,
    page,
  }, testInfo) => {
    const dialogs = forbidDialogs(page);
    const file = writeKarate(testInfo.outputPath('karate.graphml'));
    await openDefault(explorer);
    const id = await importAndOpen(importer, file);
    expect(id).toBe('import-karate-1');
    expect(await importer.importedIds()).toEqual([id]);
    await expect(importer.item(id)).toHaveAttribute('aria-current', 'page');

    const visible = await explorer.visibleElements();
    expect(visible.nodes).toHaveLength(34);
    expect(visible.edges).toHaveLength(78);
    expect(visible.nodes).toContain('0');
    // Types colour the nodes, and the legend says which is which.
    await expect(graph.legend.getByTestId('graph.legend.type.Mr. Hi')).toContainText('Mr. Hi (17)');
    await expect(graph.legend.getByTestId('graph.legend.type.Officer')).toContainText(
      'Officer (17)',
    );
    // networkx writes edges without ids: the importer gives them ids and says so.
    await expect(importer.warnings).toContainText('Imported “karate.graphml” (GraphML)');
    await expect(importer.warningItems).toHaveCount(1);
    await expect(importer.warningItems.first()).toContainText('78 edge(s) had no id');
    // The claimgraph-only controls are not there.
    await expect(page.getByTestId('filters.stance.denial')).toHaveCount(0);
    await expect(page.getByTestId('filters.speaker')).toHaveCount(0);
    await expect(page.getByTestId('tabs.source')).toHaveCount(0);
    await expect(graph.layoutButton('timeline')).toHaveCount(0);

    // Clicking a node shows its attributes.
    await graph.settle();
    await graph.tap('33');
    await expect.poll(() => graph.selected()).toBe('33');
    await expect(panels.detailsTitle).toHaveText('Member 33');
    const attributes = panels.details.getByTestId('details.attributes');
    await expect(attributes).toContainText('type');
    await expect(attributes).toContainText('Officer');
    await expect(attributes).toContainText('degree');
    await expect(attributes).toContainText('17');
    await expect(panels.details.getByTestId('details.original-id')).toHaveText('33');
    await expect(panels.details.getByTestId('details.neighbours').getByRole('link')).toHaveCount(
      34,
    );
    await graph.screenshot(test.info().outputPath('generic-graph.png'));

    // Search over labels.
    await panels.searchInput.fill('member 1');
    await expect(page.getByTestId('search.result.1')).toBeVisible();
    await page.getByTestId('search.result.1').click();
    await expect.poll(() => graph.selected()).toBe('1');
    await expect(panels.detailsTitle).toHaveText('Member 1');
    // The details link to the neighbours.
    await panels.details.getByTestId('details.link.2').click();
    await expect.poll(() => graph.selected()).toBe('2');
    await expect(panels.detailsTitle).toHaveText('Member 2');

    // The text filter: "Member 1" and "Member 10"–"Member 19".
    await filters.page.getByTestId('filters.text').fill('Member 1');
    await filters.page.getByTestId('filters.text').press('Enter');
    await expect.poll(async () => (await explorer.visibleElements()).nodes.length).toBe(11);
    await expect(page.getByTestId('filters.counts.nodes')).toHaveText('11');
    await page.getByTestId('filters.clear').click();
    await expect.poll(async () => (await explorer.visibleElements()).nodes.length).toBe(34);

    // The type facet keeps one club, in the URL.
    await page.getByTestId('filters.type.Officer').check();
    await expect.poll(async () => (await explorer.visibleElements()).nodes.length).toBe(17);
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['Officer']);
    await page.getByTestId('filters.type.Officer').uncheck();

    // Focus on the selection, one hop.
    await importer.warningsDismiss.click();
    await graph.useControl('fit');
    await graph.tap('0');
    await expect.poll(() => graph.selected()).toBe('0');
    await graph.toggleFocus();
    await expect.poll(() => graph.param('focus')).toBe('0');
    await expect.poll(async () => (await graph.emphasis()).dimmed.nodes.length).toBe(34 - 17);
    // Concentric and hierarchy layouts work on a generic graph too.
    await graph.chooseLayout('concentric');
    await graph.chooseLayout('hierarchy');
    expect(await graph.nodePosition('0')).not.toBeNull();
    expect(dialogs).toEqual([]);
  });

  test('a claimgraph JSON export imports like a document and survives a reload', async ({
    explorer,
    importer,
    panels,
    page,
  }, testInfo) => {
    const file = testInfo.outputPath('denials.json');
    execFileSync(
      'node',
      ['bin/claimgraph.js', 'export', '--format', 'json', '--stance', 'denial', '--out', file],
      { cwd: ROOT, stdio: 'pipe' },
    );
    await openDefault(explorer);
    // The file is parsed and checked in a worker, off the main thread (a 10k GraphML froze
    // the tab ~2 s), and so is a stored import read again after a reload.
    const importWorkers = () =>
      page.workers().filter((worker) => worker.url().includes('importWorker')).length;
    const started: string[] = [];
    page.on('worker', (worker) => started.push(worker.url()));
    const id = await importAndOpen(importer, file);
    expect(id).toBe('import-denials-1');
    expect(started.filter((url) => url.includes('importWorker'))).toHaveLength(1);
    // Its work done, the worker is gone.
    await expect.poll(importWorkers).toBe(0);
    const visible = await explorer.visibleElements();
    expect(visible.nodes).toHaveLength(7);
    expect(visible.nodes).toContain('ashot-mkrtychev');

    // The text came with the file: the source panel shows it and links both ways.
    await expect(panels.sourceText).toContainText('Vostochny');
    await panels.passages.first().click();
    await expect.poll(() => panels.selected()).not.toBeNull();
    await expect(panels.details).toBeVisible();
    await expect(page.getByTestId('filters.stance.denial')).toBeVisible();

    await page.reload();
    await importer.waitForImported();
    expect(await explorer.documentId()).toBe(id);
    expect((await explorer.visibleElements()).nodes).toEqual(visible.nodes);
    await expect(importer.item(id)).toBeVisible();
    expect(started.filter((url) => url.includes('importWorker'))).toHaveLength(2);

    // Opening it from the list after another document.
    await explorer.documentItem(DEFAULT_DOC).click();
    await explorer.waitReady();
    await importer.item(id).click();
    await importer.waitForImported();
    expect((await explorer.visibleElements()).nodes).toEqual(visible.nodes);

    // Remove: gone from the list, the default document is shown, and a reload agrees.
    await importer.remove(id);
    await expect(importer.item(id)).toHaveCount(0);
    await expect.poll(() => explorer.documentId()).toBe(DEFAULT_DOC);
    await page.reload();
    await explorer.waitReady();
    expect(await importer.importedIds()).toEqual([]);
  });

  test('without Web Workers a file is imported on the main thread, with the same result', async ({
    explorer,
    importer,
    page,
  }, testInfo) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'Worker', { value: undefined });
    });
    await openDefault(explorer);
    const id = await importAndOpen(importer, writeKarate(testInfo.outputPath('karate.graphml')));
    expect(id).toBe('import-karate-1');
    expect((await explorer.visibleElements()).nodes).toHaveLength(34);
    await page.reload();
    await importer.waitForImported();
    expect((await explorer.visibleElements()).nodes).toHaveLength(34);
  });

  test('a claimgraph graph without its text works without the source panel', async ({
    explorer,
    importer,
    panels,
    page,
  }) => {
    await openDefault(explorer);
    await importer.importFile(path.join(ROOT, 'graph-data/documents', DEFAULT_DOC, 'graph.json'));
    const id = await importer.waitForImported();
    expect(id).toBe('import-graph-1');
    // The spans could not be checked against a text: a warning says so, and it can be dismissed.
    await expect(importer.warnings).toBeVisible();
    await expect(importer.warnings).toContainText('graph.json');
    await importer.warningsDismiss.click();
    await expect(importer.warnings).toBeHidden();
    await expect(page.getByTestId('source.no-text')).toContainText('without the article text');
    await page.goto(`/?doc=${id}&sel=north-korea`);
    await importer.waitForImported();
    await expect(panels.detailsTitle).toContainText('North Korea');
  });

  test('a file over the size limit is refused with its name, size and the limit', async ({
    explorer,
    importer,
  }, testInfo) => {
    const file = testInfo.outputPath('huge.json');
    writeFileSync(file, `{"elements": []}${' '.repeat(21 * 1024 * 1024)}`);
    await openDefault(explorer);
    const before = await snapshot(explorer);
    await importer.setFile(file);
    await expect(importer.errors).toBeVisible();
    await expect(importer.errorsFile).toHaveText('huge.json');
    const [text] = await importer.errorTexts();
    expect(text).toContain('huge.json');
    expect(text).toContain('21.0 MiB');
    expect(text).toContain('over the import limit of 20.0 MiB');
    await importer.closeErrors();
    expect(await snapshot(explorer)).toEqual(before);
  });

  test('hostile ids and labels import and stay inert text', async ({
    explorer,
    importer,
    graph,
    panels,
    page,
  }) => {
    const dialogs = forbidDialogs(page);
    await openDefault(explorer);
    const id = await importAndOpen(importer, fixture('hostile.cyjs'));
    const visible = await explorer.visibleElements();
    expect(visible.nodes).toHaveLength(4);
    expect(visible.edges).toHaveLength(3);
    // Every key is a URL-safe slug; the file's ids are kept in the details.
    for (const key of [...visible.nodes, ...visible.edges])
      expect(key).toMatch(/^[a-z0-9][a-z0-9-]*$/);

    await panels.searchInput.fill('<img');
    const result = panels.searchResults.getByRole('option').first();
    await expect(result).toContainText('<img src=x onerror=alert(1)>');
    await result.click();
    await expect(panels.detailsTitle).toHaveText('<img src=x onerror=alert(1)>');
    await expect(panels.details.getByTestId('details.original-id')).toHaveText('__proto__');
    await expect(panels.details.getByTestId('details.attributes')).toContainText('<b>markup</b>');
    await expect(page.locator('img')).toHaveCount(0);
    await expect(page.locator('b', { hasText: 'markup' })).toHaveCount(0);

    await panels.searchInput.fill('constructor');
    const constructorResult = panels.searchResults.getByRole('option').first();
    await expect(constructorResult).toContainText('constructor');
    await constructorResult.click();
    await expect(panels.detailsTitle).toHaveText('constructor');
    await expect(panels.details.getByTestId('details.attributes')).toContainText(
      '<script>alert(2)</script>',
    );
    await graph.settle();
    await graph.hover((await graph.selected()) ?? '');
    await expect(graph.tooltipTitle).toHaveText('constructor');

    // Nothing leaked into Object.prototype, and a reload brings it back the same.
    expect(await page.evaluate(() => Object.keys(Object.prototype).length)).toBe(0);
    const positions = await graph.nodePositions(visible.nodes);
    await page.reload();
    await importer.waitForImported();
    expect(await explorer.documentId()).toBe(id);
    expect(await explorer.visibleElements()).toEqual(visible);
    // The layout computed at the first opening was kept with the document.
    expect(await graph.nodePositions(visible.nodes)).toEqual(positions);
    expect(dialogs).toEqual([]);
  });

  test('a file dropped on the window is imported', async ({ explorer, importer }, testInfo) => {
    const file = writeKarate(testInfo.outputPath('dropped club.graphml'));
    await openDefault(explorer);
    await importer.dropFile(file);
    await expect(importer.dropzone).toBeHidden();
    const id = await importer.waitForImported();
    expect(id).toBe('import-dropped-club-1');
    expect((await explorer.visibleElements()).nodes).toHaveLength(34);
  });

  test('without storage the import stays open for the session, with a notice', async ({
    explorer,
    importer,
    page,
  }, testInfo) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        configurable: true,
        get() {
          throw new DOMException('storage is blocked', 'SecurityError');
        },
      });
    });
    const file = writeKarate(testInfo.outputPath('karate.graphml'));
    await openDefault(explorer);
    const id = await importAndOpen(importer, file);
    await expect(importer.storageNotice).toBeVisible();
    await expect(importer.storageNotice).toContainText('karate.graphml');
    await expect(importer.storageNotice).toContainText('IndexedDB is unavailable');
    expect((await explorer.visibleElements()).nodes).toHaveLength(34);
    await expect(importer.item(id)).toBeVisible();
  });

  test('a full storage keeps the graph open and says so', async ({
    explorer,
    importer,
    page,
  }, testInfo) => {
    await page.addInitScript(() => {
      IDBObjectStore.prototype.put = function put() {
        throw new DOMException('the quota has been exceeded', 'QuotaExceededError');
      };
    });
    const file = writeKarate(testInfo.outputPath('karate.graphml'));
    await openDefault(explorer);
    await importAndOpen(importer, file);
    await expect(importer.storageNotice).toHaveAttribute('data-problem', 'quota');
    await expect(importer.storageNotice).toContainText('storage is full');
    expect((await explorer.visibleElements()).nodes).toHaveLength(34);
    await page.getByTestId('import.storage-notice.dismiss').click();
    await expect(importer.storageNotice).toBeHidden();
  });
});
