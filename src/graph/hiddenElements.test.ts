import cytoscape, { type Core, type SingularElementArgument } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { installFastZSort } from './fastZSort.ts';
import {
  hasStale,
  isMarkedHidden,
  markHidden,
  markedHidden,
  restyleElements,
  restyleShown,
  restyleStale,
  withHiddenTakenOut,
} from './hiddenElements.ts';
import { LABEL_SIZES, stylesheetFollowing } from './style.ts';
import { idsOf, shownOnCanvas, visibleElementIds } from './visible.ts';

let cy: Core | undefined;
afterEach(() => {
  cy?.destroy();
  cy = undefined;
});

/** n0 → n1 → n2 → n3, plus a second edge n1 → n2 (a parallel pair), at distinct positions. */
function chain(): Core {
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    elements: [
      ...[0, 1, 2, 3].map((i) => ({
        group: 'nodes' as const,
        data: { id: `n${i}` },
        position: { x: i * 100, y: i * 10 },
      })),
      { group: 'edges', data: { id: 'e0', source: 'n0', target: 'n1' } },
      { group: 'edges', data: { id: 'e1', source: 'n1', target: 'n2' } },
      { group: 'edges', data: { id: 'e1b', source: 'n1', target: 'n2' } },
      { group: 'edges', data: { id: 'e2', source: 'n2', target: 'n3' } },
    ],
  });
  return cy;
}

const ids = (eles: SingularElementArgument[]) => eles.map((ele) => ele.id()).sort();

/**
 * Cytoscape's canvas renderer, without a canvas: the z-sorted list (which fastZSort replaces)
 * and a `notify` that only drops the list, as the real one does on 'zorder'.
 */
function withRenderer(core: Core) {
  const Renderer = (cytoscape as unknown as (kind: string, name: string) => { prototype: object })(
    'renderer',
    'canvas',
  );
  const renderer = Object.assign(Object.create(Renderer.prototype) as object, {
    cy: core,
    cachedZSortedEles: null,
    notified: [] as string[],
    updateCachedGrabbedEles() {},
    notify(this: { cachedZSortedEles: unknown; notified: string[] }, name: string) {
      this.notified.push(name);
      if (name === 'zorder') this.cachedZSortedEles = null;
    },
  }) as unknown as {
    notified: string[];
    getCachedZSortedEles(force?: boolean): SingularElementArgument[] & {
      interactive?: SingularElementArgument[];
    };
  };
  Object.assign(core, { renderer: () => renderer });
  installFastZSort(core);
  return renderer;
}

describe('markHidden', () => {
  it('hides the asked elements and the edges of hidden nodes, and says what changed', () => {
    const core = chain();
    expect(ids(markHidden(core, new Set(['n2', 'e0'])))).toEqual(['e0', 'e1', 'e1b', 'e2', 'n2']);
    expect([...markedHidden(core)].sort()).toEqual(['e0', 'e1', 'e1b', 'e2', 'n2']);
    expect(isMarkedHidden(core.$id('e2'))).toBe(true);
    expect(isMarkedHidden(core.$id('n1'))).toBe(false);
    // The same again changes nothing; another set changes the difference only.
    expect(markHidden(core, new Set(['n2', 'e0']))).toEqual([]);
    expect(ids(markHidden(core, new Set(['e1'])))).toEqual(['e0', 'e1b', 'e2', 'n2']);
    expect(ids(markHidden(core, new Set()))).toEqual(['e1']);
    expect(markedHidden(core).size).toBe(0);
  });

  it('restyles nothing and keeps every element in the instance, where it was', () => {
    const core = chain();
    const styled = (id: string) => core.$id(id).style('label');
    styled('n2');
    markHidden(core, new Set(['n2']));
    expect(core.elements().length).toBe(8);
    expect(core.$id('n2').position()).toEqual({ x: 200, y: 20 });
    expect(
      (core.$id('n2')[0] as unknown as { _private: { styleDirty: boolean } })._private.styleDirty,
    ).toBe(false);
  });

  it('makes the renderer leave hidden elements out of what it draws and hit-tests', () => {
    const core = chain();
    const renderer = withRenderer(core);
    expect(renderer.getCachedZSortedEles().length).toBe(8);
    markHidden(core, new Set(['n3']));
    expect(renderer.notified).toEqual(['zorder']);
    const list = renderer.getCachedZSortedEles();
    expect(ids(list)).toEqual(['e0', 'e1', 'e1b', 'n0', 'n1', 'n2']);
    expect(ids(list.interactive ?? [])).toEqual(['e0', 'e1', 'e1b', 'n0', 'n1', 'n2']);
    markHidden(core, new Set());
    expect(renderer.getCachedZSortedEles().length).toBe(8);
    // Nothing changed: no redraw asked.
    markHidden(core, new Set());
    expect(renderer.notified).toEqual(['zorder', 'zorder']);
  });

  it('is what shownOnCanvas, visibleElementIds and idsOf go by', () => {
    const core = chain();
    core.$id('n1').addClass('dimmed');
    core.$id('n3').addClass('dimmed');
    markHidden(core, new Set(['n3']));
    expect(shownOnCanvas(core.$id('n3'))).toBe(false);
    expect(shownOnCanvas(core.$id('e2'))).toBe(false);
    expect(shownOnCanvas(core.$id('n2'))).toBe(true);
    expect(visibleElementIds(core)).toEqual({
      nodes: ['n0', 'n1', 'n2'],
      edges: ['e0', 'e1', 'e1b'],
    });
    // n3 keeps its class while hidden, but is not reported dimmed.
    expect(idsOf(core, '.dimmed')).toEqual({ nodes: ['n1'], edges: [] });
  });
});

