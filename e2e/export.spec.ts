/**
 * Exporting from the app (issue 5, items 1, 2 and 4): the Export menu downloads the current
 * view or the selection in every format, named like `claimgraph export` names its files,
 * with the canvas's positions; PNG and SVG picture the canvas; errors are explained in the
 * menu and never change the view. Files are checked in Node with the project's own importer
 * and a strict XML parser.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { importGraph } from '../src/formats/index.ts';
import { expect, readGraph, test, type ExplorerPage } from './fixtures.ts';

const DOC = 'rbc-2023-09-13-kim-putin';
const doc = readGraph(DOC);
const denials = doc.edges.filter((e) => e.kind === 'statement' && e.stance === 'denial');
const SHOTS = path.resolve(import.meta.dirname, '../test-results/export');

/** Keeps a downloaded picture next to the screenshots, to look at. */
function keep(file: { name: string; bytes: Buffer }): void {
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(path.join(SHOTS, file.name), file.bytes);
}

async function open(explorer: ExplorerPage, query = ''): Promise<void> {
  await explorer.page.goto(`/?doc=${DOC}${query}`);
  await explorer.waitReady();
}

/** Parses XML strictly; throws on the first well-formedness error. */
function parseXml(text: string): { root: string; elements: Map<string, number> } {
  const parser = new SaxesParser({ xmlns: true });
  const elements = new Map<string, number>();
  let root = '';
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    if (root === '') root = tag.local;
    elements.set(tag.local, (elements.get(tag.local) ?? 0) + 1);
  });
  parser.write(text).close();
  if (error) throw error;
  return { root, elements };
}

