import { describe, expect, it } from 'vitest';
import { parseViewState, serializeViewState } from './url.ts';

describe('view state in the URL', () => {
  it('reads the document', () => {
    expect(parseViewState('?doc=rbc-2023')).toEqual({ doc: 'rbc-2023' });
    expect(parseViewState('')).toEqual({});
    expect(parseViewState('?doc=')).toEqual({});
  });

  it('writes the document and keeps unknown parameters', () => {
    expect(serializeViewState({ doc: 'a' })).toBe('?doc=a');
    expect(serializeViewState({ doc: 'b' }, '?x=1&doc=a')).toBe('?x=1&doc=b');
    expect(serializeViewState({}, '?doc=a')).toBe('');
  });

  it('round-trips', () => {
    const state = { doc: 'rbc-2023-09-13-kim-putin' };
    expect(parseViewState(serializeViewState(state))).toEqual(state);
  });
});
