import type { ElementDefinition, SingularElementArgument, StylesheetJson } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { loadArticle } from '../model/test-support.ts';
import { toElements } from './elements.ts';
import { SketchStyle, type StyledElement } from './sketchStyle.ts';
import { stylesheetAt } from './style.ts';
import { headlessInstances } from './test-support.ts';
import { parsedStyle } from './parsedStyle.ts';

const headless = headlessInstances();

/** The properties the sketch draws, and how Cytoscape's parsed value compares. */
const NUMBERS = [
  'background-opacity',
  'border-width',
  'width',
  'height',
  'opacity',
  'text-opacity',
  'font-size',
  'text-margin-x',
  'text-margin-y',
  'text-max-width',
  'text-background-opacity',
  'text-background-padding',
  'underlay-opacity',
  'underlay-padding',
  'z-index',
  'arrow-scale',
  'control-point-step-size',
];
const NODE_STRINGS = [
  'label',
  'shape',
  'border-style',
  'font-style',
  'font-weight',
  'font-family',
  'text-valign',
  'text-halign',
  'text-wrap',
];
const EDGE_STRINGS = ['line-style', 'target-arrow-shape', 'curve-style'];
const NODE_COLORS = [
  'background-color',
  'border-color',
  'color',
  'text-background-color',
  'underlay-color',
];
const EDGE_COLORS = ['line-color', 'target-arrow-color', 'underlay-color'];

/** A colour as `rgb(r,g,b)`, from `#rrggbb`, `#rgb` or Cytoscape's own `rgb(…)`. */
function rgb(value: string): string {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!hex) return value.replace(/\s+/g, '');
  const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  return `rgb(${r},${g},${b})`;
}

/** Every state a sketched element can be in: label places, emphasis, selection, anonymity. */
const STATES: { classes: string[]; selected: boolean }[] = [
  { classes: [], selected: false },
  { classes: [], selected: true },
  { classes: ['label-top'], selected: false },
  { classes: ['label-right'], selected: false },
  { classes: ['label-left'], selected: false },
  { classes: ['label-hidden'], selected: false },
  { classes: ['dimmed'], selected: false },
  { classes: ['highlighted'], selected: false },
  { classes: ['highlighted', 'label-top'], selected: true },
];

const asStyled = (ele: SingularElementArgument): StyledElement => ({
  group: ele.isNode() ? 'nodes' : 'edges',
  classes: new Set(ele.classes()),
  selected: ele.selected(),
  data: ele.data() as Record<string, unknown>,
});

describe('SketchStyle', () => {
  it("resolves every drawn property of the article's elements as Cytoscape does, in every state", async () => {
    const { graph } = await loadArticle();
    const { nodes, edges } = toElements(graph);
    for (const zoom of [0.45, 1.3]) {
      const sheet = stylesheetAt(zoom);
      const sketch = new SketchStyle(sheet);
      for (const state of STATES) {
        const withState = (def: ElementDefinition): ElementDefinition => {
          const own = Array.isArray(def.classes) ? def.classes : [];
          return { ...def, classes: [...own, ...state.classes], selected: state.selected };
        };
        const cy = headless({ style: sheet, elements: [...nodes, ...edges].map(withState) });
        let compared = 0;
        cy.elements().forEach((ele) => {
          const mine = sketch.resolve(asStyled(ele));
          const where = `${ele.id()} [${state.classes.join(' ')}${state.selected ? ' :selected' : ''}] at ${zoom}`;
          for (const name of NUMBERS) {
            expect(mine.num(name), `${name} of ${where}`).toBeCloseTo(
              Number(parsedStyle(ele, name).pfValue),
              6,
            );
          }
          for (const name of ele.isNode() ? NODE_STRINGS : EDGE_STRINGS) {
            expect(mine.str(name), `${name} of ${where}`).toBe(
              String(parsedStyle(ele, name).strValue),
            );
          }
          for (const name of ele.isNode() ? NODE_COLORS : EDGE_COLORS) {
            expect(rgb(mine.str(name)), `${name} of ${where}`).toBe(
              rgb(String(parsedStyle(ele, name).strValue)),
            );
          }
          if (ele.isEdge()) {
            expect(mine.value('line-dash-pattern'), `dash of ${where}`).toEqual(
              (parsedStyle(ele, 'line-dash-pattern').pfValue as unknown as number[]).map(Number),
            );
          }
          compared += 1;
        });
        expect(compared).toBe(nodes.length + edges.length);
      }
    }
  });

  it('refuses selectors and values it cannot read, rather than drawing them wrong', () => {
    const sheet = (selector: string, value: unknown = 1) =>
      [{ selector, style: { width: value } }] as StylesheetJson;
    expect(() => new SketchStyle(sheet('node > node'))).toThrow(
      /unsupported selector "node > node"/,
    );
    expect(() => new SketchStyle(sheet('node[degree > 3]'))).toThrow(/unsupported selector/);
    expect(() => new SketchStyle(sheet('node', 'mapLayoutData(x, 0, 1, 2, 3)'))).toThrow(
      /unsupported value "mapLayoutData/,
    );
  });

  it("leaves a property to Cytoscape's default when a mapping has no number to map, as Cytoscape does", () => {
    const sheet = [
      { selector: 'node', style: { width: 12 } },
      { selector: 'node.sized', style: { width: 'mapData(degree, 0, 10, 20, 40)' } },
    ] as StylesheetJson;
    const style = new SketchStyle(sheet);
    const node = (degree: unknown): StyledElement => ({
      group: 'nodes',
      classes: new Set(['sized']),
      selected: false,
      data: { degree },
    });
    expect(style.resolve(node(5)).num('width')).toBe(30);
    expect(style.resolve(node(50)).num('width')).toBe(40);
    expect(style.resolve(node('many')).num('width')).toBe(30);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const cy = headless({
      style: sheet,
      elements: [{ data: { id: 'a', degree: 'many' }, classes: ['sized'] }],
    });
    expect(cy.getElementById('a').numericStyle('width')).toBe(30);
    warn.mockRestore();
  });
});
