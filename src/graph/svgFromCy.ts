/**
 * Reads what the canvas draws (visible elements, their positions, resolved styles and
 * dimming) into an SvgPicture for svgDocument.ts.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { SvgEdge, SvgNode, SvgPicture } from './svgDocument.ts';

const DASHES: Record<string, string | undefined> = { dashed: '6 4', dotted: '1.5 3' };

function nodeOf(node: NodeSingular): SvgNode {
  const width = node.width();
  const height = node.height();
  const fontSize = node.numericStyle('font-size') || 10;
  const shown = node.numericStyle('text-opacity') > 0 && node.style('text-opacity') !== '0';
  const label = shown ? String(node.style('label') ?? '') : '';
  const valign = node.style('text-valign');
  const halign = node.style('text-halign');
  const marginY = node.numericStyle('text-margin-y') || 0;
  const marginX = node.numericStyle('text-margin-x') || 0;
  let labelDy = height / 2 + fontSize + marginY;
  if (valign === 'top') labelDy = -height / 2 + marginY - 2;
  else if (valign === 'center') labelDy = fontSize / 3 + marginY;
  let labelDx = marginX;
  let labelAnchor: SvgNode['labelAnchor'] = 'middle';
  if (halign === 'left') {
    labelDx = -width / 2 + marginX - 2;
    labelAnchor = 'end';
  } else if (halign === 'right') {
    labelDx = width / 2 + marginX + 2;
    labelAnchor = 'start';
  }
  return {
    x: node.position('x'),
    y: node.position('y'),
    width,
    height,
    shape: String(node.style('shape')),
    fill: String(node.style('background-color')),
    stroke: String(node.style('border-color')),
    strokeWidth: node.numericStyle('border-width'),
    strokeDash: DASHES[String(node.style('border-style'))],
    opacity: node.effectiveOpacity() * (node.numericStyle('background-opacity') > 0 ? 1 : 0.6),
    label: label === '' ? undefined : label,
    labelColor: String(node.style('color')),
    fontSize,
    fontStyle: String(node.style('font-style')),
    fontWeight: String(node.style('font-weight')),
    labelDy,
    labelDx,
    labelAnchor,
  };
}

function edgeOf(edge: EdgeSingular): SvgEdge {
  const start = edge.sourceEndpoint();
  const end = edge.targetEndpoint();
  const controls = (edge.controlPoints() as Array<{ x: number; y: number }> | undefined) ?? [];
  // Multi-bend beziers are drawn as a polyline through their control points.
  const points = controls.length === 1 ? [start, controls[0]!, end] : [start, ...controls, end];
  return {
    points,
    color: String(edge.style('line-color')),
    width: edge.numericStyle('width'),
    dash: DASHES[String(edge.style('line-style'))],
    opacity: edge.effectiveOpacity(),
    arrow: edge.style('target-arrow-shape') !== 'none',
  };
}

/** The visible elements as a picture; `scale` is output pixels per model unit. */
export function pictureOf(cy: Core, scale: number, background?: string): SvgPicture {
  const nodes = cy.nodes(':visible');
  const edges = cy.edges(':visible');
  const bb = cy.elements(':visible').boundingBox({ includeLabels: true });
  const pad = 10;
  return {
    box: { x: bb.x1 - pad, y: bb.y1 - pad, w: bb.w + 2 * pad, h: bb.h + 2 * pad },
    scale,
    background,
    edges: edges.map(edgeOf),
    nodes: nodes.map(nodeOf),
  };
}
