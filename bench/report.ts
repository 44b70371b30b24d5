/**
 * The benchmark's figures: per-run results summarised into medians and spread, ratios to the
 * plain-Cytoscape baseline, the goals of issue 7 checked (reported, never asserted), and
 * Markdown tables.
 */
import type { RunResult } from './browser.ts';
import { summarize, type Summary } from './stats.ts';

export interface MetricDef {
  key: string;
  label: string;
  unit: 'ms' | 'MB' | '';
  /** The scenario step whose timeout voids the figure (see browser.ts). */
  step: string;
  get: (r: RunResult) => number | undefined;
}

export const METRICS: readonly MetricDef[] = [
  {
    key: 'firstRender',
    label: 'first render',
    unit: 'ms',
    step: 'load',
    get: (r) => r.firstRenderMs,
  },
  {
    key: 'interactive',
    label: 'interactive',
    unit: 'ms',
    step: 'interactive',
    get: (r) => r.interactiveMs,
  },
  {
    key: 'live',
    label: 'canvas live (Cytoscape drawn, nothing waiting)',
    unit: 'ms',
    step: 'live',
    get: (r) => r.liveMs,
  },
  {
    key: 'loadMaxLongTask',
    label: 'longest task before first render',
    unit: 'ms',
    step: 'load',
    get: (r) => r.loadLongTasks?.maxMs,
  },
  {
    key: 'heap',
    label: 'JS heap after load (after GC)',
    unit: 'MB',
    step: 'heap',
    get: (r) => r.heapMB,
  },
  {
    key: 'filterSettle',
    label: 'stance filter: settled',
    unit: 'ms',
    step: 'filter',
    get: (r) => r.filter?.settleMs,
  },
  {
    key: 'filterBusy',
    label: 'stance filter: main-thread work',
    unit: 'ms',
    step: 'filter',
    get: (r) => r.filter?.busyMs,
  },
  {
    key: 'filterFrames',
    label: 'stance filter: frames until shown',
    unit: '',
    step: 'filter',
    get: (r) => r.filter?.frames,
  },
  {
    key: 'filterClearSettle',
    label: 'filter cleared: settled',
    unit: 'ms',
    step: 'filter clear',
    get: (r) => r.filterClear?.settleMs,
  },
  {
    key: 'filterClearBusy',
    label: 'filter cleared: main-thread work',
    unit: 'ms',
    step: 'filter clear',
    get: (r) => r.filterClear?.busyMs,
  },
  {
    key: 'filterClearFrames',
    label: 'filter cleared: frames until shown',
    unit: '',
    step: 'filter clear',
    get: (r) => r.filterClear?.frames,
  },
  {
    key: 'focusSettle',
    label: 'focus depth 2: settled',
    unit: 'ms',
    step: 'focus',
    get: (r) => r.focus?.settleMs,
  },
  {
    key: 'focusBusy',
    label: 'focus depth 2: main-thread work',
    unit: 'ms',
    step: 'focus',
    get: (r) => r.focus?.busyMs,
  },
  {
    key: 'focusFrames',
    label: 'focus depth 2: frames until shown',
    unit: '',
    step: 'focus',
    get: (r) => r.focus?.frames,
  },
  {
    key: 'focusClearBusy',
    label: 'focus cleared: main-thread work',
    unit: 'ms',
    step: 'focus clear',
    get: (r) => r.focusClear?.busyMs,
  },
  {
    key: 'focusClearFrames',
    label: 'focus cleared: frames until shown',
    unit: '',
    step: 'focus clear',
    get: (r) => r.focusClear?.frames,
  },
  {
    key: 'layoutSettle',
    label: 'concentric layout: settled',
    unit: 'ms',
    step: 'layout',
    get: (r) => r.layout?.settleMs,
  },
  {
    key: 'layoutMaxFrame',
    label: 'concentric layout: longest frame',
    unit: 'ms',
    step: 'layout',
    get: (r) => r.layout?.maxFrameMs,
  },
  {
    key: 'panzoomMedian',
    label: 'pan/zoom frame: median',
    unit: 'ms',
    step: 'pan/zoom',
    get: (r) => r.panzoom?.medianMs,
  },
  {
    key: 'panzoomP95',
    label: 'pan/zoom frame: p95',
    unit: 'ms',
    step: 'pan/zoom',
    get: (r) => r.panzoom?.p95Ms,
  },
  {
    key: 'afterMaxLongTask',
    label: 'longest task after first render',
    unit: 'ms',
    step: '',
    get: (r) => r.afterRenderLongTasks?.maxMs,
  },
  {
    key: 'afterOver1s',
    label: 'tasks over 1 s after first render',
    unit: '',
    step: '',
    get: (r) => r.afterRenderLongTasks?.over1s,
  },
  {
    key: 'claimsTable',
    label: 'claims table opened: click → drawn',
    unit: 'ms',
    step: 'claims table',
    get: (r) => r.claimsTableMs,
  },
  {
    key: 'claimsTableMaxLongTask',
    label: 'longest task while opening it',
    unit: 'ms',
    step: '',
    get: (r) => r.claimsTableLongTasks?.maxMs,
  },
  {
    key: 'selectSettle',
    label: 'busiest node selected: settled (the centring animation included)',
    unit: 'ms',
    step: 'select',
    get: (r) => r.select?.settleMs,
  },
  {
    key: 'selectMaxLongTask',
    label: 'longest task while selecting it and back',
    unit: 'ms',
    step: '',
    get: (r) => r.selectLongTasks?.maxMs,
  },
  {
    key: 'exportGexf',
    label: 'GEXF export in the browser: Download → file',
    unit: 'ms',
    step: 'export gexf',
    get: (r) => r.exports?.gexf?.ms,
  },
  {
    key: 'exportGraphml',
    label: 'GraphML export in the browser: Download → file',
    unit: 'ms',
    step: 'export graphml',
    get: (r) => r.exports?.graphml?.ms,
  },
  {
    key: 'exportMaxLongTask',
    label: 'longest task while exporting',
    unit: 'ms',
    step: '',
    get: (r) => r.exportLongTasks?.maxMs,
  },
  {
    key: 'importGraphml',
    label: 'GraphML import in the browser: file chosen → shown',
    unit: 'ms',
    step: 'import graphml',
    get: (r) => r.importGraphml?.ms,
  },
  {
    key: 'importMaxLongTask',
    label: "longest task while importing (the new graph's first render included)",
    unit: 'ms',
    step: '',
    get: (r) => r.importLongTasks?.maxMs,
  },
];

