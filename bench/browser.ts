/**
 * One benchmark run in headless Chromium: a fresh browser context (cold cache), the probe
 * (page/probe.js) injected before the page's scripts, then, in order:
 *
 * 1. load: navigation → first complete render (`renderedAt`, see probe.js: a small graph's
 *    sketch, drawn before Cytoscape's first frame, or the rendered canvas) → interactive (the
 *    first moment after the first render from which the main thread stays free of long
 *    tasks, i.e. tasks over 50 ms, for 500 ms: a TTI-style quiet window); → the canvas live
 *    (Cytoscape has drawn and nothing waits);
 * 2. JS heap after a forced garbage collection (CDP Runtime.getHeapUsage);
 * 3. stance filter: `?doc=X&stance=denial` pushed to the history (what the Denials preset
 *    does), until the visible node count changes; then the same back to no filter;
 * 4. focus depth 2 on the busiest node (`focus=<id>&depth=2`, default dim mode), until the
 *    dimmed node count changes; then back;
 * 5. pan/zoom: mouse drags from the canvas's empty corner and wheel zooms at its centre for a
 *    few seconds, recording the gaps between animation frames;
 * 6. layout: `layout=concentric`, until the layout is in place and nothing animates (the app
 *    animates the move for 450 ms: that is part of the figure);
 * 6b. claims table (the app only, full runs): the Claims table tab clicked, until the table is
 *    drawn (the start of the next frame), then back to the source text; the longest task of
 *    the step is reported on its own too.
 * 6c. select (the app only, full runs): `sel=<the focus node>` pushed, until the canvas has it
 *    selected and is still (its edges join the instance, the details panel lists its
 *    statements); then back. Its longest task is reported on its own too.
 * 7. export (the app only): the Export menu opened, GEXF chosen, Download clicked, until the
 *    file is complete (the probe sees its Blob become an object URL) and the browser has
 *    received it; then the same for GraphML. The first export loads the exporters' chunk: a
 *    user's first export does too. The longest task of this step is reported on its own too.
 * 8. import (the app only, with the export step): the GraphML just downloaded chosen in the
 *    Import file input, from the input's change event until the imported document is shown
 *    and the canvas is still. The importers load and their worker starts, as for a user's
 *    first import. Files over the app's import limit (20 MiB: the 50k corpus) are skipped.
 *    This step opens another document: its tasks are reported on their own, not among those
 *    "after the first render".
 *
 * The baseline page does the same through `window.baseline` (hide / dim the same element sets,
 * Cytoscape's own concentric layout). Every wait is capped; a run that hits a cap records a
 * timeout and stops there (the tab may be frozen).
 */
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { MAX_IMPORT_BYTES } from '../src/formats/formatInfo.ts';
import { percentile, median } from './stats.ts';

export interface MeasureResult {
  settleMs: number;
  syncMs: number;
  busyMs?: number;
  maxFrameMs?: number;
  frames?: number;
  before?: unknown;
  value?: unknown;
  timeout?: boolean;
}

export interface PanZoomResult {
  frames: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** Whether a drag moved a node instead of panning (checked on a sample of nodes). */
  nodesMoved: boolean;
}

export interface LongTaskSummary {
  count: number;
  over1s: number;
  maxMs: number;
  totalMs: number;
}

export interface RunResult {
  readyMs?: number;
  firstRenderMs?: number;
  interactiveMs?: number;
  /**
   * Navigation → the canvas live: Cytoscape has drawn and nothing waits (the app), the first
   * render (the baseline). A small graph's first render is its sketch (src/graph/sketch.ts).
   */
  liveMs?: number;
  heapMB?: number;
  /** Long tasks up to the first render. */
  loadLongTasks?: LongTaskSummary;
  /** Long tasks after the first render, through every scenario of the run. */
  afterRenderLongTasks?: LongTaskSummary;
  filter?: MeasureResult;
  filterClear?: MeasureResult;
  /** Visible nodes with the filter on, as the page reports them, and as the model predicts. */
  filterVisible?: { page: number; model: number };
  focus?: MeasureResult;
  focusClear?: MeasureResult;
  focusDimmed?: { page: number; model: number };
  panzoom?: PanZoomResult;
  layout?: MeasureResult;
  /** Download click → file complete, and its size, per format (the app only). */
  exports?: Partial<Record<ExportFormatName, { ms: number; bytes: number }>>;
  /** Long tasks of the export step (counted in afterRenderLongTasks too). */
  exportLongTasks?: LongTaskSummary;
  /** The Claims table tab clicked → the table drawn (the next frame's start). */
  claimsTableMs?: number;
  /** Long tasks of opening the table (counted in afterRenderLongTasks too). */
  claimsTableLongTasks?: LongTaskSummary;
  /** The busiest node (the focus node) selected, until the canvas shows it and is still. */
  select?: MeasureResult;
  /** Long tasks of selecting it and going back (counted in afterRenderLongTasks too). */
  selectLongTasks?: LongTaskSummary;
  /** The exported GraphML imported again: change event → imported document shown and still. */
  importGraphml?: { ms: number; bytes: number };
  /** Long tasks of the import step (not in afterRenderLongTasks: a new document loads). */
  importLongTasks?: LongTaskSummary;
  /** Scenarios that hit their cap. */
  timeouts: string[];
  errors: string[];
}

