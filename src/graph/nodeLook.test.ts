import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { loadArticle } from '../model/test-support.ts';
import { toElements } from './elements.ts';
import { labelLook, LookBook, lookKey, nodeLook } from './nodeLook.ts';
import { DIMMED_OPACITY, LABEL_SIZES, largeGraphStylesheet, overviewStylesheet } from './style.ts';
import { shownOnCanvas, visibleElementIds } from './visible.ts';

let cores: Core[] = [];
afterEach(() => {
  for (const core of cores) core.destroy();
  cores = [];
});

/** The article's elements, styled headless with `style`, some dimmed, hidden or selected. */
async function article(style: unknown[]): Promise<Core> {
  const { graph } = await loadArticle();
  const { nodes, edges } = toElements(graph);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: style as cytoscape.StylesheetJson,
    elements: [...nodes, ...edges] as cytoscape.ElementDefinition[],
  });
  cy.nodes().forEach((node, i) => {
    if (i % 5 === 1) node.addClass('dimmed');
    if (i % 7 === 2) node.addClass('hidden');
    if (i % 11 === 3) node.addClass('hovered');
  });
  cy.nodes()[4]?.select();
  cores.push(cy);
  return cy;
}

describe('the node layer (overview of a large graph)', () => {
  it('draws every node as Cytoscape draws it without the overview: shape, size, colours, opacity', async () => {
    const large = await article(largeGraphStylesheet(false) as unknown[]);
    const overview = await article(overviewStylesheet() as unknown[]);
    const book = new LookBook(largeGraphStylesheet(false), cytoscape);
    const kinds = new Set<string>();
    overview.nodes().forEach((node) => {
      const look = book.look(node);
      const drawn = large.getElementById(node.id()) as NodeSingular;
      // The hover changes no look but the label's; the selection Cytoscape draws itself.
      if (!drawn.selected()) expect(look).toEqual(nodeLook(drawn));
      kinds.add(`${look.shape} ${look.dashed}`);
    });
    // One probe a distinct look, not one a node.
    expect(book.size).toBeLessThan(overview.nodes().length);
    book.destroy();
    // The article has the three kinds of node and anonymous (dashed) actors.
    expect(kinds).toEqual(
      new Set(['ellipse false', 'ellipse true', 'round-rectangle false', 'diamond false']),
    );
    const opacities = new Set(
      overview
        .nodes()
        .map((n) => new LookBook(largeGraphStylesheet(false), cytoscape).look(n).opacity),
    );
    expect(opacities).toEqual(new Set([1, DIMMED_OPACITY]));
  });

  it('writes each label in the font Cytoscape gives it, and draws the same bodies with labels on', async () => {
    const labelled = await article(largeGraphStylesheet(true) as unknown[]);
    const overview = await article(overviewStylesheet() as unknown[]);
    const book = new LookBook(largeGraphStylesheet(true), cytoscape);
    const plain = new LookBook(largeGraphStylesheet(false), cytoscape);
    const sizes = new Map<string, Set<number>>();
    overview.nodes().forEach((node) => {
      const drawn = labelled.getElementById(node.id()) as NodeSingular;
      if (node.selected() || node.hasClass('hovered')) return;
      expect(book.label(node)).toEqual(labelLook(drawn));
      expect(book.look(node)).toEqual(plain.look(node));
      const kind = String(node.data('kind'));
      if (!sizes.has(kind)) sizes.set(kind, new Set());
      sizes.get(kind)?.add(book.label(node).size);
    });
    book.destroy();
    plain.destroy();
    // Sizes in model units are the on-screen sizes: the large stylesheet is that of zoom 1.
    expect(sizes.get('actor')).toEqual(new Set([LABEL_SIZES.actor.font]));
    expect(sizes.get('claim')).toEqual(new Set([LABEL_SIZES.claim.font]));
  });

  it("sizes a generic graph's nodes by degree and fills them with their own colour", () => {
    const colors = ['#d1495b', '#00798c', '#edae49'];
    const nodes = Array.from({ length: 30 }, (_, i) => ({
      group: 'nodes' as const,
      data: { id: `g${i}`, kind: 'generic', degree: (i * 7) % 31, color: colors[i % 3], z: i },
      classes: ['generic'],
    }));
    const large = cytoscape({
      headless: true,
      styleEnabled: true,
      style: largeGraphStylesheet(false),
      elements: nodes,
    });
    cores.push(large);
    const book = new LookBook(largeGraphStylesheet(false), cytoscape);
    const sizes = new Set<number>();
    large.nodes().forEach((node) => {
      expect(book.look(node)).toEqual(nodeLook(node));
      sizes.add(book.look(node).width);
    });
    book.destroy();
    // Degrees 0 to 30 map onto widths 16 to 40, clamped above 24.
    expect(Math.min(...sizes)).toBe(16);
    expect(Math.max(...sizes)).toBe(40);
    expect(sizes.size).toBeGreaterThan(10);
  });

  it("leaves Cytoscape the nodes' geometry only, but for the hovered and the selected one", async () => {
    const large = await article(largeGraphStylesheet(false) as unknown[]);
    const cy = await article(overviewStylesheet() as unknown[]);
    cy.nodes().forEach((node) => {
      const full = large.getElementById(node.id()) as NodeSingular;
      expect([node.width(), node.height()]).toEqual([full.width(), full.height()]);
      const drawn = node.selected() || node.hasClass('hovered');
      const { opacity: _o, ...look } = nodeLook(node);
      const { opacity: _f, ...fullLook } = nodeLook(full);
      if (drawn) expect(look).toEqual(fullLook);
    });
    const plain = cy.nodes().filter((node) => !node.selected() && !node.hasClass('hovered'));
    // Colours are not resolved for the rest: they keep Cytoscape's default fill.
    expect(new Set(plain.map((node) => nodeLook(node as NodeSingular).fill)).size).toBe(1);
  });

  it('keeps nodes transparent in Cytoscape, but the hovered and the selected one', async () => {
    const cy = await article(overviewStylesheet() as unknown[]);
    const opacity = (node: NodeSingular) =>
      (node as unknown as { pstyle(n: string): { value: number } }).pstyle('opacity').value;
    cy.nodes().forEach((node) => {
      const drawn = node.selected() || node.hasClass('hovered');
      const expected = !drawn ? 0 : node.hasClass('dimmed') ? DIMMED_OPACITY : 1;
      expect(opacity(node)).toBe(expected);
    });
  });

  it('counts transparent nodes as shown, and hidden ones not', async () => {
    const cy = await article(overviewStylesheet() as unknown[]);
    const shown = cy.nodes().filter((node) => !node.hasClass('hidden'));
    expect(visibleElementIds(cy).nodes).toEqual(shown.map((n) => n.id()).sort());
    expect(cy.nodes().filter((node) => shownOnCanvas(node)).length).toBe(shown.length);
    expect(cy.nodes(':visible').length).toBeLessThan(shown.length);
  });

  it('batches nodes that differ only in size', async () => {
    const cy = await article(overviewStylesheet() as unknown[]);
    const book = new LookBook(largeGraphStylesheet(false), cytoscape);
    const looks = cy.nodes().map((node) => book.look(node));
    const sizes = new Set(looks.map((l) => `${l.width}x${l.height}`));
    const keys = new Set(looks.map(lookKey));
    expect(sizes.size).toBeGreaterThan(1);
    expect(keys.size).toBeLessThan(looks.length);
    for (const look of looks) {
      expect(lookKey({ ...look, width: look.width + 5 })).toBe(lookKey(look));
      expect(lookKey({ ...look, fill: 'rgb(1,2,3)' })).not.toBe(lookKey(look));
    }
  });
});
