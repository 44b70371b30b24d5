import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseView, serializeView } from './view.ts';

describe('view state in the URL', () => {
  it('reads every parameter', () => {
    const { view, notices } = parseView(
      '?doc=rbc&sel=reported:st-a:npr&layout=timeline&focus=john-kirby&depth=2&path=a,b&dim=hide&tab=claims',
    );
    expect(notices).toEqual([]);
    expect(view).toEqual({
      doc: 'rbc',
      sel: 'reported:st-a:npr',
      layout: 'timeline',
      focus: 'john-kirby',
      depth: 2,
      path: ['a', 'b'],
      focusMode: 'hide',
      tab: 'claims',
    });
  });

  it('ignores malformed values with a notice naming the parameter', () => {
    const { view, notices } = parseView('?doc=Bad%20Id&layout=spiral&depth=7&sel=<script>&path=a');
    expect(view).toEqual(DEFAULT_VIEW);
    expect(notices.map((n) => n.param).sort()).toEqual(['depth', 'doc', 'layout', 'path', 'sel']);
    expect(notices.find((n) => n.param === 'layout')?.message).toContain('timeline');
  });

  it('writes defaults as nothing and keeps foreign parameters', () => {
    expect(serializeView(DEFAULT_VIEW)).toBe('');
    expect(serializeView({ ...DEFAULT_VIEW, doc: 'b' }, '?stance=denial&doc=a')).toBe(
      '?stance=denial&doc=b',
    );
    expect(serializeView({ ...DEFAULT_VIEW, sel: undefined }, '?sel=x')).toBe('');
  });

  it('round-trips a full view', () => {
    const view = {
      ...DEFAULT_VIEW,
      doc: 'd',
      sel: 's',
      layout: 'hierarchy' as const,
      focus: 'f',
      depth: 3 as const,
    };
    expect(parseView(serializeView(view)).view).toEqual(view);
  });

  it('writes depth only with a focus', () => {
    expect(serializeView({ ...DEFAULT_VIEW, depth: 2 })).toBe('');
  });
});
