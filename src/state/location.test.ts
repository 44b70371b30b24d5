import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoizedSelector, subscribe } from './location.ts';
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

describe('subscribe', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps every reader behind one pair of window listeners, and removes them with the last', () => {
    const target = new EventTarget();
    const add = vi.spyOn(target, 'addEventListener');
    const remove = vi.spyOn(target, 'removeEventListener');
    vi.stubGlobal('window', target);
    const calls = Array.from({ length: 2000 }, () => 0);
    const unsubscribes = calls.map((_, i) => subscribe(() => (calls[i] = (calls[i] ?? 0) + 1)));
    // Not one per reader: adding listeners one by one is quadratic in the browser.
    expect(add).toHaveBeenCalledTimes(2);

    target.dispatchEvent(new Event('popstate'));
    target.dispatchEvent(new Event('claimgraph:locationchange'));
    expect(calls.every((n) => n === 2)).toBe(true);

    for (const unsubscribe of unsubscribes.slice(1)) unsubscribe();
    expect(remove).not.toHaveBeenCalled();
    unsubscribes[0]?.();
    unsubscribes[0]?.();
    expect(remove).toHaveBeenCalledTimes(2);
    target.dispatchEvent(new Event('popstate'));
    expect(calls.every((n) => n === 2)).toBe(true);
  });

  it('tells every reader of a change, even when one leaves while being told', () => {
    vi.stubGlobal('window', new EventTarget());
    const told: string[] = [];
    const leave = subscribe(() => {
      told.push('first');
      leave();
    });
    const stay = subscribe(() => told.push('second'));
    window.dispatchEvent(new Event('popstate'));
    window.dispatchEvent(new Event('popstate'));
    expect(told).toEqual(['first', 'second', 'second']);
    stay();
  });
});
