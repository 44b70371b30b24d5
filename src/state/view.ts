/**
 * The view state and its URL form: a copied link reproduces the view (DESIGN.md §2).
 *
 * Parameters: `doc`, `sel` (selected element id), `layout`, `focus` + `depth`, `path`
 * (two node ids, comma-separated), `dim` (`hide` hides what focus leaves out; default dims
 * it), `tab` (the bottom panel), plus the filter parameters of the filters issue.
 * Unknown parameters are kept as they are; malformed values are dropped and reported as
 * notices, never a blank page.
 */
import { decodeFilters, encodeFilters, FILTER_PARAMS } from '../model/filter-codec.ts';
import type { FilterDescriptor, ViewFilter } from '../model/filters.ts';

export const LAYOUTS = ['force', 'concentric', 'hierarchy', 'timeline'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const TABS = ['source', 'claims', 'rankings'] as const;
export type TabName = (typeof TABS)[number];

export interface ViewState {
  doc?: string;
  sel?: string;
  layout: LayoutName;
  focus?: string;
  depth: 1 | 2 | 3;
  /** The two ends of a shortest-path query. */
  path?: [string, string];
  /** What focus does with the rest: dim it (default) or hide it. */
  focusMode: 'dim' | 'hide';
  tab: TabName;
  /** The filters of the filters issue (focus lives in `focus`/`depth` above). */
  filters: FilterDescriptor[];
  /** Show the 1-hop neighbours of what the filters keep, dimmed (`context=1`). */
  context: boolean;
}

export interface ViewNotice {
  param: string;
  value: string;
  message: string;
}

export const DEFAULT_VIEW: ViewState = {
  layout: 'force',
  depth: 1,
  focusMode: 'dim',
  tab: 'source',
  filters: [],
  context: false,
};

const ID = /^[a-z0-9][a-z0-9-]*$/;
/** Element ids: stored slugs, or derived `reported:` ids. */
const ELEMENT_ID = /^(?:[a-z0-9][a-z0-9-]*|reported:[a-z0-9-]+:[a-z0-9-]+)$/;

const OWN_PARAMS = [
  'doc',
  'sel',
  'layout',
  'focus',
  'depth',
  'path',
  'dim',
  'tab',
  'context',
] as const;
/** Filter parameters other than focus/depth, which this module reads itself. */
const FILTER_ONLY_PARAMS = FILTER_PARAMS.filter((p) => p !== 'focus' && p !== 'depth');

export function parseView(search: string): { view: ViewState; notices: ViewNotice[] } {
  const params = new URLSearchParams(search);
  const notices: ViewNotice[] = [];
  const view: ViewState = { ...DEFAULT_VIEW, filters: [] };
  const read = (
    name: string,
    valid: (v: string) => boolean,
    message: string,
  ): string | undefined => {
    const raw = params.get(name);
    if (raw === null || raw.trim() === '') return undefined;
    const value = raw.trim();
    if (valid(value)) return value;
    notices.push({ param: name, value: raw, message });
    return undefined;
  };
  view.doc = read('doc', (v) => ID.test(v), 'not a document id');
  view.sel = read('sel', (v) => ELEMENT_ID.test(v), 'not an element id');
  const layout = read(
    'layout',
    (v) => (LAYOUTS as readonly string[]).includes(v),
    `expected one of ${LAYOUTS.join(', ')}`,
  );
  if (layout) view.layout = layout as LayoutName;
  view.focus = read('focus', (v) => ID.test(v), 'not a node id');
  const depth = read('depth', (v) => /^[123]$/.test(v), 'expected 1, 2 or 3');
  if (depth) view.depth = Number(depth) as 1 | 2 | 3;
  const path = read(
    'path',
    (v) => /^[a-z0-9-]+,[a-z0-9-]+$/.test(v),
    'expected two node ids: path=a,b',
  );
  if (path) view.path = path.split(',') as [string, string];
  const dim = read('dim', (v) => v === 'hide' || v === 'dim', 'expected dim or hide');
  if (dim) view.focusMode = dim as 'dim' | 'hide';
  const tab = read(
    'tab',
    (v) => (TABS as readonly string[]).includes(v),
    `expected one of ${TABS.join(', ')}`,
  );
  if (tab) view.tab = tab as TabName;
  const context = read('context', (v) => v === '1' || v === '0', 'expected 1 or 0');
  view.context = context === '1';
  const filterParams: Record<string, string> = {};
  for (const name of FILTER_ONLY_PARAMS) {
    const value = params.get(name);
    if (value !== null) filterParams[name] = value;
  }
  const decoded = decodeFilters(filterParams);
  view.filters = decoded.view.filters;
  notices.push(...decoded.problems);
  return { view, notices };
}

/** `search` with the view written in (defaults omitted, foreign parameters kept). */
export function serializeView(view: ViewState, search = ''): string {
  const params = new URLSearchParams(search);
  for (const name of [...OWN_PARAMS, ...FILTER_PARAMS]) params.delete(name);
  const set = (name: string, value: string | undefined, fallback?: string) => {
    if (value !== undefined && value !== fallback) params.set(name, value);
  };
  set('doc', view.doc);
  set('sel', view.sel);
  set('layout', view.layout, DEFAULT_VIEW.layout);
  set('focus', view.focus);
  if (view.focus) set('depth', String(view.depth), undefined);
  set('path', view.path?.join(','));
  set('dim', view.focusMode, DEFAULT_VIEW.focusMode);
  set('tab', view.tab, DEFAULT_VIEW.tab);
  for (const [name, value] of Object.entries(encodeFilters({ filters: view.filters }))) {
    params.set(name, value);
  }
  if (view.context) params.set('context', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The filters of a view, focus included, as the model's filter descriptor. */
export function viewFilter(view: ViewState): ViewFilter {
  const filters = [...view.filters];
  if (view.focus) filters.push({ kind: 'focus', node: view.focus, depth: view.depth });
  return { filters, context: view.context };
}
