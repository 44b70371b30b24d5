import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { ACTOR_TYPES, STANCES } from '../model/schema.ts';
import {
  graphStyle,
  LABEL_SIZES,
  largeGraphStylesheet,
  largeGraphStylesheetFollowing,
  labelStyleFollowing,
  stylesheetAt,
  stylesheetFollowing,
  zoomedLabelStyle,
} from './style.ts';

const selectors = (sheet: typeof graphStyle) =>
  (sheet as { selector: string }[]).map((rule) => rule.selector);

type Rule = { selector: string; style: Record<string, unknown> };

/** Rules whose function values (those that follow the zoom) match `fixed` rule for rule. */
function expectSameRules(following: typeof graphStyle, fixed: typeof graphStyle): void {
  const rules = following as Rule[];
  const expected = fixed as Rule[];
  expect(rules.map((rule) => rule.selector)).toEqual(expected.map((rule) => rule.selector));
  rules.forEach((rule, i) => {
    const values = Object.fromEntries(
      Object.entries(rule.style).map(([name, value]) => [
        name,
        typeof value === 'function' ? (value as () => unknown)() : value,
      ]),
    );
    expect(values).toEqual(expected[i]?.style);
  });
}

describe('stylesheet', () => {
  it('styles every stance and actor type', () => {
    const all = selectors(graphStyle);
    for (const stance of STANCES) expect(all).toContain(`edge.stance-${stance}`);
    for (const type of ACTOR_TYPES) expect(all).toContain(`node.actor-${type}`);
    for (const state of ['.dimmed', '.hidden', 'node.label-hidden', 'node:selected']) {
      expect(all).toContain(state);
    }
  });

  it('keeps labels the same size on screen at any zoom', () => {
    const font = (zoom: number) =>
      (zoomedLabelStyle(zoom) as { selector: string; style: Record<string, unknown> }[]).find(
        (rule) => rule.selector === 'node',
      )?.style['font-size'] as number;
    expect(font(1)).toBe(LABEL_SIZES.actor.font);
    expect(font(0.5) * 0.5).toBeCloseTo(LABEL_SIZES.actor.font);
    expect(font(2) * 2).toBeCloseTo(LABEL_SIZES.actor.font);
    expect(font(0)).toBe(LABEL_SIZES.actor.font);
    expect(stylesheetAt(2)).toHaveLength(graphStyle.length + zoomedLabelStyle(2).length);
  });

  it('has label rules that follow the zoom with the same values as those made for it', () => {
    let zoom = 1;
    const following = labelStyleFollowing(() => zoom);
    expect(stylesheetFollowing(() => zoom)).toHaveLength(graphStyle.length + following.length);
    for (zoom of [0.37, 1, 2.5, 0]) expectSameRules(following, zoomedLabelStyle(zoom));
  });
});

describe('largeGraphStylesheetFollowing', () => {
  let cy: Core | undefined;
  afterEach(() => cy?.destroy());

  it('is the zoom-1 large stylesheet at zoom 1, rule for rule', () => {
    expectSameRules(
      largeGraphStylesheetFollowing(() => 1),
      largeGraphStylesheet(true),
    );
  });

  it('sizes labels for the zoom when a node is restyled, and leaves the others as they were', () => {
    let zoom = 1;
    cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: largeGraphStylesheetFollowing(() => zoom),
      elements: [
        { data: { id: 'a', kind: 'actor', short: 'A', degree: 3 }, classes: 'actor' },
        { data: { id: 'b', kind: 'actor', short: 'B', degree: 3 }, classes: 'actor' },
      ],
    });
    const font = (id: string) => (cy as Core).getElementById(id).numericStyle('font-size');
    // Cytoscape resolves styles lazily: both are resolved here, at zoom 1.
    expect(font('a')).toBeCloseTo(LABEL_SIZES.actor.font, 6);
    expect(font('b')).toBeCloseTo(LABEL_SIZES.actor.font, 6);
    zoom = 2.5;
    (cy.getElementById('a') as unknown as { updateStyle(): void }).updateStyle();
    expect(font('a')).toBeCloseTo(LABEL_SIZES.actor.font / 2.5, 6);
    expect(font('b')).toBeCloseTo(LABEL_SIZES.actor.font, 6);
  });

  it('draws single edges straight, and fans out those that share their nodes', () => {
    cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: graphStyle,
      elements: [
        { data: { id: 'a' }, classes: 'actor' },
        { data: { id: 'b' }, classes: 'claim' },
        { data: { id: 'c' }, classes: 'claim' },
        { data: { id: 'ab', source: 'a', target: 'b' }, classes: 'statement stance-denial' },
        { data: { id: 'ba', source: 'b', target: 'a' }, classes: 'about' },
        {
          data: { id: 'ac', source: 'a', target: 'c' },
          classes: 'statement stance-denial single',
        },
      ],
    });
    const curve = (id: string) => (cy as Core).getElementById(id).style('curve-style');
    expect([curve('ab'), curve('ba'), curve('ac')]).toEqual(['bezier', 'bezier', 'straight']);
  });

  it('gives only the selected edge a label, at its size for the zoom', () => {
    cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: stylesheetFollowing(() => 2),
      elements: [
        { data: { id: 'a' }, classes: 'actor' },
        { data: { id: 'b' }, classes: 'claim' },
        { data: { id: 'ab', source: 'a', target: 'b', label: 'said' }, classes: 'statement' },
      ],
    });
    const edge = cy.getElementById('ab');
    expect(edge.style('label')).toBe('');
    edge.select();
    expect(edge.style('label')).toBe('said');
    expect(edge.numericStyle('font-size')).toBeCloseTo(LABEL_SIZES.edge.font / 2, 6);
    expect(edge.style('text-rotation')).toBe('autorotate');
  });
});