/** Figures of one metric over the runs: `null` for a run that timed out in its step. */
export function metricValues(def: MetricDef, runs: readonly RunResult[]): (number | null)[] {
  return runs.flatMap((r) => {
    const value = def.get(r);
    if (value !== undefined) return [value];
    return def.step !== '' && r.timeouts.includes(def.step) ? [null] : [];
  });
}

export function summarizeRuns(runs: readonly RunResult[]): Record<string, Summary> {
  const out: Record<string, Summary> = {};
  for (const def of METRICS) {
    const summary = summarize(metricValues(def, runs));
    if (summary) out[def.key] = summary;
  }
  return out;
}

export interface TargetReport {
  /** Short name: `article`, `1k`, `10k`, `50k`. */
  name: string;
  docId: string;
  nodes: number;
  drawnEdges: number;
  app: { runs: RunResult[]; summary: Record<string, Summary> };
  baseline?: { runs: RunResult[]; summary: Record<string, Summary> };
  exports: { gexf?: Summary; graphml?: Summary; gexfBytes?: number; graphmlBytes?: number };
}

export interface Goal {
  goal: string;
  /** The figure compared, as shown. */
  measured: string;
  met: boolean | null;
}

const fmt = (value: number, unit: MetricDef['unit'] | 'kB'): string => {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'MB' || unit === 'kB') return value >= 100 ? value.toFixed(0) : value.toFixed(1);
  if (unit === '') return Number.isInteger(value) ? String(value) : value.toFixed(1);
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
};

/** `812 (790–830)`, with `, 1 timeout` when runs hit the cap; `timeout` when all did. */
export function cell(s: Summary | undefined, unit: MetricDef['unit']): string {
  if (!s) return '—';
  if (s.n === 0) return s.timeouts > 0 ? `timeout ×${s.timeouts}` : '—';
  const spread = s.n > 1 ? ` (${fmt(s.min, unit)}–${fmt(s.max, unit)})` : '';
  const timeouts = s.timeouts > 0 ? `, ${s.timeouts} timeout` : '';
  return `${fmt(s.median, unit)}${spread}${timeouts}`;
}

