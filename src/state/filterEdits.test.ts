import { describe, expect, it } from 'vitest';
import {
  dateBounds,
  isPresetActive,
  listValues,
  presetFilters,
  setContested,
  setDateBounds,
  setTextQuery,
  toggleListValue,
} from './filterEdits.ts';

describe('filter edits', () => {
  it('toggles a value in and out, dropping an emptied kind', () => {
    const once = toggleListValue([], 'stance', 'denial');
    expect(once).toEqual([{ kind: 'stance', values: ['denial'] }]);
    const twice = toggleListValue(once, 'stance', 'allegation');
    expect(listValues(twice, 'stance')).toEqual(['denial', 'allegation']);
    expect(
      toggleListValue(toggleListValue(twice, 'stance', 'denial'), 'stance', 'allegation'),
    ).toEqual([]);
  });

  it('keeps other kinds when editing one', () => {
    const filters = setContested(toggleListValue([], 'speaker', 'john-kirby'), true);
    expect(toggleListValue(filters, 'stance', 'denial')).toEqual([
      { kind: 'speaker', values: ['john-kirby'] },
      { kind: 'contested' },
      { kind: 'stance', values: ['denial'] },
    ]);
    expect(setContested(filters, false)).toEqual([{ kind: 'speaker', values: ['john-kirby'] }]);
  });

  it('sets and clears date bounds and text', () => {
    const dated = setDateBounds([], { from: '2023-03' });
    expect(dateBounds(dated)).toEqual({ from: '2023-03', to: undefined });
    expect(setDateBounds(dated, {})).toEqual([]);
    expect(setTextQuery([], '  ')).toEqual([]);
    expect(setTextQuery([], 'chocolate')).toEqual([{ kind: 'text', query: 'chocolate' }]);
  });

  it('recognises an active preset and gives a fresh copy', () => {
    const denials = presetFilters('denials');
    expect(isPresetActive(denials, 'denials')).toBe(true);
    expect(isPresetActive(denials, 'allegations')).toBe(false);
    expect(isPresetActive(toggleListValue(denials, 'stance', 'rebuttal'), 'denials')).toBe(false);
    denials.push({ kind: 'contested' });
    expect(presetFilters('denials')).toHaveLength(1);
  });
});