/** The formats the export step downloads, by their ids in the Export menu. */
export const EXPORT_FORMATS = ['gexf', 'graphml'] as const;
export type ExportFormatName = (typeof EXPORT_FORMATS)[number];

export interface RunTarget {
  /** Page URL (below the server's origin) that opens the document. */
  path: string;
  docId: string;
  variant: 'app' | 'baseline';
  /** Nodes in the document: all of them are visible again once a filter is cleared. */
  nodes: number;
  /** Visible nodes the model predicts under the Denials filter, and what the baseline hides. */
  denial: { visibleNodes: number; hide: string[] };
  /** The focus node, the dimmed node count the model predicts, and what the baseline dims. */
  focus: { node: string; dimmedNodes: number; dim: string[] };
  /** Node ids whose positions tell whether pan/zoom moved a node. */
  sample: string[];
}

export interface RunOptions {
  origin: string;
  probeScript: string;
  /** Cap for loading and for each scenario (ms). */
  capMs: number;
  panZoomMs: number;
  /** Which optional scenarios run. */
  scenarios: { focus: boolean; layout: boolean; export: boolean; tables: boolean };
  /** Logs progress. */
  log: (message: string) => void;
}

const VIEWPORT = { width: 1440, height: 900 };

class Timeout extends Error {}

/**
 * `promise`, or a Timeout after `ms`. Playwright's own timeouts of in-page waits do not fire
 * while the page's main thread is frozen, so every call into the page is capped here.
 */
function withCap<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  // A failure after the cap (the context closed under it) must not go unhandled.
  promise.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const cap = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(what)), ms);
  });
  return Promise.race([promise, cap]).finally(() => clearTimeout(timer));
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function longTaskSummary(tasks: { start: number; duration: number }[]): LongTaskSummary {
  return {
    count: tasks.length,
    over1s: tasks.filter((t) => t.duration > 1000).length,
    maxMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
    totalMs: tasks.reduce((s, t) => s + t.duration, 0),
  };
}

async function evaluate<T>(page: Page, expression: string, capMs: number, what: string) {
  return withCap(page.evaluate(expression) as Promise<T>, capMs, what);
}

/**
 * Waits until the probe's named condition holds and returns its value (see `waitFor` in
 * probe.js), capped from Node as well: a frozen page answers nothing.
 */
async function waitFor(
  page: Page,
  condition: 'rendered' | 'live' | 'interactive' | 'settled',
  capMs: number,
): Promise<unknown> {
  const value = await evaluate<unknown>(
    page,
    `window.__bench.waitFor(${JSON.stringify(condition)}, ${capMs})`,
    capMs + 5_000,
    condition,
  );
  if (value === null) throw new Timeout(condition);
  return value;
}

/** Waits until the page is quiet (no long task for 300 ms) and nothing animates. */
async function settle(page: Page, capMs: number) {
  await waitFor(page, 'settled', capMs);
}

async function measure(
  page: Page,
  args: {
    action: { kind: 'url'; search: string } | { kind: 'call'; name: string; args?: unknown[] };
    probe: 'visibleNodes' | 'dimmedNodes' | 'layout' | 'selected';
    until?: unknown;
  },
  capMs: number,
  what: string,
): Promise<MeasureResult> {
  const result = await evaluate<MeasureResult>(
    page,
    `window.__bench.measure(${JSON.stringify({ ...args, capMs })})`,
    capMs + 10_000,
    what,
  );
  if (result.timeout) throw new Timeout(what);
  return result;
}

