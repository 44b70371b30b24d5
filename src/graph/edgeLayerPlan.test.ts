import { describe, expect, it } from 'vitest';
import type { EdgeData } from './elements.ts';
import { NO_EMPHASIS, type Emphasis } from './emphasis.ts';
import { DIMMED_ALPHA, interactiveEdgeIds, layerStyle, planLayer } from './edgeLayerPlan.ts';
import { EDGE_KIND_COLORS, STANCE_COLORS } from './palette.ts';

const edges: EdgeData[] = [
  { id: 's1', source: 'a', target: 'c1', kind: 'statement', stance: 'allegation' },
  { id: 's2', source: 'b', target: 'c1', kind: 'statement', stance: 'denial' },
  { id: 's3', source: 'a', target: 'c2', kind: 'statement', stance: 'allegation' },
  { id: 'ab', source: 'c1', target: 'e1', kind: 'about' },
  { id: 'r1', source: 's1', target: 'm', kind: 'reported', derived: true, statement: 's1' },
];

const emphasis = (over: Partial<Emphasis>): Emphasis => ({ ...NO_EMPHASIS, ...over });

describe('layerStyle', () => {
  it('draws statements in the colour and line of their stance, like the stylesheet', () => {
    expect(layerStyle(edges[0]!)).toEqual({
      color: STANCE_COLORS.allegation,
      width: 2.2,
      line: 'solid',
    });
    expect(layerStyle(edges[1]!).line).toBe('dashed');
    expect(layerStyle({ ...edges[1]!, stance: 'evasion' }).line).toBe('dotted');
  });

  it('draws structural edges muted and derived ones dotted', () => {
    expect(layerStyle(edges[3]!)).toEqual({
      color: EDGE_KIND_COLORS.about,
      width: 1,
      line: 'solid',
    });
    expect(layerStyle(edges[4]!)).toMatchObject({ line: 'dotted', width: 0.9 });
  });
});

describe('planLayer', () => {
  it('groups edges of one style into one batch, as endpoint pairs', () => {
    const plan = planLayer(edges, NO_EMPHASIS);
    expect(plan.shown).toEqual(['s1', 's2', 's3', 'ab', 'r1']);
    const allegations = plan.batches.find((b) => b.style.color === STANCE_COLORS.allegation);
    expect(allegations?.ends).toEqual(['a', 'c1', 'a', 'c2']);
    expect(plan.batches).toHaveLength(4);
    expect(plan.dimmed).toEqual([]);
  });

  it('leaves out hidden edges, edges of hidden nodes and interactive edges', () => {
    const plan = planLayer(edges, emphasis({ hidden: new Set(['s3', 'b']) }), new Set(['ab']));
    expect(plan.shown).toEqual(['s1', 'r1']);
    expect(plan.batches.flatMap((b) => b.ends)).not.toContain('b');
  });

  it('draws dimmed edges faded, in batches beneath the others', () => {
    const plan = planLayer(edges, emphasis({ dimmed: new Set(['s3', 'ab']) }));
    expect(plan.dimmed).toEqual(['s3', 'ab']);
    expect(plan.batches[0]!.alpha).toBe(DIMMED_ALPHA);
    expect(plan.batches[1]!.alpha).toBe(DIMMED_ALPHA);
    expect(plan.batches.slice(2).every((b) => b.alpha === 1)).toBe(true);
    // A dimmed and a bright edge of one style are two batches.
    const allegations = plan.batches.filter((b) => b.style.color === STANCE_COLORS.allegation);
    expect(allegations.map((b) => b.ends)).toEqual([
      ['a', 'c2'],
      ['a', 'c1'],
    ]);
  });
});

describe('interactiveEdgeIds', () => {
  it('keeps the edges of the selected node, the selected edge and highlighted edges', () => {
    expect([...interactiveEdgeIds(edges, 'c1', new Set())].sort()).toEqual(['ab', 's1', 's2']);
    expect([...interactiveEdgeIds(edges, 's3', new Set(['r1']))].sort()).toEqual(['r1', 's3']);
    expect(interactiveEdgeIds(edges, undefined, new Set()).size).toBe(0);
  });
});
