import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseView, serializeView, viewFilter } from './view.ts';

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
      filters: [],
      context: false,
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
    expect(serializeView({ ...DEFAULT_VIEW, doc: 'b' }, '?x=1&doc=a')).toBe('?x=1&doc=b');
    // Filter parameters belong to the view: a view without filters drops them.
    expect(serializeView({ ...DEFAULT_VIEW, doc: 'b' }, '?stance=denial&doc=a')).toBe('?doc=b');
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

describe('filters in the URL', () => {
  it('reads the filter parameters into descriptors', () => {
    const { view, notices } = parseView(
      '?stance=denial,allegation&speaker=john-kirby&contested=1&from=2023&context=1',
    );
    expect(notices).toEqual([]);
    expect(view.context).toBe(true);
    expect(view.filters).toEqual(
      expect.arrayContaining([
        { kind: 'stance', values: ['allegation', 'denial'] },
        { kind: 'speaker', values: ['john-kirby'] },
        { kind: 'contested' },
        { kind: 'date', from: '2023' },
      ]),
    );
  });

  it('reports malformed filter values and keeps the good ones', () => {
    const { view, notices } = parseView('?stance=denial,rumour&from=2023-13');
    expect(view.filters).toEqual([{ kind: 'stance', values: ['denial'] }]);
    expect(notices.map((n) => n.param).sort()).toEqual(['from', 'stance']);
  });

  it('writes filters canonically, so equal views make equal links', () => {
    const a = serializeView({
      ...DEFAULT_VIEW,
      filters: [{ kind: 'stance', values: ['denial', 'allegation'] }],
    });
    const b = serializeView({
      ...DEFAULT_VIEW,
      filters: [{ kind: 'stance', values: ['allegation', 'denial'] }],
    });
    expect(a).toBe(b);
    expect(a).toBe('?stance=allegation%2Cdenial');
    expect(parseView(a).view.filters).toEqual([
      { kind: 'stance', values: ['allegation', 'denial'] },
    ]);
  });

  it('the focus joins the filters as a descriptor', () => {
    const { view } = parseView('?focus=john-kirby&depth=2&stance=denial');
    expect(viewFilter(view).filters).toEqual([
      { kind: 'stance', values: ['denial'] },
      { kind: 'focus', node: 'john-kirby', depth: 2 },
    ]);
  });
});
