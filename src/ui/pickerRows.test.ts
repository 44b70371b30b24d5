import { describe, expect, it } from 'vitest';
import type { IdOption } from './filterOptions.ts';
import { pickerRows } from './pickerRows.ts';

/** `n` speakers, most frequent first, with an accented and a typographic label. */
function options(n: number): IdOption[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `a-${i}`,
    label: i === 7 ? 'Sergeï Lavrov' : i === 70 ? 'Kim’s spokesman' : `Speaker ${i}`,
    count: n - i,
  }));
}

const ids = (rows: readonly IdOption[]) => rows.map((o) => o.id);

describe('pickerRows', () => {
  it('lists every option of a short list', () => {
    const { rows, more } = pickerRows(options(6), [], '');
    expect(ids(rows)).toEqual(['a-0', 'a-1', 'a-2', 'a-3', 'a-4', 'a-5']);
    expect(more).toBe(0);
  });

  it('lists the first `limit` of a long list and counts the rest', () => {
    const { rows, more } = pickerRows(options(1000), [], '', 50);
    expect(ids(rows)).toEqual(Array.from({ length: 50 }, (_, i) => `a-${i}`));
    expect(more).toBe(950);
  });

  it('keeps chosen options on top, even beyond the limit and not matching the query', () => {
    const { rows, more } = pickerRows(options(1000), ['a-900', 'a-3'], 'lavrov', 50);
    expect(ids(rows)).toEqual(['a-3', 'a-900', 'a-7']);
    expect(more).toBe(0);
  });

  it('narrows by label regardless of case and typographic quotes', () => {
    expect(ids(pickerRows(options(1000), [], 'SERGEÏ').rows)).toEqual(['a-7']);
    expect(ids(pickerRows(options(1000), [], "kim's").rows)).toEqual(['a-70']);
  });

  it('brings in matches beyond the limit once narrowed', () => {
    const all = options(1000);
    expect(ids(pickerRows(all, [], '', 50).rows)).not.toContain('a-999');
    const narrowed = pickerRows(all, [], 'Speaker 99', 50);
    expect(ids(narrowed.rows)).toEqual([
      'a-99',
      'a-990',
      'a-991',
      'a-992',
      'a-993',
      'a-994',
      'a-995',
      'a-996',
      'a-997',
      'a-998',
      'a-999',
    ]);
    expect(narrowed.more).toBe(0);
  });
});
