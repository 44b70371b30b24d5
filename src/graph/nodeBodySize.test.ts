import type { NodeSingular, StylesheetJson } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { TOP_LAYERS } from './labelCulling.ts';
import {
  graphStyle,
  largeGraphStylesheetFollowing,
  nodeBodySize,
  nodeLayer,
  stylesheetFollowing,
} from './style.ts';
import { headlessInstances } from './test-support.ts';

const headless = headlessInstances();

const KINDS = ['actor', 'event', 'claim', 'generic'] as const;
const DEGREES = [0, 1, 2, 3.5, 7, 10, 16, 23, 24, 40];
const MARKS = [[], ['anonymous'], ['contested'], ['highlighted'], ['dimmed'], ['hovered']];

/** Every kind, degree and state, styled by Cytoscape itself. */
function styledNodes(style: StylesheetJson): NodeSingular[] {
  const elements = [];
  for (const kind of KINDS)
    for (const degree of DEGREES)
      for (const marks of MARKS)
        for (const selected of [false, true]) {
          const id = `${kind}-${degree}-${marks.join('')}-${selected}`;
          const classes = [kind, ...(kind === 'actor' ? ['actor-person'] : []), ...marks];
          elements.push({
            data: { id, kind, degree, z: degree * 3, short: id, label: id, color: '#3366aa' },
            classes,
            selected,
          });
        }
  return headless({ style, elements }).nodes().toArray() as NodeSingular[];
}

const asSized = (node: NodeSingular) => ({
  kind: String(node.data('kind')),
  degree: node.data('degree') as unknown,
  z: node.data('z') as unknown,
  hasClass: (name: string) => node.hasClass(name),
  selected: node.selected(),
});

describe('nodeBodySize and nodeLayer', () => {
  for (const [name, style] of [
    ['the stylesheet', graphStyle],
    ['a small graph at a zoom', stylesheetFollowing(() => 0.29)],
    ['a large graph zoomed in', largeGraphStylesheetFollowing(() => 1.3)],
  ] as const) {
    it(`are what Cytoscape resolves from ${name}`, () => {
      const nodes = styledNodes(style);
      expect(nodes.length).toBe(KINDS.length * DEGREES.length * MARKS.length * 2);
      for (const node of nodes) {
        const size = nodeBodySize(asSized(node));
        expect([node.id(), size?.w, size?.h]).toEqual([
          node.id(),
          expect.closeTo(node.outerWidth(), 9),
          expect.closeTo(node.outerHeight(), 9),
        ]);
        expect([node.id(), nodeLayer(asSized(node))]).toEqual([
          node.id(),
          node.numericStyle('z-index'),
        ]);
      }
    });
  }

  it('put the states on their layers, and size nothing without a degree', () => {
    const node = (classes: string[], selected = false) => ({
      kind: 'claim',
      degree: 3,
      z: 12,
      hasClass: (name: string) => classes.includes(name),
      selected,
    });
    expect(nodeLayer(node([]))).toBe(12);
    expect(nodeLayer(node(['hovered']))).toBe(TOP_LAYERS.hovered);
    expect(nodeLayer(node(['hovered'], true))).toBe(TOP_LAYERS.selected);
    expect(nodeLayer(node(['highlighted', 'dimmed'], true))).toBe(TOP_LAYERS.highlighted);
    expect(nodeBodySize({ ...node([]), degree: undefined })).toBeNull();
    expect(nodeBodySize({ ...node([]), degree: '3' })).toBeNull();
  });
});
