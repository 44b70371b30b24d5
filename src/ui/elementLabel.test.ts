import { describe, expect, it } from 'vitest';
import { loadArticle } from '../model/test-support.ts';
import { elementName, nodeLabel } from './elementLabel.ts';

describe('elementName', () => {
  it('names nodes by their label and edges by their ends', async () => {
    const { graph } = await loadArticle();
    expect(elementName(graph, 'john-kirby')).toEqual({
      kind: 'actor',
      kindLabel: 'Actor',
      label: 'John Kirby',
    });
    expect(elementName(graph, 'st-mkrtychev-denies-brokering')?.label).toBe(
      'Ashot Mkrtychev — denial: Ashot Mkrtychev brokered an arms deal between Russia and North Korea.',
    );
    expect(elementName(graph, 'af-kirby-nsc')?.label).toBe(
      'John Kirby, coordinator for strategic communications: US National Security Council',
    );
    expect(elementName(graph, 'reported:st-kirby-chips-npr:npr')?.kind).toBe('reported');
    expect(elementName(graph, 'nope')).toBeUndefined();
    expect(nodeLabel(graph, 'nope')).toBe('nope');
  });
});