/** Model positions of `ids` (to check that the drags panned instead of moving nodes). */
const positionsOf = (page: Page, ids: string[]) =>
  page.evaluate(
    `(${JSON.stringify(ids)}).map((id) => { const c = window.claimgraph; ` +
      `const p = c ? c.nodePosition(id) : window.baseline.cy.getElementById(id).position(); ` +
      `return p ? Math.round(p.x) + ',' + Math.round(p.y) : ''; }).join(' ')`,
  ) as Promise<string>;

/**
 * Rounds of: a drag from the canvas's bottom-left corner (empty: the fitted picture leaves a
 * margin) and back, then six wheel steps in and six out at the centre, so each round ends
 * where it started. Frame gaps are recorded throughout.
 */
async function panZoom(page: Page, durationMs: number, sample: string[]): Promise<PanZoomResult> {
  const box = await page.locator('[data-testid="graph.canvas"]').boundingBox();
  if (!box) throw new Error('no canvas');
  const before = await positionsOf(page, sample);
  const corner = { x: box.x + 6, y: box.y + box.height - 6 };
  const far = { x: corner.x + 240, y: corner.y - 120 };
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // Every mouse event waits for the page to take it: on a slow page each one can take long,
  // so the deadline is checked before each.
  const end = Date.now() + durationMs;
  const more = () => Date.now() < end;
  const drag = async (from: typeof corner, to: typeof corner) => {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let k = 1; k <= 12 && more(); k++) {
      await page.mouse.move(
        from.x + ((to.x - from.x) * k) / 12,
        from.y + ((to.y - from.y) * k) / 12,
      );
    }
    await page.mouse.up();
  };
  await page.evaluate('window.__bench.startFrames()');
  while (more()) {
    await drag(corner, far);
    if (!more()) break;
    await drag(far, corner);
    await page.mouse.move(centre.x, centre.y);
    let steps = 0;
    for (; steps < 6 && more(); steps++) await page.mouse.wheel(0, -120);
    // Always zoom back out as far as it zoomed in, so that the next round starts from the fit.
    for (let k = 0; k < steps; k++) await page.mouse.wheel(0, 120);
  }
  const gaps = (await page.evaluate('window.__bench.stopFrames()')) as number[];
  const after = await positionsOf(page, sample);
  return {
    frames: gaps.length,
    medianMs: median(gaps),
    p95Ms: percentile(gaps, 95),
    maxMs: gaps.reduce((m, g) => Math.max(m, g), 0),
    nodesMoved: before !== after,
  };
}

const testId = (id: string) => JSON.stringify(`[data-testid="${id}"]`);

/**
 * Exports the whole graph as `format` through the Export menu: clicks (in the page, without
 * Playwright's actionability waits) Export…, the format and Download, and returns the time from
 * the Download click until the file was complete, and its size, once the browser has it.
 */
async function exportFile(
  page: Page,
  format: ExportFormatName,
  capMs: number,
  keepAs?: string,
): Promise<{ ms: number; bytes: number }> {
  const click = (id: string) => `document.querySelector(${testId(id)}).click(); 0`;
  if (!(await page.locator('[data-testid="export.menu"]').isVisible()))
    await evaluate(page, click('export.open'), capMs, 'export menu');
  await withCap(page.waitForSelector('[data-testid="export.download"]'), capMs, 'export menu');
  await evaluate(page, click(`export.format.${format}`), capMs, 'export format');
  await settle(page, capMs);
  const received = withCap(page.waitForEvent('download', { timeout: 0 }), capMs, 'download');
  const start = await evaluate<{ n: number; at: number }>(
    page,
    `(() => { const n = window.__bench.downloads.length; const at = performance.now(); ` +
      `${click('export.download')}; return { n, at }; })()`,
    capMs,
    'export click',
  );
  const download = await received;
  const done = await evaluate<{ at: number; bytes: number } | null>(
    page,
    `window.__bench.downloads[${start.n}] ?? null`,
    capMs,
    'export done',
  );
  if (keepAs !== undefined) await withCap(download.saveAs(keepAs), capMs, 'save download');
  await download.delete().catch(() => undefined);
  if (!done) throw new Error(`the ${format} download came without a Blob`);
  return { ms: done.at - start.at, bytes: done.bytes };
}

