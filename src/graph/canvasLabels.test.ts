import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadArticle } from '../model/test-support.ts';
import { placeHiddenLabels, refreshLabels, renderedBody } from './canvasLabels.ts';
import { markDimmed } from './dimmedElements.ts';
import { markHidden } from './hiddenElements.ts';
import { toElements } from './elements.ts';
import { ringPositions } from './positions.ts';
import { stylesheetAt } from './style.ts';

let cores: Core[] = [];
afterEach(() => {
  for (const core of cores) core.destroy();
  cores = [];
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('renderedBody', () => {
  it("is each node's body on screen, as Cytoscape bounds it without labels", async () => {
    const { graph } = await loadArticle();
    const { nodes, edges } = toElements(graph);
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: stylesheetAt(0.4),
      elements: [...nodes, ...edges] as cytoscape.ElementDefinition[],
    });
    cores.push(cy);
    // Every look the body can have: selected, highlighted and contested borders, anonymous
    // actors, events and claims of every degree.
    cy.nodes()[3]?.select();
    cy.nodes()[7]?.addClass('highlighted');
    cy.nodes()[9]?.addClass('hovered');
    cy.viewport({ zoom: 0.4, pan: { x: 120, y: -35 } });
    const shapes = new Set<string>();
    cy.nodes().forEach((node) => {
      const box = node.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
      const body = renderedBody(node, cy.zoom(), cy.pan());
      for (const key of ['x1', 'y1', 'x2', 'y2', 'w', 'h'] as const)
        expect(body[key]).toBeCloseTo(box[key], 6);
      shapes.add(`${String(node.style('shape'))} ${String(node.style('border-width'))}`);
    });
    // The article has round, rectangular and diamond nodes with thin, thick and selected borders.
    expect(shapes.size).toBeGreaterThanOrEqual(5);
  });
});

