/**
 * The node types a generic graph's view keeps: the `type` URL parameters (`?type=a&type=b`),
 * so a copied link reproduces them. src/state/view.ts keeps parameters it does not know, so
 * view changes leave them in place; switching documents clears them (App.tsx).
 */
import { useCallback } from 'react';
import { navigateSearch, useSearchSelector } from '../state/location.ts';

export const TYPE_PARAM = 'type';

/** `search` without the type parameters. */
export function withoutTypes(search: string): string {
  const params = new URLSearchParams(search);
  params.delete(TYPE_PARAM);
  const query = params.toString();
  return query ? `?${query}` : '';
}

function typesOf(search: string): string[] {
  const values = new URLSearchParams(search).getAll(TYPE_PARAM).filter((t) => t !== '');
  return [...new Set(values)].sort();
}

const sameStrings = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

/** The kept types, and a setter that writes them to the URL (a history entry). */
export function useGenericTypes(): [string[], (types: readonly string[]) => void] {
  // The same array until the types change: a filter change leaves a generic graph's
  // elements alone.
  const types = useSearchSelector(typesOf, sameStrings);
  const setTypes = useCallback((next: readonly string[]) => {
    const params = new URLSearchParams(window.location.search);
    params.delete(TYPE_PARAM);
    for (const type of [...new Set(next)].sort()) params.append(TYPE_PARAM, type);
    const query = params.toString();
    navigateSearch(query ? `?${query}` : '', 'push');
  }, []);
  return [types, setTypes];
}
