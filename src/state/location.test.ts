import { describe, expect, it } from 'vitest';
import { memoizedSelector } from './location.ts';
import { parsedView } from './useView.ts';

describe('memoizedSelector', () => {
  it('answers the same query string from memory', () => {
    let calls = 0;
    const read = memoizedSelector((search) => {
      calls += 1;
      return { search };
    });
    const first = read('?doc=a');
    expect(read('?doc=a')).toBe(first);
    expect(calls).toBe(1);
  });

  it('keeps the last answer when the new one is equal, so readers need not re-render', () => {
    const docOf = (search: string) => ({ doc: new URLSearchParams(search).get('doc') });
    const read = memoizedSelector(docOf, (a, b) => a.doc === b.doc);
    const first = read('?doc=a');
    expect(read('?doc=a&stance=denial')).toBe(first);
    const other = read('?doc=b&stance=denial');
    expect(other).not.toBe(first);
    expect(other).toEqual({ doc: 'b' });
    // Only the last answer is kept: a again after b is a new object, equal to the first.
    const again = read('?doc=a');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('compares with Object.is by default', () => {
    const read = memoizedSelector((search) => search.length > 5);
    expect(read('?doc=a')).toBe(true);
    expect(read('?doc=bb')).toBe(true);
    expect(read('?a')).toBe(false);
  });
});

describe('parsedView', () => {
  it('parses a query string once, whoever asks', () => {
    const a = parsedView('?doc=rbc&stance=denial');
    expect(parsedView('?doc=rbc&stance=denial')).toBe(a);
    expect(a.view.doc).toBe('rbc');
  });

  it('parses again when the query string changes', () => {
    const a = parsedView('?doc=rbc');
    const b = parsedView('?doc=rbc&sel=kim');
    expect(b).not.toBe(a);
    expect(b.view.sel).toBe('kim');
    expect(parsedView('?doc=rbc&depth=9').notices).toEqual([
      expect.objectContaining({ param: 'depth', value: '9' }),
    ]);
  });
});
