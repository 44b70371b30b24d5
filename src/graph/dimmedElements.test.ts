import cytoscape, { type Core, type SingularElementArgument } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isDimmed, markDimmed, markedDimmed, withDimmedAsClass } from './dimmedElements.ts';
import { installFastZSort, zSortedElements } from './fastZSort.ts';
import { hasStale, restyleShown, restyleStale, restyleUnmarked } from './hiddenElements.ts';
import { graphStyle, LABEL_SIZES, stylesheetFollowing } from './style.ts';
import { idsOf } from './visible.ts';

let cy: Core | undefined;
afterEach(() => {
  cy?.destroy();
  cy = undefined;
  vi.restoreAllMocks();
});

/** n0 → n1 → n2 → n3, styled with the app's stylesheet (label sizes following `zoom.value`). */
function chain() {
  const zoom = { value: 1 };
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: stylesheetFollowing(() => zoom.value),
    elements: [
      ...[0, 1, 2, 3].map((i) => ({
        group: 'nodes' as const,
        data: { id: `n${i}`, short: `node ${i}`, z: 3000 + i },
        classes: 'actor',
      })),
      ...[0, 1, 2].map((i) => ({
        group: 'edges' as const,
        data: { id: `e${i}`, source: `n${i}`, target: `n${i + 1}` },
        classes: 'statement',
      })),
    ],
  });
  return { core: cy, zoom };
}

const ids = (eles: SingularElementArgument[]) => eles.map((e) => e.id());

describe('dimming by marks', () => {
  it('marks without restyling, and says which changed', () => {
    const { core } = chain();
    const restyled: string[] = [];
    core.on('style', (event) => restyled.push((event.target as SingularElementArgument).id()));
    expect(ids(markDimmed(core, new Set(['n1', 'e0'])))).toEqual(['n1', 'e0']);
    expect(restyled).toEqual([]);
    expect(isDimmed(core.$id('n1'))).toBe(true);
    expect(isDimmed(core.$id('n2'))).toBe(false);
    expect(core.$id('n1').hasClass('dimmed')).toBe(false);
    expect(ids(markDimmed(core, new Set(['n1', 'n2'])))).toEqual(['n2', 'e0']);
    expect([...markedDimmed(core)]).toEqual(['n1', 'n2']);
    // What the test handle reads: `.dimmed` counts the marks.
    expect(idsOf(core, '.dimmed')).toEqual({ nodes: ['n1', 'n2'], edges: [] });
    expect(ids(markDimmed(core, new Set()))).toEqual(['n1', 'n2']);
    expect(isDimmed(core.$id('n1'))).toBe(false);
  });

  it('puts marked elements beneath the others, as the class would', () => {
    const { core } = chain();
    markDimmed(core, new Set(['n3', 'e1']));
    const byMarks = zSortedElements(core).map((e) => e.id());
    markDimmed(core, new Set());
    core.$('#n3, #e1').addClass('dimmed');
    expect(byMarks).toEqual(zSortedElements(core).map((e) => e.id()));
    // The busiest-looking node (highest z) went below the other nodes.
    expect(byMarks.indexOf('n3')).toBeLessThan(byMarks.indexOf('n0'));
  });

  it('gives the marks as the class while a picture is drawn, and takes it off after', () => {
    const { core } = chain();
    markDimmed(core, new Set(['n1']));
    core.$id('n2').addClass('dimmed');
    const during = withDimmedAsClass(core, () => ({
      n1: core.$id('n1').hasClass('dimmed'),
      opacity: core.$id('n1').numericStyle('opacity'),
    }));
    expect(during).toEqual({ n1: true, opacity: 0.14 });
    expect(core.$id('n1').hasClass('dimmed')).toBe(false);
    // A class it did not add stays.
    expect(core.$id('n2').hasClass('dimmed')).toBe(true);
    expect(() =>
      withDimmedAsClass(core, () => {
        throw new Error('drawing failed');
      }),
    ).toThrow('drawing failed');
    expect(core.$id('n1').hasClass('dimmed')).toBe(false);
  });

  it('leaves marked elements out of a zoom restyle, and catches them up after', () => {
    const { core, zoom } = chain();
    const font = (id: string) => core.$id(id).numericStyle('font-size');
    markDimmed(core, new Set(['n1']));
    font('n1');
    zoom.value = 2;
    restyleShown(core);
    expect(font('n0')).toBe(LABEL_SIZES.actor.font / 2);
    expect(font('n1')).toBe(LABEL_SIZES.actor.font);
    expect(hasStale(core)).toBe(true);
    // Caught up while still marked (restyleStale, once the view is still)…
    expect(restyleStale(core, 10)).toBe(false);
    expect(font('n1')).toBe(LABEL_SIZES.actor.font / 2);
    // …or when the mark goes, if it was not.
    zoom.value = 4;
    restyleShown(core);
    restyleUnmarked(core, markDimmed(core, new Set()));
    expect(font('n1')).toBe(LABEL_SIZES.actor.font / 4);
    expect(hasStale(core)).toBe(false);
  });

  it('has the renderer sort again when the marks change', () => {
    const { core } = chain();
    expect(graphStyle.some((rule) => rule.selector === '.dimmed')).toBe(true);
    const renderer = {
      cachedZSortedEles: null as unknown,
      notify(eventName: string) {
        if (eventName === 'zorder') this.cachedZSortedEles = null;
      },
      updateCachedGrabbedEles() {},
      getCachedZSortedEles() {
        return this.cachedZSortedEles;
      },
    };
    vi.spyOn(core as unknown as { renderer(): unknown }, 'renderer').mockReturnValue(renderer);
    installFastZSort(core);
    const first = (renderer.getCachedZSortedEles as () => SingularElementArgument[])();
    markDimmed(core, new Set(['n3']));
    const second = (renderer.getCachedZSortedEles as () => SingularElementArgument[])();
    expect(second).not.toBe(first);
    expect(ids(second).indexOf('n3')).toBeLessThan(ids(second).indexOf('n0'));
  });
});
