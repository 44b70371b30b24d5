import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { loadArticle } from '../model/test-support.ts';
import { toElements } from './elements.ts';
import { parsedStyle } from './parsedStyle.ts';
import { graphStyle } from './style.ts';
import { toHexColor } from './visible.ts';
import type { EdgeData } from './elements.ts';
import { NO_EMPHASIS, type Emphasis } from './emphasis.ts';
import {
  DIMMED_ALPHA,
  edgeAt,
  interactiveEdgeIds,
  layerStyle,
  planLayer,
} from './edgeLayerPlan.ts';
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
    expect(layerStyle(edges[0]!)).toMatchObject({
      color: STANCE_COLORS.allegation,
      width: 2.2,
      line: 'solid',
    });
    expect(layerStyle(edges[1]!).line).toBe('dashed');
    expect(layerStyle({ ...edges[1]!, stance: 'evasion' }).line).toBe('dotted');
  });

  it('draws structural edges muted and derived ones dotted', () => {
    expect(layerStyle(edges[3]!)).toMatchObject({
      color: EDGE_KIND_COLORS.about,
      width: 1,
      line: 'solid',
    });
    expect(layerStyle(edges[4]!)).toMatchObject({ line: 'dotted', width: 0.9 });
  });

  it("is every article edge's style and arrow as Cytoscape resolves the stylesheet", async () => {
    const { graph } = await loadArticle();
    const elements = toElements(graph);
    const generic = [
      { group: 'nodes' as const, data: { id: 'g1', degree: 1, z: 0 }, classes: ['generic'] },
      { group: 'nodes' as const, data: { id: 'g2', degree: 1, z: 0 }, classes: ['generic'] },
      {
        group: 'edges' as const,
        data: { id: 'gd', source: 'g1', target: 'g2', kind: 'generic' as const },
        classes: ['generic'],
      },
      {
        group: 'edges' as const,
        data: { id: 'gu', source: 'g2', target: 'g1', kind: 'generic' as const, undirected: true },
        classes: ['generic', 'undirected'],
      },
    ];
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: graphStyle,
      elements: [...elements.nodes, ...elements.edges, ...generic] as cytoscape.ElementDefinition[],
    });
    const kinds = new Set<string>();
    cy.edges().forEach((edge) => {
      const style = layerStyle(edge.data() as EdgeData);
      const line = String(parsedStyle(edge, 'line-style').value);
      expect({
        color: toHexColor(parsedStyle(edge, 'line-color').strValue),
        width: Number(parsedStyle(edge, 'width').pfValue),
        line,
        arrow: String(parsedStyle(edge, 'target-arrow-shape').value),
        arrowScale: Number(parsedStyle(edge, 'arrow-scale').value),
      }).toEqual(style);
      kinds.add(`${String(edge.data('kind'))} ${style.arrow}`);
    });
    cy.destroy();
    expect(kinds).toEqual(
      new Set([
        'statement triangle',
        'reported triangle',
        'about vee',
        'participant circle',
        'affiliation tee',
        'generic triangle',
        'generic none',
      ]),
    );
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

  it("leaves a hub's edges on the layer, but not a highlighted path's", () => {
    // c1 has three edges: at a limit of 2 they stay on the layer; a highlighted one joins
    // whatever the limit (the other two are still over a limit of 1).
    expect([...interactiveEdgeIds(edges, 'c1', new Set(), 3)].sort()).toEqual(['ab', 's1', 's2']);
    expect([...interactiveEdgeIds(edges, 'c1', new Set(), 2)]).toEqual([]);
    expect([...interactiveEdgeIds(edges, 'c1', new Set(['s2']), 1)]).toEqual(['s2']);
  });
});

describe('edgeAt', () => {
  // a → c1 and b → c1 meet at c1; a → c2 runs along the top; c1 → e1 straight down.
  const at = new Map([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 0, y: 100 }],
    ['c1', { x: 100, y: 50 }],
    ['c2', { x: 200, y: 0 }],
    ['e1', { x: 100, y: 200 }],
    ['s1', { x: 300, y: 300 }],
    ['m', { x: 300, y: 300 }],
  ]);
  const plan = planLayer(edges, NO_EMPHASIS);

  it('finds the edge under the point, within the tolerance and half its width', () => {
    expect(edgeAt(plan, at, { x: 100, y: 0 }, 3)).toBe('s3');
    // 4 away from s3 (2.2 wide): within 3 + 1.1, not within 2 + 1.1.
    expect(edgeAt(plan, at, { x: 100, y: 4 }, 3)).toBe('s3');
    expect(edgeAt(plan, at, { x: 100, y: 4 }, 2)).toBeNull();
    expect(edgeAt(plan, at, { x: 100, y: 120 }, 3)).toBe('ab');
    // Beyond an end of the segment, the distance is to that end.
    expect(edgeAt(plan, at, { x: 100, y: 205 }, 3)).toBeNull();
    expect(edgeAt(plan, at, { x: 160, y: 120 }, 3)).toBeNull();
  });

  it('takes the nearest of several, and sees only the shown edges', () => {
    // Near c1 both statements pass; (95, 49) is nearer a → c1 (above b → c1).
    expect(edgeAt(plan, at, { x: 95, y: 47 }, 5)).toBe('s1');
    expect(edgeAt(plan, at, { x: 95, y: 53 }, 5)).toBe('s2');
    const withoutS1 = planLayer(edges, emphasis({ hidden: new Set(['s1']) }));
    expect(edgeAt(withoutS1, at, { x: 95, y: 47 }, 5)).toBe('s2');
    expect(edgeAt(withoutS1, at, { x: 50, y: 25 }, 3)).toBeNull();
    // An edge whose end has no position (a node out of the instance) is not there.
    const noA = new Map([...at].filter(([id]) => id !== 'a'));
    expect(edgeAt(plan, noA, { x: 100, y: 0 }, 3)).toBeNull();
  });

  it("lists each batch's edge ids alongside their ends", () => {
    for (const batch of plan.batches) expect(batch.ends).toHaveLength(2 * batch.ids.length);
    expect(plan.batches.flatMap((b) => b.ids).sort()).toEqual([...plan.shown].sort());
  });
});
