/**
 * How a large graph's node layer draws a node (edgeLayer.ts): its shape, size, fill, border
 * and opacity as Cytoscape resolves them from the large graph's stylesheet. In the overview
 * the instance's own stylesheet keeps only the nodes' geometry (overviewStylesheet), so the
 * looks come from a LookBook: a headless instance styled like the large graph, holding one
 * probe node per distinct look (classes, colour, degree): a few hundred for any corpus. The
 * same probes give the fonts of the labels the layer writes in the overview (overviewLabels.ts).
 */
import type { Core, NodeSingular, StylesheetJson } from 'cytoscape';
import type { Cytoscape } from './cytoscapeModule.ts';
import type { LabelFont } from './overviewLabels.ts';
import { parsedStyle } from './parsedStyle.ts';

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

function layerShape(shape: string): LayerShape {
  if (shape === 'roundrectangle' || shape === 'round-rectangle') return 'round-rectangle';
  if (shape === 'rectangle' || shape === 'diamond') return shape;
  return 'ellipse';
}

/** A node's look as its (styled) instance resolves it. */
export function nodeLook(node: NodeSingular): NodeLook {
  const style = (name: string) => parsedStyle(node, name);
  return {
    shape: layerShape(String(style('shape').value)),
    width: node.width(),
    height: node.height(),
    fill: style('background-color').strValue,
    fillOpacity: Number(style('background-opacity').value),
    border: style('border-color').strValue,
    borderWidth: Number(style('border-width').pfValue ?? 0),
    dashed: style('border-style').value !== 'solid',
    opacity: Number(style('opacity').value),
  };
}

/**
 * How a node's label is written, as its (styled) instance resolves it: sizes in model units,
 * which are CSS pixels under the large graph's stylesheet (that of zoom 1).
 */
export function labelLook(node: NodeSingular): LabelFont {
  const style = (name: string) => parsedStyle(node, name);
  return {
    size: Number(style('font-size').pfValue),
    maxWidth: Number(style('text-max-width').pfValue),
    weight: style('font-weight').strValue,
    style: style('font-style').strValue,
    color: style('color').strValue,
    background: style('text-background-color').strValue,
    backgroundOpacity: Number(style('text-background-opacity').value),
  };
}

/**
 * What of a node decides its look: its classes but the hover, its colour (a generic graph's
 * nodes) and its degree (sizes are mapped from it). Reading the size from the node itself
 * made the instance resolve every node's style before the first frame (styleWarmUp.ts).
 */
const signature = (node: NodeSingular): string =>
  `${node
    .classes()
    .filter((c) => c !== 'hovered')
    .sort()
    .join(' ')}|${String(node.data('color'))}|${String(node.data('degree'))}`;

/**
 * Looks of nodes under `stylesheet`, resolved by Cytoscape itself on probe nodes of a
 * headless instance, one per signature: no second copy of the stylesheet's rules. Rules may
 * read a node's classes, `color` and `degree`, nothing else (nodeLook.test.ts checks that
 * every node of a corpus looks as its own instance resolves it): a few hundred probes for any
 * corpus, as hubs have degrees of their own.
 */
export class LookBook {
  private readonly probe: Core;
  private readonly looks = new Map<string, NodeLook>();
  private readonly labels = new Map<string, LabelFont>();

  /** `cytoscape`: the factory (loaded on demand in the app: cytoscapeModule.ts). */
  constructor(stylesheet: StylesheetJson, cytoscape: Cytoscape) {
    this.probe = cytoscape({ headless: true, styleEnabled: true, style: stylesheet });
  }

  look(node: NodeSingular): NodeLook {
    return this.read(this.looks, node, nodeLook);
  }

  /** How the node's label is written (the stylesheet must have labels: see labelLook). */
  label(node: NodeSingular): LabelFont {
    return this.read(this.labels, node, labelLook);
  }

  /** `read` of the probe of `node`'s signature, once per signature. */
  private read<T>(cache: Map<string, T>, node: NodeSingular, read: (probe: NodeSingular) => T): T {
    const key = signature(node);
    let value = cache.get(key);
    if (value === undefined) {
      value = read(this.probeLike(node, key));
      cache.set(key, value);
    }
    return value;
  }

  /** The probe node of `node`'s signature, added on first use. */
  private probeLike(node: NodeSingular, key: string): NodeSingular {
    const id = `probe ${key}`;
    const known = this.probe.getElementById(id);
    if (known.nonempty()) return known as NodeSingular;
    return this.probe.add({
      group: 'nodes',
      data: {
        id,
        color: node.data('color'),
        degree: node.data('degree'),
        // Mapped by `z-index` and the labels, which are no part of a look: without them
        // Cytoscape warns (on the console, ~0.5 ms each) for every probe.
        z: 0,
        short: '',
        label: '',
      },
      classes: node.classes().filter((c) => c !== 'hovered'),
    }) as unknown as NodeSingular;
  }

  /** How many distinct looks it holds. */
  get size(): number {
    return this.looks.size;
  }

  destroy(): void {
    this.probe.destroy();
  }
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
