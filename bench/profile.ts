/**
 * Where the time goes: CPU profiles of the app opening a synthetic corpus, applying the
 * Denials filter and being panned and zoomed, summarised by function and by source module.
 *
 *   npx tsx bench/profile.ts [--size 10000 | --doc rbc-2023-09-13-kim-putin] [--cap-ms 180000]
 *                            [--focus node-id] [--out bench/results/profile]
 *
 * It builds the app unminified with source maps (function names kept; the maps tell each
 * sample's source module), generates the corpus as `npm run bench` does, and records with the
 * DevTools protocol's sampling profiler (1 ms). The raw profiles
 * are written as .cpuprofile files (open them in Chromium's DevTools) next to a summary.
 * The build is served without the production CSP headers (Playwright's waitForFunction needs
 * eval); the app parses jitless either way (src/app/zodConfig.ts).
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { buildGraph } from '../src/model/build.ts';
import { generateCorpus, indexEntry, sizeLabel } from './generate.ts';
import { serveStatic } from './server.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * (line, column) of a bundle → `file:line` of its source, from the bundle's source map (a
 * small decoder of the `mappings` VLQs).
 */
export function sourceLookup(map: {
  sources: string[];
  mappings: string;
}): (line: number, column: number) => { file: string; line: number } | undefined {
  type Segment = { col: number; src: number; line: number };
  const lines: Segment[][] = [];
  let src = 0;
  let srcLine = 0;
  for (const text of map.mappings.split(';')) {
    const segments: Segment[] = [];
    let col = 0;
    for (const segment of text.split(',')) {
      if (segment === '') continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      col += values[0] ?? 0;
      if (values.length < 4) continue;
      src += values[1] ?? 0;
      srcLine += values[2] ?? 0;
      segments.push({ col, src, line: srcLine });
    }
    lines.push(segments);
  }
  const name = (i: number) =>
    (map.sources[i] ?? '?')
      .replace(/^(\.\.\/)+/, '')
      .replace(/^.*node_modules\//, 'node_modules/')
      .replace(/^(?!node_modules\/).*?(?:^|\/)(src\/)/, '$1');
  return (line, column) => {
    let found: Segment | undefined;
    for (const s of lines[line] ?? []) {
      if (s.col > column) break;
      found = s;
    }
    return found ? { file: name(found.src), line: found.line + 1 } : undefined;
  };
}

/** Self time (ms) by function and by module. */
function summarise(
  profile: Profile,
  sourceOf: (
    url: string,
    line: number,
    column: number,
  ) => { file: string; line: number } | undefined,
) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const byFunction = new Map<string, number>();
  const byModule = new Map<string, number>();
  for (const [id, ms] of self) {
    const frame = (byId.get(id) as ProfileNode).callFrame;
    const source =
      frame.url === '' ? undefined : sourceOf(frame.url, frame.lineNumber, frame.columnNumber);
    const module = frame.url === '' ? frame.functionName : (source?.file ?? frame.url);
    const at = source ? `:${source.line}` : '';
    const fn = `${frame.functionName || '(anonymous)'} — ${module}${at}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    byModule.set(module, (byModule.get(module) ?? 0) + ms);
  }
  // Inclusive time by the innermost frame of the app's own code (src/): which of its
  // functions the time (in Cytoscape, React, the GC…) is spent under. Time under no app
  // frame is labelled with the task's entry frame (a Cytoscape render-loop callback, an
  // event handler…).
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const rootId = profile.nodes[0]?.id;
  const label = (frame: CallFrame) => {
    const source =
      frame.url === '' ? undefined : sourceOf(frame.url, frame.lineNumber, frame.columnNumber);
    const where = source ? `${source.file}:${source.line}` : frame.url || '(native)';
    return {
      app: source?.file.startsWith('src/') ?? false,
      text: `${frame.functionName || '(anonymous)'} — ${where}`,
    };
  };
  const appFrame = new Map<number, string>();
  const appOf = (id: number): string => {
    const known = appFrame.get(id);
    if (known !== undefined) return known;
    const own = label((byId.get(id) as ProfileNode).callFrame);
    const up = parent.get(id);
    let name: string;
    if (own.app) name = own.text;
    else if (up === undefined || up === rootId) name = `(no app frame) entry ${own.text}`;
    else name = appOf(up);
    appFrame.set(id, name);
    return name;
  };
  const byAppFrame = new Map<string, number>();
  for (const [id, ms] of self) {
    const frame = (byId.get(id) as ProfileNode).callFrame;
    if (frame.functionName === '(idle)') continue;
    const name = appOf(id);
    byAppFrame.set(name, (byAppFrame.get(name) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => `${ms.toFixed(0).padStart(8)} ms  ${name}`);
  const total = (profile.endTime - profile.startTime) / 1000;
  // When the time goes: per 50 ms of the recording, the app frames (as above) that took
  // 3 ms or more, so a load reads as a sequence (parse, fetch, zod, React, Cytoscape's draw).
  const bucketMs = 50;
  const buckets = new Map<number, Map<string, number>>();
  let clock = 0;
  profile.samples.forEach((id, i) => {
    clock += (profile.timeDeltas[i] ?? 0) / 1000;
    const frame = (byId.get(id) as ProfileNode).callFrame;
    if (frame.functionName === '(idle)') return;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const at = Math.floor(clock / bucketMs) * bucketMs;
    const row = buckets.get(at) ?? new Map<string, number>();
    const name = ['(program)', '(garbage collector)'].includes(frame.functionName)
      ? frame.functionName
      : appOf(id).replace(/^\(no app frame\) entry /, '');
    row.set(name, (row.get(name) ?? 0) + ms);
    buckets.set(at, row);
  });
  const timeline = [...buckets.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([at, row]) => {
      const parts = [...row.entries()]
        .filter(([, ms]) => ms >= 3)
        .sort((a, b) => b[1] - a[1])
        .map(([name, ms]) => `${ms.toFixed(0)} ${name}`);
      return `${String(at).padStart(6)} ms  ${parts.join(' | ')}`;
    })
    .filter((line) => !line.endsWith('ms  '));
  return {
    total,
    functions: top(byFunction, 25),
    modules: top(byModule, 20),
    app: top(byAppFrame, 20),
    timeline,
  };
}

async function record(cdp: CDPSession, work: () => Promise<unknown>): Promise<Profile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  try {
    await work();
  } catch (error) {
    process.stderr.write(`  (stopped early: ${(error as Error).message.split('\n')[0]})\n`);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  return profile;
}

const waitFor = (page: Page, expression: string, capMs: number) =>
  page.waitForFunction(expression, undefined, { polling: 250, timeout: capMs });

async function main() {
  const size = Number(arg('size', '10000'));
  const capMs = Number(arg('cap-ms', '180000'));
  const out = path.resolve(arg('out', path.join(ROOT, 'bench', 'results', 'profile')));
  const scratch = await mkdtemp(path.join(tmpdir(), 'claimgraph-profile-'));
  const outDir = path.join(scratch, 'app');
  try {
    await new Promise<void>((done, fail) => {
      const child = spawn(
        path.join(ROOT, 'node_modules', '.bin', 'vite'),
        ['build', '--minify', 'false', '--sourcemap', '--outDir', outDir, '--emptyOutDir'],
        { cwd: ROOT, stdio: 'ignore' },
      );
      child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`vite build: ${code}`))));
    });
    // A document of the build (`--doc`, e.g. the article), or a synthetic corpus added to it.
    let id = arg('doc', '');
    // The node `npm run bench` focuses (the busiest), for the focus phase; `--focus` names one.
    let focus = arg('focus', '');
    if (id === '') {
      const corpus = generateCorpus({ nodes: size });
      id = corpus.graph.document.id;
      if (focus === '') {
        const graph = buildGraph(corpus.graph);
        graph.forEachNode((node) => {
          if (focus === '' || graph.degree(node) > graph.degree(focus)) focus = node;
        });
      }
      await writeFile(
        path.join(outDir, 'data', 'documents', `${id}.json`),
        JSON.stringify({ graph: corpus.graph, text: corpus.text, layout: corpus.layout }),
      );
      const indexFile = path.join(outDir, 'data', 'documents.json');
      const index = JSON.parse(await readFile(indexFile, 'utf8')) as { documents: unknown[] };
      index.documents.push(indexEntry(corpus));
      await writeFile(indexFile, JSON.stringify(index));
    }
    const name = arg('doc', '') === '' ? `${sizeLabel(size)} corpus` : id;
    const slugOf = (phase: string) => `${arg('doc', '') === '' ? sizeLabel(size) : id}-${phase}`;
    const bundles = (await readdir(path.join(outDir, 'assets'))).filter((f) => f.endsWith('.js'));
    const maps = new Map<string, ReturnType<typeof sourceLookup>>();
    for (const file of bundles) {
      const map = await readFile(path.join(outDir, 'assets', `${file}.map`), 'utf8').catch(
        () => undefined,
      );
      if (map) maps.set(file, sourceLookup(JSON.parse(map)));
    }
    const sourceOf = (url: string, line: number, column: number) =>
      maps.get(url.split('/').pop() ?? '')?.(line, column);

    const server = await serveStatic([{ prefix: '/', dir: outDir, spa: true }]);
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
    });
    await mkdir(out, { recursive: true });
    const report: string[] = [`# CPU profile of the app, ${name}`, ''];
    try {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const phases: [string, () => Promise<unknown>][] = [
        [
          'load (navigation → first complete render + 2 s)',
          async () => {
            await page.goto(`${server.url}/?doc=${id}`, { waitUntil: 'commit' });
            await waitFor(page, 'window.claimgraph && window.claimgraph.ready', capMs);
            await page.waitForTimeout(2000);
          },
        ],
        [
          'Denials filter (URL change → 2 s later)',
          async () => {
            await page.evaluate(
              `history.pushState(null, '', '?doc=${id}&stance=denial'); ` +
                `dispatchEvent(new PopStateEvent('popstate'))`,
            );
            await page.waitForTimeout(2000);
            await waitFor(page, 'window.claimgraph.idle()', capMs);
          },
        ],
        [
          'focus depth 2 on the busiest node (URL change → 2 s after idle)',
          async () => {
            if (focus === '') return;
            // The Denials filter is cleared first (its own stretch of the timeline).
            await page.evaluate(
              `history.pushState(null, '', '?doc=${id}'); dispatchEvent(new PopStateEvent('popstate'))`,
            );
            await waitFor(page, 'window.claimgraph.idle()', capMs);
            await page.waitForTimeout(1000);
            await page.evaluate(
              `history.pushState(null, '', '?doc=${id}&focus=${focus}&depth=2'); ` +
                `dispatchEvent(new PopStateEvent('popstate'))`,
            );
            await waitFor(page, 'window.claimgraph.idle()', capMs);
            await page.waitForTimeout(2000);
            await page.evaluate(
              `history.pushState(null, '', '?doc=${id}'); dispatchEvent(new PopStateEvent('popstate'))`,
            );
            await waitFor(page, 'window.claimgraph.idle()', capMs);
          },
        ],
        [
          'pan and zoom (3 s of wheel steps)',
          async () => {
            const box = await page.locator('[data-testid="graph.canvas"]').boundingBox();
            if (!box) return;
            await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
            const end = Date.now() + 3000;
            for (let k = 0; Date.now() < end; k++)
              await page.mouse.wheel(0, k % 12 < 6 ? -120 : 120);
          },
        ],
      ];
      for (const [name, work] of phases) {
        process.stderr.write(`profiling: ${name}\n`);
        const profile = await record(cdp, work);
        const slug =
          name
            .split(' ')[0]
            ?.toLowerCase()
            .replace(/[^a-z]/g, '') ?? 'phase';
        await writeFile(path.join(out, `${slugOf(slug)}.cpuprofile`), JSON.stringify(profile));
        const s = summarise(profile, sourceOf);
        report.push(
          `## ${name}: ${(s.total / 1000).toFixed(1)} s recorded`,
          '',
          'Self time by source module:',
          '```',
          ...s.modules,
          '```',
          'Self time by function:',
          '```',
          ...s.functions,
          '```',
          'Time by the innermost app function (src/) on the stack (idle excluded):',
          '```',
          ...s.app,
          '```',
          'Timeline: busy time per 50 ms of the recording, by app frame (3 ms or more):',
          '```',
          ...s.timeline,
          '```',
          '',
        );
      }
      await context.close();
    } finally {
      await browser.close();
      await server.close();
    }
    const text = report.join('\n');
    await writeFile(path.join(out, `${slugOf('summary')}.md`), `${text}\n`);
    process.stdout.write(`${text}\n`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