export function ratio(app: Summary | undefined, base: Summary | undefined): number | undefined {
  if (!app || !base || app.n === 0 || base.n === 0 || base.median <= 0) return undefined;
  return app.median / base.median;
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** The main table: one row per metric, one column per target, app figures with ratios. */
export function appTable(targets: readonly TargetReport[]): string {
  const lines = [
    row(['metric (app)', ...targets.map((t) => t.name)]),
    row(['---', ...targets.map(() => '---:')]),
    row([
      'runs: app / baseline',
      ...targets.map((t) => `${t.app.runs.length} / ${t.baseline ? t.baseline.runs.length : '—'}`),
    ]),
  ];
  for (const def of METRICS) {
    if (targets.every((t) => !t.app.summary[def.key])) continue;
    const unit = def.unit === '' ? '' : ` (${def.unit})`;
    lines.push(
      row([
        `${def.label}${unit}`,
        ...targets.map((t) => {
          const s = t.app.summary[def.key];
          const r = ratio(s, t.baseline?.summary[def.key]);
          const rs =
            r === undefined || def.unit === '' ? '' : ` ×${r >= 10 ? r.toFixed(0) : r.toFixed(1)}`;
          return `${cell(s, def.unit)}${rs}`;
        }),
      ]),
    );
  }
  lines.push(
    row([
      'GEXF export, Node (ms)',
      ...targets.map((t) => `${cell(t.exports.gexf, 'ms')}${mb(t.exports.gexfBytes)}`),
    ]),
    row([
      'GraphML export, Node (ms)',
      ...targets.map((t) => `${cell(t.exports.graphml, 'ms')}${mb(t.exports.graphmlBytes)}`),
    ]),
  );
  return lines.join('\n');
}

const mb = (bytes: number | undefined) =>
  bytes === undefined ? '' : ` · ${(bytes / 1e6).toFixed(bytes < 1e6 ? 2 : 1)} MB`;

/** The baseline's own figures. */
export function baselineTable(targets: readonly TargetReport[]): string {
  const withBase = targets.filter((t) => t.baseline);
  if (withBase.length === 0) return '';
  const lines = [
    row(['metric (plain Cytoscape)', ...withBase.map((t) => t.name)]),
    row(['---', ...withBase.map(() => '---:')]),
  ];
  for (const def of METRICS) {
    if (withBase.every((t) => !t.baseline?.summary[def.key])) continue;
    const unit = def.unit === '' ? '' : ` (${def.unit})`;
    lines.push(
      row([
        `${def.label}${unit}`,
        ...withBase.map((t) => cell(t.baseline?.summary[def.key], def.unit)),
      ]),
    );
  }
  return lines.join('\n');
}

const medianOf = (t: TargetReport | undefined, key: string): Summary | undefined =>
  t?.app.summary[key];

/** Issue 7's goals, checked against the medians (the 50k freeze check against every run). */
export function checkGoals(targets: readonly TargetReport[], initialGzipBytes: number): Goal[] {
  const by = (name: string) => targets.find((t) => t.name === name);
  const goals: Goal[] = [];
  const limit = (
    goal: string,
    s: Summary | undefined,
    max: number,
    unit: MetricDef['unit'] = 'ms',
  ): Goal => {
    if (!s) return { goal, measured: 'not measured', met: null };
    if (s.n === 0) return { goal, measured: 'timeout', met: false };
    return {
      goal,
      measured: `${fmt(s.median, unit)} ${unit}`.trim(),
      met: s.timeouts === 0 && s.median <= max,
    };
  };
  const article = by('article');
  goals.push(limit('article: interactive ≤ 300 ms', medianOf(article, 'interactive'), 300));
  // Every change of filter the bench makes: the Denials preset, its clearing, a focus and its
  // clearing (focus is a filter descriptor too).
  const changes = [
    ['stance filter', 'filterBusy', 'filterFrames'],
    ['cleared', 'filterClearBusy', 'filterClearFrames'],
    ['focus', 'focusBusy', 'focusFrames'],
    ['focus cleared', 'focusClearBusy', 'focusClearFrames'],
  ] as const;
  const measured = changes.flatMap(([name, busyKey, framesKey]) => {
    const busy = medianOf(article, busyKey);
    const frames = medianOf(article, framesKey);
    return busy && frames && busy.n > 0 && frames.n > 0
      ? [{ name, busy: busy.median, frames: frames.median }]
      : [];
  });
  goals.push(
    measured.length > 0
      ? {
          goal: 'article: every filter change settled within one frame (≤ 16 ms of work, shown in the next frame)',
          measured: measured
            .map((m) => `${m.name} ${fmt(m.busy, 'ms')} ms work, ${fmt(m.frames, '')} frame(s)`)
            .join('; '),
          met: measured.every((m) => m.busy <= 16 && m.frames <= 1),
        }
      : {
          goal: 'article: every filter change settled within one frame',
          measured: 'not measured',
          met: null,
        },
  );
  const k10 = by('10k');
  goals.push(limit('10k: first render ≤ 1.5 s', medianOf(k10, 'firstRender'), 1500));
  goals.push(limit('10k: filter ≤ 100 ms', medianOf(k10, 'filterSettle'), 100));
  goals.push(limit('10k: pan/zoom p95 ≤ 50 ms', medianOf(k10, 'panzoomP95'), 50));
  const k50 = by('50k');
  if (k50) {
    const runs = k50.app.runs;
    const worst = Math.max(0, ...runs.map((r) => r.afterRenderLongTasks?.maxMs ?? 0));
    const loaded = runs.filter((r) => r.firstRenderMs !== undefined).length;
    const timedOut = runs.some((r) => r.timeouts.length > 0);
    goals.push({
      goal: '50k: no long task over 1 s after first render',
      measured:
        loaded === 0
          ? 'never rendered (timeout)'
          : `longest ${fmt(worst, 'ms')} ms${timedOut ? '; a scenario timed out' : ''}`,
      met: loaded > 0 && worst <= 1000 && !timedOut,
    });
  } else {
    goals.push({
      goal: '50k: no long task over 1 s after first render',
      measured: 'not measured',
      met: null,
    });
  }
  goals.push({
    goal: 'initial JS ≤ 300 kB gzip',
    measured: `${fmt(initialGzipBytes / 1000, 'kB')} kB`,
    met: initialGzipBytes <= 300_000,
  });
  return goals;
}

export function goalsTable(goals: readonly Goal[]): string {
  return [
    row(['goal', 'measured (median)', 'met']),
    row(['---', '---', '---']),
    ...goals.map((g) => row([g.goal, g.measured, g.met === null ? '—' : g.met ? 'yes' : '**no**'])),
  ].join('\n');
}