test.describe('export', () => {
  test('the Denials view downloads as GEXF with only the denial statements and the canvas positions', async ({
    explorer,
    filters,
    graph,
    exporter,
    page,
  }) => {
    await open(explorer);
    await filters.preset('denials');
    await expect(page).toHaveURL(/[?&]stance=denial(&|$)/);
    await expect.poll(async () => (await explorer.visibleElements()).nodes.length).toBe(7);
    await graph.settle();
    // Move a node: the export carries where it is now, not where the layout put it.
    await graph.drag('ashot-mkrtychev', 60, 40);
    const moved = await graph.nodePosition('ashot-mkrtychev');
    const url = page.url();

    await exporter.open();
    await expect(exporter.scopeView).toBeChecked();
    await expect(exporter.scopeSelection).toBeDisabled();
    await exporter.chooseFormat('gexf');
    expect(await exporter.counts()).toMatchObject({ statements: denials.length });
    await expect(exporter.fileName).toHaveText(`${DOC}.stance-denial.gexf`);
    // The file is written in a worker, off the main thread (a 50k GEXF froze the tab ~4 s).
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const file = await exporter.download();
    expect(workers.filter((url) => url.includes('exportWorker'))).toHaveLength(1);

    expect(file.name).toBe(`${DOC}.stance-denial.gexf`);
    expect(file.text).toContain('xmlns="http://www.gexf.net/1.2draft"');
    const result = importGraph(file.text, file.name);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.format).toBe('gexf');
    if (!result.isClaimgraph) throw new Error('the GEXF export did not import as claimgraph');
    const edges: { id: string; kind: string; stance?: string }[] = [];
    result.graph.forEachEdge((id, edge) =>
      edges.push({ id, kind: edge.kind, stance: 'stance' in edge ? edge.stance : undefined }),
    );
    const statements = edges.filter((e) => e.kind === 'statement');
    expect(statements.map((e) => e.id).sort()).toEqual(denials.map((e) => e.id).sort());
    for (const s of statements) expect(s.stance).toBe('denial');
    // Regex check on the raw file too: every statement edge's stance value is "denial".
    const stances = [...file.text.matchAll(/<attvalue for="stance" value="([^"]*)"/g)].map(
      (m) => m[1],
    );
    expect(stances).toEqual(denials.map(() => 'denial'));
    // Positions and colours as drawn.
    expect(result.positions?.['ashot-mkrtychev']?.x).toBeCloseTo(moved?.x ?? NaN, 1);
    expect(result.positions?.['ashot-mkrtychev']?.y).toBeCloseTo(moved?.y ?? NaN, 1);
    expect(Object.keys(result.colors ?? {}).sort()).toEqual(result.graph.nodes().sort());
    for (const color of Object.values(result.colors ?? {})) expect(color).toMatch(/^#[0-9a-f]{6}$/);

    // The download changed nothing in the view, and the menu closed.
    await expect(exporter.menu).toBeHidden();
    expect(page.url()).toBe(url);
    await expect(exporter.openButton).toBeFocused();
  });

  test('a selected statement downloads as a Markdown report holding its exact quote', async ({
    explorer,
    exporter,
  }) => {
    const statement = denials.find((e) => e.id === 'st-mkrtychev-denies-brokering');
    const quote = statement?.evidence[0]?.exact ?? '';
    expect(quote).toMatch(/^Mkrtychev denied the allegations/);
    await open(explorer, `&sel=${statement?.id}`);

    await exporter.open();
    await expect(exporter.scopeSelection).toBeEnabled();
    await exporter.chooseScope('selection');
    await exporter.chooseFormat('md');
    expect(await exporter.counts()).toEqual({ nodes: 2, edges: 2, statements: 1 });
    const file = await exporter.download();

    expect(file.name).toBe(`${DOC}.selection-st-mkrtychev-denies-brokering.md`);
    expect(file.text).toContain(quote);
    expect(file.text).toContain('Ashot Mkrtychev');
    expect(file.text).not.toContain('Vladimir Putin');
  });

  test('a selection with its context downloads as one CSV zip of nodes.csv and edges.csv', async ({
    explorer,
    exporter,
  }) => {
    await open(explorer, '&sel=ashot-mkrtychev');
    await exporter.open();
    await exporter.chooseScope('selection');
    await exporter.setContext(true);
    await exporter.chooseFormat('csv');
    const degree = doc.edges.filter(
      (e) => e.source === 'ashot-mkrtychev' || e.target === 'ashot-mkrtychev',
    ).length;
    expect((await exporter.counts()).edges).toBe(degree);
    const file = await exporter.download();
    expect(file.name).toBe(`${DOC}.selection-ashot-mkrtychev.context.csv.zip`);
    expect(file.bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect(file.text).toContain('nodes.csv');
    expect(file.text).toContain('edges.csv');
    expect(file.text).toContain('ashot-mkrtychev');
  });

  test('without Web Workers, the menu writes the file itself, with the exporters loaded then', async ({
    explorer,
    exporter,
    page,
  }) => {
    await page.addInitScript(() => {
      // A browser (or a policy) with no workers: exportInWorker gives up, the menu takes over.
      Object.defineProperty(window, 'Worker', { value: undefined });
    });
    const chunks: string[] = [];
    page.on('request', (request) => chunks.push(new URL(request.url()).pathname));
    await open(explorer, '&sel=ashot-mkrtychev');
    expect(chunks.filter((url) => /\/(formats|exportBlob)-/.test(url))).toEqual([]);
    await exporter.open();
    await exporter.chooseScope('selection');
    await exporter.chooseFormat('csv');
    const file = await exporter.download();
    expect(file.name).toBe(`${DOC}.selection-ashot-mkrtychev.csv.zip`);
    expect(file.bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect(file.text).toContain('nodes.csv');
    expect(file.text).toContain('ashot-mkrtychev');
    expect(chunks.filter((url) => /\/(formats|exportBlob)-/.test(url))).toHaveLength(2);
  });

  test('PNG pictures the canvas at 2× on white', async ({ explorer, exporter, graph, page }) => {
    // The picture exporters load when first asked for, not with the app.
    const pictureChunks: string[] = [];
    page.on('request', (request) => {
      if (/\/canvasPicture-[^/]*\.js$/.test(request.url())) pictureChunks.push(request.url());
    });
    await open(explorer);
    await graph.settle();
    expect(pictureChunks).toEqual([]);
    await exporter.open();
    await exporter.chooseFormat('png');
    // Scope and context do not apply to pictures.
    await expect(exporter.scopeView).toBeDisabled();
    await expect(exporter.context).toBeDisabled();
    await expect(exporter.fileName).toHaveText(`${DOC}.all.png`);
    const file = await exporter.download();
    expect(pictureChunks).toHaveLength(1);
    expect(file.name).toBe(`${DOC}.all.png`);
    keep(file);
    expect(file.bytes.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(file.bytes.length).toBeGreaterThan(30_000);
    // Twice as large as the canvas draws it: the nodes' spread at 2 × zoom, plus labels.
    const width = file.bytes.readUInt32BE(16);
    const zoom = await graph.zoom();
    const visible = await explorer.visibleElements();
    const xs = Object.values(await graph.nodePositions(visible.nodes)).map((p) => p?.x ?? 0);
    const spread = 2 * zoom * (Math.max(...xs) - Math.min(...xs));
    expect(width).toBeGreaterThan(spread);
    expect(width).toBeLessThan(spread + 800);
  });

  test('SVG pictures the canvas as well-formed XML with labels and no script', async ({
    explorer,
    filters,
    exporter,
    graph,
  }) => {
    await open(explorer);
    await filters.preset('denials');
    await expect.poll(async () => (await explorer.visibleElements()).nodes.length).toBe(7);
    await graph.settle();
    const shown = await explorer.visibleElements();
    const file = await exporter.exportAs('svg');
    expect(file.name).toBe(`${DOC}.stance-denial.svg`);
    keep(file);
    const { root, elements } = parseXml(file.text);
    expect(root).toBe('svg');
    expect(file.text).not.toMatch(/<script/i);
    expect(file.text).not.toMatch(/\son[a-z]+=/i);
    // Nodes are drawn as paths and labels as text, not as embedded bitmaps.
    expect(elements.get('path') ?? 0).toBeGreaterThan(7);
    expect(elements.get('text') ?? 0).toBeGreaterThan(0);
    expect(elements.get('image') ?? 0).toBe(0);
    expect(file.text).toContain('Mkrtychev');
    // What the filter hides is not in the picture: one group per shown node and edge.
    const groups = (from: string, to?: string) =>
      file.text
        .slice(file.text.indexOf(from), to ? file.text.indexOf(to) : undefined)
        .split('<g opacity=').length - 1;
    expect(groups('<g class="nodes">')).toBe(shown.nodes.length);
    expect(groups('<g class="edges"', '<g class="nodes">')).toBe(shown.edges.length);
  });

  test('an empty view is explained in the menu, for data and pictures, and nothing changes', async ({
    explorer,
    exporter,
    page,
  }) => {
    await open(explorer, '&text=zzzz-no-such-thing');
    const url = page.url();
    await exporter.open();
    await exporter.chooseFormat('gexf');
    await expect(exporter.error).toContainText('Nothing to export as GEXF 1.2');
    await expect(exporter.error).toContainText('Clear or loosen a filter');
    await expect(exporter.downloadButton).toBeDisabled();
    await exporter.chooseFormat('png');
    await expect(exporter.error).toContainText('Nothing to draw as PNG');
    await page.keyboard.press('Escape');
    await expect(exporter.menu).toBeHidden();
    expect(page.url()).toBe(url);
  });

  test('cancelling while the file is being written downloads nothing; the next export works', async ({
    explorer,
    exporter,
    page,
  }) => {
    await open(explorer);
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    await exporter.open();
    await exporter.chooseFormat('graphml');
    const name = await exporter.fileName.innerText();
    expect(name).toMatch(/\.graphml$/);
    await exporter.downloadThenCancel();
    await expect(exporter.menu).toBeHidden();
    await expect(exporter.openButton).toBeFocused();
    await expect(exporter.status).toHaveText(`Export of ${name} cancelled`);

    // The cancelled file would have come long before this one: only this one comes.
    const file = await exporter.exportAs('graphml');
    expect(file.name).toBe(name);
    expect(downloads).toEqual([name]);
    await expect(exporter.status).toHaveText(`Downloaded ${name}`);
  });

  test('the menu works from the keyboard and gives the focus back', async ({
    explorer,
    exporter,
    page,
  }, testInfo) => {
    await open(explorer);
    await exporter.openButton.focus();
    await page.keyboard.press('Enter');
    await expect(exporter.menu).toBeVisible();
    await expect(exporter.openButton).toHaveAttribute('aria-expanded', 'true');
    await expect(exporter.scopeView).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(exporter.context).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(exporter.format('gexf')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(exporter.format('gexf13')).toBeChecked();
    await expect(exporter.fileName).toHaveText(`${DOC}.all.gexf13.gexf`);
    await page.screenshot({ path: path.join(SHOTS, 'export-menu.png') });
    await testInfo.attach('export-menu', { path: path.join(SHOTS, 'export-menu.png') });

    await page.keyboard.press('Escape');
    await expect(exporter.menu).toBeHidden();
    await expect(exporter.openButton).toBeFocused();
    await expect(exporter.openButton).toHaveAttribute('aria-expanded', 'false');

    // Open again and download with the keyboard only (Tab to the Download button).
    await page.keyboard.press('Enter');
    await expect(exporter.scopeView).toBeFocused();
    const download = page.waitForEvent('download');
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
    await expect(exporter.downloadButton).toBeFocused();
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toBe(`${DOC}.all.gexf13.gexf`);

    // A click outside closes it too.
    await exporter.open();
    await page.mouse.click(5, 300);
    await expect(exporter.menu).toBeHidden();
  });

  test('an imported generic graph exports with its own ids; claimgraph JSON explains why not', async ({
    explorer,
    importer,
    exporter,
    page,
  }, testInfo) => {
    const graphml = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="Alpha One"><data key="d0">Alpha</data></node>
    <node id="b"><data key="d0">Bravo</data></node>
    <node id="c"><data key="d0">Charlie</data></node>
    <edge id="e1" source="Alpha One" target="b"/>
    <edge id="e2" source="b" target="c"/>
  </graph>
</graphml>`;
    const input = testInfo.outputPath('tiny.graphml');
    writeFileSync(input, graphml);
    await open(explorer);
    await importer.importFile(input);
    const id = await importer.waitForImported();
    await explorer.waitReady();
    const url = page.url();

    await exporter.open();
    await expect(exporter.summary).toHaveText('3 nodes, 2 edges');
    await exporter.chooseFormat('json');
    await exporter.downloadButton.click();
    await expect(exporter.error).toContainText('Cannot export as claimgraph JSON');
    await expect(exporter.error).toContainText('Choose GraphML, GEXF');
    expect(page.url()).toBe(url);

    await exporter.chooseFormat('graphml');
    await expect(exporter.error).toBeHidden();
    const file = await exporter.download();
    expect(file.name).toBe(`${id}.all.graphml`);
    const result = importGraph(file.text, file.name);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.graph.nodes().sort()).toEqual(['Alpha One', 'b', 'c']);
    expect(result.graph.size).toBe(2);
    expect(Object.keys(result.positions ?? {}).sort()).toEqual(['Alpha One', 'b', 'c']);
  });
});
