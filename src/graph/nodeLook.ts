/**
 * How a large graph's node layer draws a node (edgeLayer.ts): its shape, size, fill and
 * border as Cytoscape resolved them from the stylesheet, and its opacity from its state. In
 * the overview the stylesheet keeps the nodes transparent in Cytoscape (overviewStylesheet),
 * so the opacity is not Cytoscape's: it is the dimmed state's, or full.
 */
import type { NodeSingular } from 'cytoscape';
import { DIMMED_OPACITY } from './style.ts';

export type LayerShape = 'ellipse' | 'round-rectangle' | 'rectangle' | 'diamond';

export interface NodeLook {
  shape: LayerShape;
  width: number;
  height: number;
  fill: string;
  fillOpacity: number;
  border: string;
  borderWidth: number;
  dashed: boolean;
  opacity: number;
}

/** Internal Cytoscape element method, missing from its types: a parsed style property. */
type Styled = NodeSingular & {
  pstyle(name: string): { value: unknown; strValue: string; pfValue?: number };
};

function layerShape(shape: string): LayerShape {
  if (shape === 'roundrectangle' || shape === 'round-rectangle') return 'round-rectangle';
  if (shape === 'rectangle' || shape === 'diamond') return shape;
  return 'ellipse';
}

export function nodeLook(node: NodeSingular): NodeLook {
  const styled = node as Styled;
  return {
    shape: layerShape(String(styled.pstyle('shape').value)),
    width: node.width(),
    height: node.height(),
    fill: styled.pstyle('background-color').strValue,
    fillOpacity: Number(styled.pstyle('background-opacity').value),
    border: styled.pstyle('border-color').strValue,
    borderWidth: Number(styled.pstyle('border-width').pfValue ?? 0),
    dashed: styled.pstyle('border-style').value !== 'solid',
    opacity: node.hasClass('dimmed') ? DIMMED_OPACITY : 1,
  };
}

/** Nodes drawn with one fill and one stroke: the same look but for the size. */
export const lookKey = (look: NodeLook): string =>
  `${look.shape}|${look.fill}|${look.fillOpacity}|${look.border}|${look.borderWidth}|${look.dashed}|${look.opacity}`;

/**
 * Adds a node's outline to the current path (model units), as Cytoscape draws the shape (a
 * round rectangle's corner radius is a quarter of the shorter side, at most 8, as in
 * Cytoscape's getRoundRectangleRadius).
 */
export function traceShape(
  ctx: CanvasRenderingContext2D,
  shape: LayerShape,
  x: number,
  y: number,
  width: number,
  height: number,
): void {
  const w = width / 2;
  const h = height / 2;
  if (shape === 'ellipse') {
    ctx.moveTo(x + w, y);
    ctx.ellipse(x, y, w, h, 0, 0, 2 * Math.PI);
  } else if (shape === 'diamond') {
    ctx.moveTo(x, y - h);
    ctx.lineTo(x + w, y);
    ctx.lineTo(x, y + h);
    ctx.lineTo(x - w, y);
    ctx.closePath();
  } else if (shape === 'round-rectangle') {
    ctx.roundRect(x - w, y - h, width, height, Math.min(width / 4, height / 4, 8));
  } else {
    ctx.rect(x - w, y - h, width, height);
  }
}
