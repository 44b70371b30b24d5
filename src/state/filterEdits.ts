/**
 * Pure edits of a view's filter descriptors, as the filter panel makes them. Each returns a
 * new list; a kind left without values disappears, so the URL stays minimal.
 */
import { PRESETS, type FilterDescriptor, type PresetName } from '../model/filters.ts';

type ListKind = 'stance' | 'actorType' | 'speaker' | 'via';

export function listValues(filters: readonly FilterDescriptor[], kind: ListKind): string[] {
  const found = filters.find((f) => f.kind === kind);
  return found && 'values' in found ? [...found.values] : [];
}

export function setListValues(
  filters: readonly FilterDescriptor[],
  kind: ListKind,
  values: readonly string[],
): FilterDescriptor[] {
  const rest = filters.filter((f) => f.kind !== kind);
  if (values.length === 0) return rest;
  return [...rest, { kind, values: [...values] } as FilterDescriptor];
}

export function toggleListValue(
  filters: readonly FilterDescriptor[],
  kind: ListKind,
  value: string,
): FilterDescriptor[] {
  const current = listValues(filters, kind);
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return setListValues(filters, kind, next);
}

export function isContestedOn(filters: readonly FilterDescriptor[]): boolean {
  return filters.some((f) => f.kind === 'contested');
}

export function setContested(
  filters: readonly FilterDescriptor[],
  on: boolean,
): FilterDescriptor[] {
  const rest = filters.filter((f) => f.kind !== 'contested');
  return on ? [...rest, { kind: 'contested' }] : rest;
}

export function dateBounds(filters: readonly FilterDescriptor[]): { from?: string; to?: string } {
  const found = filters.find((f) => f.kind === 'date');
  return found?.kind === 'date' ? { from: found.from, to: found.to } : {};
}

export function setDateBounds(
  filters: readonly FilterDescriptor[],
  bounds: { from?: string; to?: string },
): FilterDescriptor[] {
  const rest = filters.filter((f) => f.kind !== 'date');
  if (!bounds.from && !bounds.to) return rest;
  const date: FilterDescriptor = { kind: 'date' };
  if (bounds.from) date.from = bounds.from;
  if (bounds.to) date.to = bounds.to;
  return [...rest, date];
}

export function textQuery(filters: readonly FilterDescriptor[]): string {
  const found = filters.find((f) => f.kind === 'text');
  return found?.kind === 'text' ? found.query : '';
}

export function setTextQuery(
  filters: readonly FilterDescriptor[],
  query: string,
): FilterDescriptor[] {
  const rest = filters.filter((f) => f.kind !== 'text');
  return query.trim() === '' ? rest : [...rest, { kind: 'text', query }];
}

/** A preset replaces every filter (focus is kept: it is not one of the panel's filters). */
export const presetFilters = (name: PresetName): FilterDescriptor[] =>
  structuredClone([...PRESETS[name]]);

/** Whether the filters are exactly the preset's. */
export function isPresetActive(filters: readonly FilterDescriptor[], name: PresetName): boolean {
  return JSON.stringify(filters) === JSON.stringify(PRESETS[name]);
}
