/** Small helpers for the JSON readers (JGF, Cytoscape JSON, claimgraph JSON). */
import type { RawValue } from './raw.ts';
import type { ImportWarning, Point } from './types.ts';

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `$.graph.nodes` + `__proto__` → `$.graph.nodes["__proto__"]`; plain names use a dot. */
export const jsonPath = (base: string, key: string | number): string =>
  typeof key === 'number'
    ? `${base}[${key}]`
    : /^[A-Za-z_$][\w$]*$/.test(key)
      ? `${base}.${key}`
      : `${base}[${JSON.stringify(key)}]`;

export const asPoint = (v: unknown): Point | undefined =>
  isRecord(v) &&
  typeof v.x === 'number' &&
  typeof v.y === 'number' &&
  Number.isFinite(v.x) &&
  Number.isFinite(v.y)
    ? { x: v.x, y: v.y }
    : undefined;

/**
 * An attribute value from JSON: scalars as they are, a list of scalars as a string list;
 * anything else (objects, nested lists, null) as its JSON text, with a warning.
 */
export function jsonAttr(
  value: unknown,
  where: string,
  warnings: ImportWarning[],
): RawValue | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (
    Array.isArray(value) &&
    value.every((v) => ['string', 'number', 'boolean'].includes(typeof v))
  )
    return value.map(String);
  if (value === null || value === undefined) return undefined;
  warnings.push({ where, message: 'a nested value was kept as its JSON text' });
  return JSON.stringify(value);
}

/** Reads an object's entries as attributes, skipping `skip` keys. */
export function jsonAttrs(
  obj: Record<string, unknown>,
  base: string,
  warnings: ImportWarning[],
  skip: ReadonlySet<string> = new Set(),
): Map<string, RawValue> {
  const out = new Map<string, RawValue>();
  for (const [key, value] of Object.entries(obj)) {
    if (skip.has(key)) continue;
    const v = jsonAttr(value, jsonPath(base, key), warnings);
    if (v !== undefined) out.set(key, v);
  }
  return out;
}

/** A JSON id: strings as they are, numbers as their text. */
export const jsonId = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;