describe('refreshLabels', () => {
  const LABEL_CLASSES = ['label-hidden', 'label-top', 'label-right', 'label-left'];
  const labelClasses = (cy: Core) =>
    new Map(cy.nodes().map((n) => [n.id(), LABEL_CLASSES.filter((c) => n.hasClass(c)).join()]));

  /** The article at a zoom that shows only part of it on an 800 × 600 canvas. */
  async function zoomedIn(): Promise<{ cy: Core; onCanvas: Set<string> }> {
    // No 2D canvas in Node: text widths are estimated from the length.
    vi.stubGlobal('document', { createElement: () => ({ getContext: () => null }) });
    const { graph } = await loadArticle();
    const { nodes, edges } = toElements(graph);
    const positions = ringPositions(
      nodes.map((n) => ({ id: n.data.id, kind: n.data.kind, degree: n.data.degree ?? 0 })),
    );
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: stylesheetAt(1.5),
      elements: [...nodes, ...edges] as cytoscape.ElementDefinition[],
      layout: { name: 'preset', positions, fit: false },
    });
    cores.push(cy);
    vi.spyOn(cy, 'width').mockReturnValue(800);
    vi.spyOn(cy, 'height').mockReturnValue(600);
    const first = cy.nodes()[0];
    if (!first) throw new Error('the article has nodes');
    cy.viewport({ zoom: 1.5, pan: { x: 0, y: 0 } });
    cy.center(first);
    // Every node starts with a label place no pass would give all of them.
    cy.nodes().addClass('label-left');
    const onCanvas = new Set<string>();
    cy.nodes().forEach((node) => {
      const b = renderedBody(node, cy.zoom(), cy.pan());
      if (b.x2 >= 0 && b.x1 <= 800 && b.y2 >= 0 && b.y1 <= 600) onCanvas.add(node.id());
    });
    return { cy, onCanvas };
  }

  it('in view, places the labels of the nodes on the canvas only and counts the others', async () => {
    const { cy, onCanvas } = await zoomedIn();
    const offCanvas = cy.nodes().length - onCanvas.size;
    expect(onCanvas.size).toBeGreaterThan(3);
    expect(offCanvas).toBeGreaterThan(10);

    expect(refreshLabels(cy, { inView: true })).toBe(offCanvas);
    const after = labelClasses(cy);
    // Those off the canvas keep what they had; those on it were placed (not all on the left).
    for (const [id, classes] of after) if (!onCanvas.has(id)) expect(classes).toBe('label-left');
    expect([...onCanvas].filter((id) => after.get(id) !== 'label-left').length).toBeGreaterThan(0);

    // A full pass places the rest and leaves none out.
    expect(refreshLabels(cy)).toBe(0);
    const full = labelClasses(cy);
    expect(
      [...full].filter(([id, classes]) => !onCanvas.has(id) && classes !== 'label-left').length,
    ).toBeGreaterThan(0);
  });

  it('leaves out nothing when every node takes part', async () => {
    const { cy } = await zoomedIn();
    expect(refreshLabels(cy)).toBe(0);
    expect([...labelClasses(cy).values()].filter((c) => c === 'label-left').length).toBeLessThan(
      cy.nodes().length,
    );
  });

  it('gives hidden nodes the places they take once shown again, a chunk at a time', async () => {
    const changedBy = (before: Map<string, string>, after: Map<string, string>, ids: string[]) =>
      ids.filter((id) => before.get(id) !== after.get(id));
    // The nodes on the canvas but a few hidden, with labels placed for the shown ones.
    const setUp = async () => {
      const { cy, onCanvas } = await zoomedIn();
      const shown = [...onCanvas].slice(0, 3);
      const hidden = cy
        .nodes()
        .map((n) => n.id())
        .filter((id) => !shown.includes(id));
      markHidden(cy, new Set(hidden));
      refreshLabels(cy, { inView: true });
      return { cy, hidden: hidden.filter((id) => onCanvas.has(id)) };
    };
    const clear = (cy: Core) => {
      markHidden(cy, new Set());
      const before = labelClasses(cy);
      refreshLabels(cy, { inView: true });
      return { before, after: labelClasses(cy) };
    };

    // Without it, clearing moves the labels of hidden nodes on the canvas.
    const plain = await setUp();
    const moved = clear(plain.cy);
    const movedIds = changedBy(moved.before, moved.after, plain.hidden);
    expect(movedIds.length).toBeGreaterThan(2);

    // With it, two at a time: the chunks change two each, then nothing is left to change.
    const placed = await setUp();
    let before = labelClasses(placed.cy);
    expect(placeHiddenLabels(placed.cy, 2)).toBe(true);
    expect(changedBy(before, labelClasses(placed.cy), placed.hidden)).toHaveLength(2);
    let rounds = 0;
    while (placeHiddenLabels(placed.cy, 2)) rounds += 1;
    expect(rounds).toBeGreaterThan(0);
    before = labelClasses(placed.cy);
    expect(placeHiddenLabels(placed.cy, 2)).toBe(false);
    expect(changedBy(before, labelClasses(placed.cy), placed.hidden)).toEqual([]);
    // Shown again, they keep those places: the clearing restyles none of them.
    const cleared = clear(placed.cy);
    expect(changedBy(cleared.before, cleared.after, placed.hidden)).toEqual([]);
    // And they are where a clearing without it puts them.
    for (const id of placed.hidden) expect(cleared.after.get(id)).toBe(moved.after.get(id));
  });

  it('does the same for nodes dimmed by marks, as a focus cleared undims them', async () => {
    const { cy, onCanvas } = await zoomedIn();
    const bright = [...onCanvas].slice(0, 3);
    const dimmed = cy
      .nodes()
      .map((n) => n.id())
      .filter((id) => !bright.includes(id));
    markDimmed(cy, new Set(dimmed));
    refreshLabels(cy, { inView: true });
    while (placeHiddenLabels(cy, 5));
    markDimmed(cy, new Set());
    const before = labelClasses(cy);
    refreshLabels(cy, { inView: true });
    const after = labelClasses(cy);
    const onCanvasDimmed = dimmed.filter((id) => onCanvas.has(id));
    expect(onCanvasDimmed.length).toBeGreaterThan(3);
    expect(onCanvasDimmed.filter((id) => before.get(id) !== after.get(id))).toEqual([]);
  });
});
