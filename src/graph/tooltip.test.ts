import { describe, expect, it } from 'vitest';
import { buildGraph } from '../model/build.ts';
import { tooltipContent } from './tooltip.ts';
import { tinyDocument } from './testGraph.ts';

const graph = () => buildGraph(tinyDocument());

describe('tooltipContent', () => {
  it('tells a statement by speaker, stance, cue, outlets and date', () => {
    const doc = tinyDocument();
    const deal = doc.nodes.find((n) => n.id === 'deal');
    if (deal?.kind === 'claim') deal.date = '2023-09-13';
    const tip = tooltipContent(buildGraph(doc), 'officials-allege-deal');
    expect(tip).toEqual({
      title: 'US officials',
      kind: 'Statement · allegation',
      rows: [
        { name: 'Claim', value: 'Alice made a deal' },
        { name: 'Cue', value: '“said”' },
        { name: 'Outlets', value: 'Wire → Paper' },
        { name: 'Date', value: '2023-09-13 (from the claim)' },
        { name: 'Quote', value: 'indirect' },
      ],
    });
  });

  it('counts what an outlet relayed', () => {
    expect(tooltipContent(graph(), 'wire')).toEqual({
      title: 'Wire',
      kind: 'Actor · media',
      rows: [{ name: 'Relayed', value: '1 of others’ statements' }],
    });
  });

  it('marks unnamed sources and contested claims', () => {
    expect(tooltipContent(graph(), 'officials')?.kind).toBe('Actor · group · unnamed source');
    const claim = tooltipContent(graph(), 'deal');
    expect(claim?.kind).toBe('Claim · contested');
    expect(claim?.rows).toContainEqual({ name: 'Statements', value: '1 allegation, 1 denial' });
  });

  it('tells events, derived and structural edges', () => {
    expect(tooltipContent(graph(), 'talks')).toEqual({
      title: 'The talks',
      kind: 'Event · meeting',
      rows: [{ name: 'Date', value: '2023-09-13' }],
    });
    expect(tooltipContent(graph(), 'reported:officials-allege-deal:wire')).toEqual({
      title: 'Wire',
      kind: 'Reported (derived from via)',
      rows: [
        { name: 'Claim', value: 'Alice made a deal' },
        { name: 'Speaker', value: 'US officials' },
      ],
    });
    expect(tooltipContent(graph(), 'alice-at-talks')).toEqual({
      title: 'Alice → The talks',
      kind: 'Participant',
      rows: [{ name: 'Role', value: 'host' }],
    });
    expect(tooltipContent(graph(), 'nope')).toBeUndefined();
  });
});
