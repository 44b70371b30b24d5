import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { loadArticle } from '../model/test-support.ts';
import { renderedBody } from './canvasLabels.ts';
import { toElements } from './elements.ts';
import { stylesheetAt } from './style.ts';

let cores: Core[] = [];
afterEach(() => {
  for (const core of cores) core.destroy();
  cores = [];
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