describe('withHiddenTakenOut', () => {
  it('runs its work without the hidden elements and puts them back as they were', () => {
    const core = chain();
    markHidden(core, new Set(['n3']));
    const seen = withHiddenTakenOut(core, () => ({
      nodes: core.nodes(':visible').map((n) => n.id()),
      right: core.elements(':visible').boundingBox().x2,
    }));
    expect(seen.nodes).toEqual(['n0', 'n1', 'n2']);
    expect(seen.right).toBeLessThan(250);
    expect(core.elements().length).toBe(8);
    expect(core.$id('n3').position()).toEqual({ x: 300, y: 30 });
    expect(core.$id('e2').target().id()).toBe('n3');
    expect(isMarkedHidden(core.$id('e2'))).toBe(true);
    expect(core.elements(':visible').boundingBox().x2).toBeGreaterThan(300);
  });

  it('puts them back when the work throws', () => {
    const core = chain();
    markHidden(core, new Set(['n0']));
    expect(() =>
      withHiddenTakenOut(core, () => {
        throw new Error('no picture');
      }),
    ).toThrow('no picture');
    expect(core.elements().length).toBe(8);
    expect(core.$id('e0').target().id()).toBe('n1');
  });

  it('runs the work alone when nothing is hidden', () => {
    const core = chain();
    expect(withHiddenTakenOut(core, () => core.elements().length)).toBe(8);
  });
});

describe('restyleShown', () => {
  /** The chain, styled with label sizes that follow `zoom.value`. */
  function following() {
    const zoom = { value: 1 };
    const core = chain();
    core.style(stylesheetFollowing(() => zoom.value));
    return { core, zoom, font: (id: string) => core.$id(id).numericStyle('font-size') };
  }

  it('restyles shown elements for a new zoom, and hidden ones once shown again', () => {
    const { core, zoom, font } = following();
    expect(font('n0')).toBe(LABEL_SIZES.actor.font);
    markHidden(core, new Set(['n3']));
    font('n3');
    zoom.value = 2;
    restyleShown(core);
    expect(font('n0')).toBe(LABEL_SIZES.actor.font / 2);
    // n3 missed it: it keeps the size it had until it is shown.
    expect(font('n3')).toBe(LABEL_SIZES.actor.font);
    expect(hasStale(core)).toBe(true);
    markHidden(core, new Set());
    expect(font('n3')).toBe(LABEL_SIZES.actor.font / 2);
    expect(hasStale(core)).toBe(false);
  });

  it('restyles the hidden ones that missed it a chunk at a time', () => {
    const { core, zoom, font } = following();
    // Only a selected edge has a label, and label sizes.
    core.$id('e2').select();
    markHidden(core, new Set(['n2', 'n3']));
    ['n2', 'n3', 'e1', 'e1b', 'e2'].forEach((id) => core.$id(id).numericStyle('font-size'));
    zoom.value = 4;
    restyleShown(core);
    // Five hidden: n2, n3 and the edges of n2.
    expect(restyleStale(core, 3)).toBe(true);
    expect(restyleStale(core, 3)).toBe(false);
    expect(hasStale(core)).toBe(false);
    expect(font('n2')).toBe(LABEL_SIZES.actor.font / 4);
    expect(font('n3')).toBe(LABEL_SIZES.actor.font / 4);
    expect(core.$id('e2').numericStyle('font-size')).toBe(LABEL_SIZES.edge.font / 4);
    expect(isMarkedHidden(core.$id('n2'))).toBe(true);
  });

  it('restyles only the shown elements `now` accepts; a class change restyles the others', () => {
    const { core, zoom, font } = following();
    core.$id('n1').addClass('label-hidden');
    core.$id('e0').select();
    ['n0', 'n1', 'e0'].forEach((id) => core.$id(id).numericStyle('font-size'));
    zoom.value = 2;
    restyleShown(core, (ele) => ele.isNode() && !ele.hasClass('label-hidden'));
    expect(font('n0')).toBe(LABEL_SIZES.actor.font / 2);
    expect(font('n1')).toBe(LABEL_SIZES.actor.font);
    expect(core.$id('e0').numericStyle('font-size')).toBe(LABEL_SIZES.edge.font);
    // Nothing is left to catch up: they draw no label.
    expect(hasStale(core)).toBe(false);
    // A class change applies every value that follows the zoom.
    core.$id('n1').removeClass('label-hidden');
    expect(font('n1')).toBe(LABEL_SIZES.actor.font / 2);
    core.$id('e0').addClass('hovered');
    expect(core.$id('e0').numericStyle('font-size')).toBe(LABEL_SIZES.edge.font / 2);
  });
});

describe('restyleElements', () => {
  // Cytoscape keeps each element's bounding box until something says it changed; a class
  // change does, `updateStyle` alone does not. In the browser a label then kept the box of the
  // zoom it was first measured at (the e2e test of labels shown again by a cleared filter).
  it('drops the bounding boxes measured before, as a class change does', () => {
    cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [{ data: { id: 'a' }, position: { x: 0, y: 0 } }],
    });
    const node = cy.getElementById('a');
    const cached = () => (node as unknown as { _private: { bbCache: unknown } })._private.bbCache;
    node.boundingBox();
    expect(cached()).not.toBeNull();
    restyleElements(cy, [node]);
    expect(cached()).toBeNull();
  });
});
