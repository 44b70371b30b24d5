import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { drawnSubset, installDrawnOnly, paintsNothing, type DrawList } from './drawnElements.ts';

let cy: Core | undefined;
afterEach(() => {
  cy?.destroy();
  cy = undefined;
});

/** Nodes a–f and edges between them; `.clear` nodes are transparent, as in the overview. */
function instance(): Core {
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({
        group: 'nodes' as const,
        data: { id },
        classes: id === 'a' || id === 'c' || id === 'e' ? 'clear' : '',
      })),
      { group: 'edges', data: { id: 'ab', source: 'a', target: 'b' } },
      { group: 'edges', data: { id: 'cd', source: 'c', target: 'd' }, classes: 'clear' },
    ],
    style: [
      { selector: '.clear', style: { opacity: 0 } },
      // A transparent node with an overlay still paints its overlay.
      { selector: '#e', style: { 'overlay-opacity': 0.2 } },
      { selector: '.dimmed', style: { opacity: 0.14 } },
    ],
  });
  return cy;
}

const ids = (list: readonly { id(): string }[] | undefined) => list?.map((ele) => ele.id());

/** The elements in the order given, split into drag (d, f) and non-drag layers. */
function drawList(core: Core): DrawList {
  const all = core.elements().toArray() as DrawList;
  all.drag = all.filter((ele) => ele.id() === 'd' || ele.id() === 'f');
  all.nondrag = all.filter((ele) => ele.id() !== 'd' && ele.id() !== 'f');
  all.interactive = all;
  return all;
}

describe('paintsNothing', () => {
  it('is true only for transparent elements without an overlay or underlay', () => {
    const core = instance();
    const nothing = core.elements().filter((ele) => paintsNothing(ele));
    expect(nothing.map((ele) => ele.id()).sort()).toEqual(['a', 'c', 'cd']);
    core.$id('b').addClass('dimmed');
    expect(paintsNothing(core.$id('b'))).toBe(false);
  });
});

describe('drawnSubset', () => {
  it('drops what paints nothing from the list and both layers, in order', () => {
    const all = drawList(instance());
    const drawn = drawnSubset(all);
    expect(ids(drawn)).toEqual(['b', 'e', 'ab', 'd', 'f']);
    expect(ids(drawn.drag)).toEqual(['d', 'f']);
    expect(ids(drawn.nondrag)).toEqual(['b', 'e', 'ab']);
    // Hit tests keep every interactive element.
    expect(drawn.interactive).toBe(all.interactive);
  });

  it('follows the current styles: a node that becomes opaque is drawn', () => {
    const core = instance();
    core.$id('a').removeClass('clear');
    expect(ids(drawnSubset(drawList(core)))).toContain('a');
  });

  it('returns the list itself when everything paints', () => {
    const core = instance();
    core.elements().removeClass('clear');
    const all = drawList(core);
    expect(drawnSubset(all)).toBe(all);
  });
});

/**
 * A stand-in for Cytoscape's canvas renderer (a headless instance has none): it keeps the
 * z-sorted list, records what each render drew, and reports recalculated elements the way
 * the real one does before a frame.
 */
function fakeRenderer(core: Core) {
  const calcs: ((willDraw: boolean, eles: cytoscape.SingularElementArgument[]) => void)[] = [];
  const renderer = {
    cachedZSortedEles: drawList(core) as DrawList | null,
    drawnByRender: [] as string[][],
    getCachedZSortedEles() {
      return (this.cachedZSortedEles ??= drawList(core));
    },
    render() {
      this.drawnByRender.push(ids(this.getCachedZSortedEles().nondrag) ?? []);
    },
    onUpdateEleCalcs(fn: (typeof calcs)[number]) {
      calcs.push(fn);
    },
    /** A frame: the renderer recalculates `changed`, then renders. */
    frame(changed: cytoscape.SingularElementArgument[] = []) {
      for (const fn of calcs) fn(true, changed);
      this.render();
    },
  };
  installDrawnOnly({ renderer: () => renderer, on: core.on.bind(core) } as unknown as Core);
  return renderer;
}

describe('installDrawnOnly', () => {
  it('hands render the drawn elements only, and hit tests the whole list after it', () => {
    const core = instance();
    const renderer = fakeRenderer(core);
    const all = renderer.cachedZSortedEles;
    renderer.frame();
    expect(renderer.drawnByRender).toEqual([['b', 'e', 'ab']]);
    expect(renderer.cachedZSortedEles).toBe(all);
  });

  it('draws a node once the renderer has recalculated it, not before', () => {
    const core = instance();
    const renderer = fakeRenderer(core);
    renderer.frame();
    core.$id('a').removeClass('clear');
    // Not recalculated yet: the verdict (and the list) kept from the last frame stand.
    renderer.frame();
    expect(renderer.drawnByRender[1]).toEqual(['b', 'e', 'ab']);
    renderer.frame([core.$id('a')]);
    expect(renderer.drawnByRender[2]).toEqual(['a', 'b', 'e', 'ab']);
  });

  it('judges elements added after the last frame', () => {
    const core = instance();
    const renderer = fakeRenderer(core);
    renderer.frame();
    core.add([
      { group: 'nodes', data: { id: 'g' } },
      { group: 'nodes', data: { id: 'h' }, classes: 'clear' },
    ]);
    renderer.cachedZSortedEles = null;
    renderer.frame();
    expect(renderer.drawnByRender[1]).toEqual(['b', 'e', 'ab', 'g']);
  });
});
