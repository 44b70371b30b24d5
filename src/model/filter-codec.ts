/**
 * Filter descriptors ⇄ flat string parameters: the one encoding the URL and the CLI share.
 *
 * | param       | value                                   | descriptor                      |
 * | ----------- | --------------------------------------- | ------------------------------- |
 * | `stance`    | comma list of stances                   | `{ kind: 'stance', values }`    |
 * | `contested` | `1` (`0` or empty: off)                 | `{ kind: 'contested' }`         |
 * | `actorType` | comma list of actor types               | `{ kind: 'actorType', values }` |
 * | `speaker`   | comma list of node ids (slugs)          | `{ kind: 'speaker', values }`   |
 * | `via`       | comma list of node ids (slugs)          | `{ kind: 'via', values }`       |
 * | `from`      | partial ISO date                        | `{ kind: 'date', from, to }`    |
 * | `to`        | partial ISO date                        | (same descriptor)               |
 * | `text`      | free text                               | `{ kind: 'text', query }`       |
 * | `focus`     | node id (slug)                          | `{ kind: 'focus', node, depth }`|
 * | `depth`     | `1`, `2` or `3`; default 1 with `focus` | (same descriptor)               |
 *
 * Encoding goes through `normalizeView`, so equal views encode to equal parameters: values are
 * deduplicated and sorted (stances and actor types in schema order, ids by code unit), keys come
 * in the order of the table, empty and inactive filters are left out, and `depth` is written only
 * when it is not the default 1. The `context` view option is not a filter and is not encoded.
 *
 * Decoding is forgiving: a malformed value (an unknown stance or actor type, an id that is not a
 * slug, an impossible date, a depth outside 1–3, `contested=yes`, `depth` without `focus`) is
 * left out and reported as a problem naming its parameter; the rest of the view still applies.
 * Within a comma list only the bad items are dropped. Empty values and unknown parameters are
 * ignored silently. A `to` before `from` is kept (it matches nothing) and not reported.
 */
import { isPartialDate } from './dates.ts';
import {
  normalizeView,
  type FilterDescriptor,
  type FocusDepth,
  type ViewFilter,
} from './filters.ts';
import { ACTOR_TYPES, STANCES } from './vocabulary.ts';
import type { ActorType, Stance } from './schema.ts';

export const FILTER_PARAMS = [
  'stance',
  'contested',
  'actorType',
  'speaker',
  'via',
  'from',
  'to',
  'text',
  'focus',
  'depth',
] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

export interface FilterProblem {
  param: FilterParam;
  value: string;
  message: string;
}