/**
 * Imports `file` through the Import file input: the time from the input's change event until
 * the imported document is the one shown, drawn, and the canvas is still.
 */
async function importFile(page: Page, file: string, capMs: number): Promise<number> {
  await evaluate(
    page,
    `(() => { window.__benchImportAt = null; document.querySelector(${testId('import.file')})` +
      `.addEventListener('change', () => { window.__benchImportAt = performance.now(); }, ` +
      `{ once: true, capture: true }); return 0; })()`,
    capMs,
    'import prepare',
  );
  await withCap(
    page.locator('[data-testid="import.file"]').setInputFiles(file),
    capMs,
    'import file',
  );
  const shown = evaluate<number>(
    page,
    `new Promise((resolve) => { const tick = () => { const h = window.claimgraph; ` +
      `const doc = new URL(location.href).searchParams.get('doc') ?? ''; ` +
      `if (h && doc.startsWith('import-') && h.documentId === doc && h.ready === true && h.idle()) ` +
      `resolve(performance.now()); else window.__bench.raf(tick); }; tick(); })`,
    capMs,
    'import shown',
  );
  const at = await shown;
  const from = await evaluate<number | null>(page, 'window.__benchImportAt', capMs, 'import');
  if (from === null) throw new Error('the file input saw no change');
  return at - from;
}

