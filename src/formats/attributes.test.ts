import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadArticle } from '../model/test-support.ts';
import {
  EDGE_ATTRS,
  flattenClaimEdge,
  joinList,
  NODE_ATTRS,
  parseOffsets,
  splitList,
} from './attributes.ts';
import { decodeClaimEdge } from './decode.ts';

describe('list encoding', () => {
  it('joins with | and escapes | and \\ inside items', () => {
    expect(joinList(['a', 'b|c', 'd\\e'])).toBe('a|b\\|c|d\\\\e');
    expect(splitList('a|b\\|c|d\\\\e')).toEqual(['a', 'b|c', 'd\\e']);
    expect(splitList('')).toEqual([]);
    expect(splitList('|')).toEqual(['', '']);
  });

  it('property: split(join(items)) = items for any non-empty list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { minLength: 1 }).filter((a) => !(a.length === 1 && a[0] === '')),
        (items) => {
          expect(splitList(joinList(items))).toEqual(items);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('offsets are start-end', () => {
    expect(parseOffsets('120-168')).toEqual({ start: 120, end: 168 });
    expect(parseOffsets('12-')).toBeUndefined();
  });
});

describe('flattening', () => {
  it('names no attribute after a reserved word of any format', () => {
    const reserved = [
      'id',
      'label',
      'kind',
      'type',
      'source',
      'target',
      'weight',
      'name',
      'interaction',
      'relation',
      'metadata',
      'directed',
      'start',
      'end',
      'pid',
      'viz',
      'networkx_key',
      'key',
      'SUID',
      'shared name',
      'selected',
    ];
    for (const a of [...NODE_ATTRS, ...EDGE_ATTRS]) expect(reserved).not.toContain(a.name);
  });

  it('a statement becomes stance, cue, via, quote, date, evidence and offsets, and decodes back', async () => {
    const { graph } = await loadArticle();
    const edge = graph.getEdgeAttributes('st-mkrtychev-denies-brokering');
    const flat = flattenClaimEdge(edge);
    expect(Object.fromEntries(flat)).toMatchObject({
      edgeKind: 'statement',
      stance: 'denial',
      cue: 'denied the allegations',
      via: [],
      quote: 'mixed',
      evidenceOffsets: ['6401-6545'],
      derived: false,
    });
    const back = decodeClaimEdge(edge.id, graph.source(edge.id), graph.target(edge.id), flat);
    expect(back).toEqual({ ok: true, value: edge });
  });
});