export interface DecodedFilters {
  view: ViewFilter;
  problems: FilterProblem[];
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** The view's filters as parameters, in `FILTER_PARAMS` order, empty ones left out. */
export function encodeFilters(view: ViewFilter): Record<string, string> {
  const out: Partial<Record<FilterParam, string>> = {};
  for (const f of normalizeView(view).filters) {
    switch (f.kind) {
      case 'stance':
      case 'actorType':
      case 'speaker':
      case 'via':
        out[f.kind] = f.values.join(',');
        break;
      case 'contested':
        out.contested = '1';
        break;
      case 'date':
        if (f.from !== undefined) out.from = f.from;
        if (f.to !== undefined) out.to = f.to;
        break;
      case 'text':
        out.text = f.query;
        break;
      case 'focus':
        out.focus = f.node;
        if (f.depth !== 1) out.depth = String(f.depth);
        break;
    }
  }
  const ordered: Record<string, string> = {};
  for (const key of FILTER_PARAMS) {
    const value = out[key];
    if (value !== undefined && value !== '') ordered[key] = value;
  }
  return ordered;
}

const splitList = (value: string): string[] =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');

/** Parameters → view. Unknown keys are ignored; see the module comment for the problems. */
export function decodeFilters(
  params: Readonly<Record<string, string | undefined>>,
): DecodedFilters {
  const problems: FilterProblem[] = [];
  const filters: FilterDescriptor[] = [];
  const get = (key: FilterParam): string | undefined => {
    if (!Object.prototype.hasOwnProperty.call(params, key)) return undefined;
    const value = params[key]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const list = <T extends string>(
    param: FilterParam,
    accept: (item: string) => boolean,
    message: (item: string) => string,
  ): T[] => {
    const raw = get(param);
    if (raw === undefined) return [];
    const ok: T[] = [];
    for (const item of splitList(raw)) {
      if (accept(item)) ok.push(item as T);
      else problems.push({ param, value: item, message: message(item) });
    }
    return ok;
  };

  const stances = list<Stance>(
    'stance',
    (v) => (STANCES as readonly string[]).includes(v),
    (v) => `unknown stance "${v}"; expected one of ${STANCES.join(', ')}`,
  );
  if (stances.length) filters.push({ kind: 'stance', values: stances });

  const contested = get('contested');
  if (contested === '1') filters.push({ kind: 'contested' });
  else if (contested !== undefined && contested !== '0')
    problems.push({
      param: 'contested',
      value: contested,
      message: `expected 1 (or 0 for off), found "${contested}"`,
    });

  const actorTypes = list<ActorType>(
    'actorType',
    (v) => (ACTOR_TYPES as readonly string[]).includes(v),
    (v) => `unknown actor type "${v}"; expected one of ${ACTOR_TYPES.join(', ')}`,
  );
  if (actorTypes.length) filters.push({ kind: 'actorType', values: actorTypes });

  for (const param of ['speaker', 'via'] as const) {
    const ids = list<string>(
      param,
      (v) => SLUG.test(v),
      (v) => `"${v}" is not a node id (lower-case letters, digits and hyphens)`,
    );
    if (ids.length) filters.push({ kind: param, values: ids });
  }

  const date: { from?: string; to?: string } = {};
  for (const param of ['from', 'to'] as const) {
    const value = get(param);
    if (value === undefined) continue;
    if (isPartialDate(value)) date[param] = value;
    else
      problems.push({
        param,
        value,
        message: `"${value}" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD`,
      });
  }
  if (date.from !== undefined || date.to !== undefined) filters.push({ kind: 'date', ...date });

  const text = get('text');
  if (text !== undefined) filters.push({ kind: 'text', query: text });

  const focusRaw = get('focus');
  let focus: string | undefined;
  if (focusRaw !== undefined) {
    if (SLUG.test(focusRaw)) focus = focusRaw;
    else
      problems.push({
        param: 'focus',
        value: focusRaw,
        message: `"${focusRaw}" is not a node id (lower-case letters, digits and hyphens)`,
      });
  }
  const depthRaw = get('depth');
  let depth: FocusDepth = 1;
  if (depthRaw !== undefined) {
    if (focusRaw === undefined)
      problems.push({ param: 'depth', value: depthRaw, message: 'depth needs a focus node' });
    else if (depthRaw === '1' || depthRaw === '2' || depthRaw === '3')
      depth = Number(depthRaw) as FocusDepth;
    else
      problems.push({
        param: 'depth',
        value: depthRaw,
        message: `expected 1, 2 or 3, found "${depthRaw}"`,
      });
  }
  if (focus !== undefined) filters.push({ kind: 'focus', node: focus, depth });

  return { view: normalizeView({ filters }), problems };
}

/**
 * The CLI flag of each parameter: the same name, except `actorType` → `--actor-type`.
 * `contested` is a boolean flag (`--contested`); the others take a value.
 */
export const CLI_FLAG_NAMES: Readonly<Record<FilterParam, string>> = {
  stance: 'stance',
  contested: 'contested',
  actorType: 'actor-type',
  speaker: 'speaker',
  via: 'via',
  from: 'from',
  to: 'to',
  text: 'text',
  focus: 'focus',
  depth: 'depth',
};

/** Parameters whose CLI flag is boolean (present = on). */
export const CLI_BOOLEAN_PARAMS: ReadonlySet<FilterParam> = new Set<FilterParam>(['contested']);

/** The filter flags as `node:util` parseArgs options, keyed by flag name. */
export const CLI_FILTER_OPTIONS: Readonly<Record<string, { type: 'string' | 'boolean' }>> =
  Object.fromEntries(
    FILTER_PARAMS.map((param) => [
      CLI_FLAG_NAMES[param],
      { type: CLI_BOOLEAN_PARAMS.has(param) ? 'boolean' : 'string' },
    ]),
  );

/**
 * Parsed CLI flag values (keyed by flag name, as parseArgs returns them) → parameters for
 * `decodeFilters`. A boolean flag that is set becomes `1`; a repeated string flag (parseArgs
 * with `multiple`) is joined with commas. Flags that are not filter flags are ignored.
 */
export function paramsFromCliFlags(
  values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const param of FILTER_PARAMS) {
    const value = values[CLI_FLAG_NAMES[param]];
    if (value === undefined || value === false) continue;
    if (value === true) out[param] = '1';
    else if (Array.isArray(value))
      out[param] = value.map((v) => (v === true ? '1' : String(v))).join(',');
    else out[param] = value;
  }
  return out;
}