/** One run: a fresh context and page, the scenarios in order; never throws. */
export async function runOnce(
  browser: Browser,
  target: RunTarget,
  options: RunOptions,
): Promise<RunResult> {
  const result: RunResult = { timeouts: [], errors: [] };
  const { capMs, log } = options;
  let context: BrowserContext | undefined;
  // The GraphML export, kept for the import step.
  const graphmlFile = path.join(
    tmpdir(),
    `claimgraph-bench-${process.pid}-${target.docId}-${target.variant}.graphml`,
  );
  try {
    context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('pageerror', (error) => result.errors.push(error.message));
    await page.addInitScript({ content: options.probeScript });
    const cdp: CDPSession = await context.newCDPSession(page);
    const base = `${options.origin}${target.path}`;
    const url = (query = '') => `${target.path}${query}`;
    const docQuery = `?doc=${target.docId}`;
    /** The query string the page shows between steps. */
    let shownQuery = docQuery;

    // 1. Load.
    let step = 'load';
    // When each step began, on the page's clock: a long task is reported with its step.
    const marks: { name: string; at: number }[] = [{ name: 'load', at: 0 }];
    const enter = async (name: string) => {
      step = name;
      const at = await evaluate<number>(page, 'performance.now()', capMs, 'mark');
      marks.push({ name, at });
    };
    try {
      await withCap(page.goto(`${base}${docQuery}`, { waitUntil: 'commit' }), capMs, 'goto');
      await waitFor(page, 'rendered', capMs);
      const load = await evaluate<{ ready: number; rendered: number }>(
        page,
        '({ ready: window.__bench.readyAt, rendered: window.__bench.renderedAt })',
        capMs,
        'load',
      );
      result.readyMs = load.ready;
      result.firstRenderMs = load.rendered;
      log(`first render ${Math.round(load.rendered)} ms`);
      await enter('interactive');
      result.interactiveMs = Number(await waitFor(page, 'interactive', capMs));
      await enter('live');
      result.liveMs = Number(await waitFor(page, 'live', capMs));

      // 2. Heap.
      await enter('heap');
      await withCap(cdp.send('HeapProfiler.collectGarbage'), capMs, 'gc');
      const heap = await withCap(cdp.send('Runtime.getHeapUsage'), capMs, 'heap');
      result.heapMB = heap.usedSize / 1e6;
      // The forced collection is the harness's own task on the page's main thread (~1.4 s at
      // 50k): tasks that start while it runs are not the app's and are left out below.
      await enter('after heap');

      // 3. Filter.
      await enter('filter');
      await settle(page, capMs);
      const isApp = target.variant === 'app';
      if (!isApp) {
        await evaluate(
          page,
          `window.__benchHide = ${JSON.stringify(target.denial.hide)}; 0`,
          capMs,
          'prepare',
        );
      }
      result.filter = await measure(
        page,
        {
          action: isApp
            ? { kind: 'url', search: url(`${docQuery}&stance=denial`) }
            : { kind: 'call', name: 'hide', args: [] },
          probe: 'visibleNodes',
        },
        capMs,
        'filter',
      );
      result.filterVisible = {
        page: Number(result.filter.value),
        model: target.denial.visibleNodes,
      };
      await settle(page, capMs);
      await enter('filter clear');
      result.filterClear = await measure(
        page,
        {
          action: isApp ? { kind: 'url', search: url(docQuery) } : { kind: 'call', name: 'clear' },
          probe: 'visibleNodes',
          // Every node, not the first change: a large graph puts nodes back over a few frames.
          until: target.nodes,
        },
        capMs,
        'filter clear',
      );
      await settle(page, capMs);
      log(`filter ${Math.round(result.filter.settleMs)} ms`);

      // 4. Focus.
      if (options.scenarios.focus) {
        await enter('focus');
        if (!isApp) {
          await evaluate(
            page,
            `window.__benchDim = ${JSON.stringify(target.focus.dim)}; 0`,
            capMs,
            'prepare',
          );
        }
        result.focus = await measure(
          page,
          {
            action: isApp
              ? { kind: 'url', search: url(`${docQuery}&focus=${target.focus.node}&depth=2`) }
              : { kind: 'call', name: 'dim', args: [] },
            probe: 'dimmedNodes',
            // All of them: a large graph dims its nodes over a few frames.
            until: target.focus.dimmedNodes,
          },
          capMs,
          'focus',
        );
        result.focusDimmed = { page: Number(result.focus.value), model: target.focus.dimmedNodes };
        await settle(page, capMs);
        await enter('focus clear');
        result.focusClear = await measure(
          page,
          {
            action: isApp
              ? { kind: 'url', search: url(docQuery) }
              : { kind: 'call', name: 'clear' },
            probe: 'dimmedNodes',
            until: 0,
          },
          capMs,
          'focus clear',
        );
        await settle(page, capMs);
        log(`focus ${Math.round(result.focus.settleMs)} ms`);
      }

      // 5. Pan and zoom.
      await enter('pan/zoom');
      result.panzoom = await withCap(
        panZoom(page, options.panZoomMs, target.sample),
        options.panZoomMs + capMs,
        'pan/zoom',
      );
      await settle(page, capMs);
      log(`pan/zoom p95 ${Math.round(result.panzoom.p95Ms)} ms`);

      // 6. Layout.
      if (options.scenarios.layout) {
        await enter('layout');
        result.layout = await measure(
          page,
          {
            action: isApp
              ? { kind: 'url', search: url(`${docQuery}&layout=concentric`) }
              : { kind: 'call', name: 'concentric' },
            probe: 'layout',
            until: 'concentric',
          },
          capMs,
          'layout',
        );
        await settle(page, capMs);
        log(`layout ${Math.round(result.layout.settleMs)} ms`);
        shownQuery = `${docQuery}&layout=concentric`;
      }

      // 6b. The claims table (the app only, full runs).
      if (options.scenarios.tables && isApp) {
        await enter('claims table');
        result.claimsTableMs = await evaluate<number>(
          page,
          `new Promise((resolve) => { const at = performance.now(); ` +
            `document.querySelector(${testId('tabs.claims')}).click(); ` +
            `const tick = () => document.querySelector(${testId('claims.table')}) ` +
            `? window.__bench.raf(() => resolve(performance.now() - at)) : window.__bench.raf(tick); ` +
            `tick(); })`,
          capMs,
          'claims table',
        );
        await settle(page, capMs);
        await evaluate(
          page,
          `document.querySelector(${testId('tabs.source')}).click(); 0`,
          capMs,
          'source tab',
        );
        await settle(page, capMs);
        log(`claims table ${Math.round(result.claimsTableMs)} ms`);
        await enter('after claims table');

        // 6c. The busiest node selected (its edges join the instance, its details are listed).
        await enter('select');
        result.select = await measure(
          page,
          {
            // The view as it stands (the layout step's layout kept): only the selection changes.
            action: { kind: 'url', search: url(`${shownQuery}&sel=${target.focus.node}`) },
            probe: 'selected',
            until: target.focus.node,
          },
          capMs,
          'select',
        );
        await settle(page, capMs);
        await evaluate(page, `window.history.back(); 0`, capMs, 'unselect');
        await settle(page, capMs);
        log(`select ${Math.round(result.select.settleMs)} ms`);
        await enter('after select');
      }

      // 7. Export.
      if (options.scenarios.export && isApp) {
        await enter('export');
        result.exports = {};
        for (const format of EXPORT_FORMATS) {
          step = `export ${format}`;
          result.exports[format] = await exportFile(
            page,
            format,
            capMs,
            format === 'graphml' ? graphmlFile : undefined,
          );
          await settle(page, capMs);
        }
        log(
          `export ${EXPORT_FORMATS.map((f) => `${f} ${Math.round(result.exports?.[f]?.ms ?? NaN)} ms`).join(', ')}`,
        );
        await enter('after export');

        // 8. Import the GraphML just exported.
        const bytes = result.exports.graphml?.bytes ?? Number.POSITIVE_INFINITY;
        if (bytes <= MAX_IMPORT_BYTES) {
          await enter('import graphml');
          const ms = await importFile(page, graphmlFile, capMs);
          result.importGraphml = { ms, bytes };
          await settle(page, capMs);
          log(`import graphml ${Math.round(ms)} ms`);
          await enter('after import');
        }
      }
    } catch (error) {
      if (error instanceof Timeout || (error as Error).name === 'TimeoutError') {
        result.timeouts.push(step);
        log(`timeout in ${step}`);
      } else {
        result.errors.push(`${step}: ${(error as Error).message.split('\n')[0]}`);
        log(`error in ${step}: ${(error as Error).message.split('\n')[0]}`);
      }
    }

    // Long tasks, whatever happened (the page may be frozen: capped).
    try {
      const tasks = await evaluate<{ start: number; duration: number }[]>(
        page,
        'window.__bench.longTasks',
        10_000,
        'long tasks',
      );
      const rendered = result.firstRenderMs ?? Number.POSITIVE_INFINITY;
      result.loadLongTasks = longTaskSummary(tasks.filter((t) => t.start < rendered));
      const gcFrom = marks.find((m) => m.name === 'heap')?.at;
      const gcTo = marks.find((m) => m.name === 'after heap')?.at;
      const forcedGc = (t: { start: number }) =>
        gcFrom !== undefined && gcTo !== undefined && t.start >= gcFrom && t.start <= gcTo;
      const gcTasks = tasks.filter(forcedGc);
      if (gcTasks.length > 0) {
        log(
          `left out: the harness's forced GC, ${gcTasks.map((t) => `${Math.round(t.duration)} ms`).join(', ')}`,
        );
      }
      /** Whether a task started in the step from mark `from` to mark `to` (or the end). */
      const inStep = (from: string, to: string) => {
        const start = marks.find((m) => m.name === from)?.at;
        const end = marks.find((m) => m.name === to)?.at ?? Number.POSITIVE_INFINITY;
        return (t: { start: number }) => start !== undefined && t.start >= start && t.start <= end;
      };
      const stepRan = (name: string) => marks.some((m) => m.name === name);
      // The export and table steps' own figures; their tasks count after the first render too.
      if (stepRan('export'))
        result.exportLongTasks = longTaskSummary(tasks.filter(inStep('export', 'after export')));
      if (stepRan('claims table'))
        result.claimsTableLongTasks = longTaskSummary(
          tasks.filter(inStep('claims table', 'after claims table')),
        );
      if (stepRan('select'))
        result.selectLongTasks = longTaskSummary(tasks.filter(inStep('select', 'after select')));
      // The import opens another document: its tasks are its own, not after the first render.
      const importing = inStep('import graphml', 'after import');
      if (stepRan('import graphml'))
        result.importLongTasks = longTaskSummary(tasks.filter(importing));
      const afterRender = tasks.filter((t) => t.start >= rendered && !forcedGc(t) && !importing(t));
      result.afterRenderLongTasks = longTaskSummary(afterRender);
      const longest = afterRender.sort((a, b) => b.duration - a.duration).slice(0, 3);
      if (longest.length > 0) {
        const stepAt = (start: number) => marks.filter((m) => m.at <= start).pop()?.name ?? 'load';
        log(
          `longest tasks after first render: ${longest
            .map((t) => `${Math.round(t.duration)} ms in ${stepAt(t.start)}`)
            .join(', ')}`,
        );
      }
    } catch {
      result.errors.push('could not read the long tasks (page frozen)');
    }
  } catch (error) {
    result.errors.push((error as Error).message.split('\n')[0] ?? 'error');
  } finally {
    if (context) await withCap(context.close(), 30_000, 'close').catch(() => undefined);
    await rm(graphmlFile, { force: true });
  }
  await sleep(200);
  return result;
}
