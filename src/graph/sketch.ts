/**
 * A small graph's first picture, drawn without Cytoscape (issue 7). Cytoscape's first frame of
 * the article is ~0.25 s of work when its code runs for the first time (the instance and its
 * stylesheet, the elements, every style resolved, the geometry, the textures, the draw), one
 * long task after another. The sketch draws the same picture on a plain 2D canvas in a few
 * milliseconds, from the same data and rules: where the layout puts each node, the fit the
 * canvas will make, the label places the canvas will choose (canvasLabels.ts) and each
 * element's looks from the app's own stylesheet (sketchStyle.ts). Cytoscape then prepares its
 * frame in tasks under 50 ms behind it, and the sketch goes as Cytoscape draws (GraphCanvas).
 *
 * What it leaves out, for the few hundred milliseconds it is shown: a selected edge's label
 * and Cytoscape's anti-overlap of arrows on bundles; curves of parallel edges follow
 * Cytoscape's rule (control points a step apart across the pair's line).
 */
import { labelPlacement, textWidthIn, type PlacedNode } from './canvasLabels.ts';
import type { EdgeData, GraphElements, NodeData } from './elements.ts';
import type { Emphasis } from './emphasis.ts';
import { fitBox } from './fit.ts';
import { resolvePositions, type LayoutSpec } from './layout.ts';
import type { LabelPlace } from './labelCulling.ts';
import { boundsOf, type Viewport } from './positions.ts';
import type { Point } from './visible.ts';
import { SketchStyle, type ResolvedStyle } from './sketchStyle.ts';
import { nodeBodySize, stylesheetAt } from './style.ts';

export interface SketchInput {
  elements: GraphElements;
  layout: LayoutSpec;
  emphasis: Emphasis;
  selected?: string;
  /** The canvas's size in CSS pixels. */
  width: number;
  height: number;
}

interface SketchNode {
  id: string;
  at: Point;
  style: ResolvedStyle;
  /** Outer size (border included), for edge ends. */
  outer: { w: number; h: number };
  z: number;
  index: number;
}

interface SketchEdge {
  id: string;
  source: SketchNode;
  target: SketchNode;
  style: ResolvedStyle;
  /** The bezier's control point, or null for a straight edge. */
  control: Point | null;
  z: number;
  index: number;
}

/** What to draw, in drawing order (edges beneath nodes, then by `z-index`, then by order). */
export interface SketchScene {
  viewport: Viewport;
  edges: SketchEdge[];
  nodes: SketchNode[];
}

const classesOf = (def: { classes?: unknown }): string[] =>
  Array.isArray(def.classes)
    ? (def.classes as string[])
    : typeof def.classes === 'string'
      ? def.classes.split(/\s+/).filter(Boolean)
      : [];

const PLACE_CLASSES: Record<LabelPlace, string | null> = {
  bottom: null,
  top: 'label-top',
  right: 'label-right',
  left: 'label-left',
};

/**
 * The scene the canvas will show once `input` is applied to it: the viewport GraphCanvas fits,
 * the label places it picks, each element's looks. Null for a graph without nodes or canvas.
 */
export function sketchScene(input: SketchInput): SketchScene | null {
  const { elements, emphasis, selected, width, height } = input;
  if (elements.nodes.length === 0 || width <= 0 || height <= 0) return null;
  const positions = resolvePositions(
    input.layout,
    elements.nodes.map(({ data }) => ({ id: data.id, kind: data.kind, degree: data.degree ?? 0 })),
  );
  const hidden = emphasis.hidden;
  const nodeClasses = new Map<string, Set<string>>();
  for (const node of elements.nodes) {
    const classes = new Set(classesOf(node));
    if (emphasis.highlighted.has(node.data.id)) classes.add('highlighted');
    if (emphasis.dimmed.has(node.data.id)) classes.add('dimmed');
    nodeClasses.set(node.data.id, classes);
  }
  const shown = elements.nodes.filter((n) => !hidden.has(n.data.id) && positions[n.data.id]);
  const sizeOf = (data: NodeData) =>
    nodeBodySize({
      kind: data.kind,
      degree: data.degree,
      selected: data.id === selected,
      hasClass: (name) => nodeClasses.get(data.id)?.has(name) ?? false,
    }) ?? { w: 30, h: 30 };

  // The fit GraphCanvas makes (fittedViewport): the shown, undimmed nodes, else the shown.
  const bright = shown.filter((n) => !emphasis.dimmed.has(n.data.id));
  const framed = bright.length > 0 ? bright : shown.length > 0 ? shown : elements.nodes;
  const byId = new Map(elements.nodes.map((n) => [n.data.id, n.data]));
  const box = boundsOf(
    framed.map((n) => n.data.id),
    positions,
    (id) => sizeOf(byId.get(id)!),
  );
  if (!box) return null;
  const viewport = fitBox(box, width, height);

  // The label places GraphCanvas picks at that view (refreshLabels).
  const placedNodes: PlacedNode[] = shown.map(({ data }) => ({
    id: data.id,
    x: positions[data.id]!.x,
    y: positions[data.id]!.y,
    data: (name) => (data as unknown as Record<string, unknown>)[name],
    hasClass: (name) => nodeClasses.get(data.id)?.has(name) ?? false,
    selected: data.id === selected,
    out: emphasis.dimmed.has(data.id),
  }));
  const { placed } = labelPlacement(placedNodes, { ...viewport, width, height });
  for (const node of placedNodes) {
    if (node.out) continue;
    const classes = nodeClasses.get(node.id)!;
    const place = placed.get(node.id);
    if (place === undefined && !node.selected) classes.add('label-hidden');
    const placeClass = place ? PLACE_CLASSES[place] : null;
    if (placeClass) classes.add(placeClass);
  }

  const style = new SketchStyle(stylesheetAt(viewport.zoom));
  const nodes = new Map<string, SketchNode>();
  elements.nodes.forEach(({ data }, index) => {
    if (hidden.has(data.id) || !positions[data.id]) return;
    const resolved = style.resolve({
      group: 'nodes',
      classes: nodeClasses.get(data.id)!,
      selected: data.id === selected,
      data: data as unknown as Record<string, unknown>,
    });
    nodes.set(data.id, {
      id: data.id,
      at: positions[data.id]!,
      style: resolved,
      outer: {
        w: resolved.num('width') + resolved.num('border-width'),
        h: resolved.num('height') + resolved.num('border-width'),
      },
      z: resolved.num('z-index'),
      index,
    });
  });

  const indexOf = new Map(elements.nodes.map((n, i) => [n.data.id, i]));
  const bundles = bundlesOf(elements.edges.map((e) => e.data));
  const edges: SketchEdge[] = [];
  elements.edges.forEach(({ data, ...def }, index) => {
    const source = nodes.get(data.source);
    const target = nodes.get(data.target);
    if (hidden.has(data.id) || !source || !target) return;
    const classes = new Set(classesOf(def));
    if (emphasis.highlighted.has(data.id)) classes.add('highlighted');
    if (emphasis.dimmed.has(data.id)) classes.add('dimmed');
    const resolved = style.resolve({
      group: 'edges',
      classes,
      selected: data.id === selected,
      data: data as unknown as Record<string, unknown>,
    });
    let control: Point | null = null;
    if (resolved.str('curve-style') === 'bezier') {
      const bundle = bundles.get(pairKey(data))!;
      const i = bundle.indexOf(data.id);
      // The pair's own direction: from its node added first (Cytoscape's pool order).
      const forward = (indexOf.get(data.source) ?? 0) <= (indexOf.get(data.target) ?? 0);
      const [a, b] = forward ? [source, target] : [target, source];
      const dist =
        (0.5 - bundle.length / 2 + i) *
        resolved.num('control-point-step-size') *
        (forward ? 1 : -1);
      if (dist !== 0 && source !== target) {
        const dx = b.at.x - a.at.x;
        const dy = b.at.y - a.at.y;
        const length = Math.hypot(dx, dy) || 1;
        const from = boundaryPoint(a, b.at);
        const to = boundaryPoint(b, a.at);
        control = {
          x: (from.x + to.x) / 2 + (-dy / length) * dist,
          y: (from.y + to.y) / 2 + (dx / length) * dist,
        };
      }
    }
    edges.push({
      id: data.id,
      source,
      target,
      style: resolved,
      control,
      z: resolved.num('z-index'),
      index,
    });
  });

  const order = <T extends { z: number; index: number }>(a: T, b: T) =>
    a.z - b.z || a.index - b.index;
  return { viewport, edges: edges.sort(order), nodes: [...nodes.values()].sort(order) };
}

const pairKey = (e: EdgeData): string =>
  e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;

/** The edges between each pair of nodes, either way, in their order. */
function bundlesOf(edges: readonly EdgeData[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const edge of edges) {
    const key = pairKey(edge);
    const list = out.get(key);
    if (list) list.push(edge.id);
    else out.set(key, [edge.id]);
  }
  return out;
}

/** Where the line from the node's centre towards `toward` leaves its outer shape. */
function boundaryPoint(node: SketchNode, toward: Point): Point {
  const dx = toward.x - node.at.x;
  const dy = toward.y - node.at.y;
  if (dx === 0 && dy === 0) return node.at;
  const t = 1 / outlineNorm(node, dx, dy);
  return { x: node.at.x + dx * t, y: node.at.y + dy * t };
}

/**
 * How far `(dx, dy)` from a node's centre lies, in units of its outer shape: 1 on the outline,
 * under 1 inside (a diamond, an ellipse, else a box).
 */
function outlineNorm(node: SketchNode, dx: number, dy: number): number {
  const x = Math.abs(dx) / (node.outer.w / 2);
  const y = Math.abs(dy) / (node.outer.h / 2);
  const shape = node.style.str('shape');
  return shape === 'diamond' ? x + y : shape === 'ellipse' ? Math.hypot(x, y) : Math.max(x, y);
}

/**
 * The node drawn on top at `point` (CSS pixels on the canvas) in `scene`, or null: the node
 * a tap there would hit on Cytoscape's canvas (its body, border included; labels are not
 * hit, as on the canvas, labelFreeHitTest.ts).
 */
export function sketchNodeAt(scene: SketchScene, point: Point): string | null {
  const { zoom, pan } = scene.viewport;
  const x = (point.x - pan.x) / zoom;
  const y = (point.y - pan.y) / zoom;
  for (let i = scene.nodes.length - 1; i >= 0; i--) {
    const node = scene.nodes[i]!;
    if (outlineNorm(node, x - node.at.x, y - node.at.y) <= 1) return node.id;
  }
  return null;
}

/** Cytoscape's arrow size for an edge width and `arrow-scale`. */
const arrowSize = (width: number, scale: number): number =>
  Math.max(Math.pow(width * 13.37, 0.9), 29) * scale;

/** Arrow outlines in Cytoscape's unit frame: the tip at (0, 0), the edge coming from -y. */
const ARROWS: Record<string, number[]> = {
  triangle: [-0.15, -0.3, 0, 0, 0.15, -0.3],
  vee: [-0.15, -0.3, 0, 0, 0.15, -0.3, 0, -0.15],
  tee: [-0.15, 0, -0.15, -0.1, 0.15, -0.1, 0.15, 0],
};

/** Draws `scene` on a canvas of `width` × `height` CSS pixels at `pixelRatio`. */
export function drawSketch(
  ctx: CanvasRenderingContext2D,
  scene: SketchScene,
  pixelRatio: number,
): void {
  const { zoom, pan } = scene.viewport;
  ctx.setTransform(
    pixelRatio * zoom,
    0,
    0,
    pixelRatio * zoom,
    pixelRatio * pan.x,
    pixelRatio * pan.y,
  );
  for (const edge of scene.edges) drawEdge(ctx, edge);
  for (const node of scene.nodes) {
    drawNode(ctx, node);
    drawLabel(ctx, node, zoom);
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 1;
}

function drawEdge(ctx: CanvasRenderingContext2D, edge: SketchEdge): void {
  const { style, source, target, control } = edge;
  const opacity = style.num('opacity');
  if (opacity <= 0 || source === target) return;
  const width = style.num('width');
  const from = boundaryPoint(source, control ?? target.at);
  const tip = boundaryPoint(target, control ?? source.at);
  const arrow = style.str('target-arrow-shape');
  const scale = style.num('arrow-scale');
  const size = arrowSize(width, scale);
  // The line stops short of the tip (Cytoscape's gap) so that its end hides under the arrow.
  const back = control ?? from;
  const length = Math.hypot(tip.x - back.x, tip.y - back.y) || 1;
  const dir = { x: (tip.x - back.x) / length, y: (tip.y - back.y) / length };
  const gap =
    arrow === 'none'
      ? 0
      : arrow === 'circle'
        ? size * 0.15
        : width * scale * 2 * (arrow === 'vee' ? 0.525 : 1);
  const end = { x: tip.x - dir.x * gap, y: tip.y - dir.y * gap };

  ctx.globalAlpha = opacity;
  if (style.num('underlay-opacity') > 0) {
    ctx.globalAlpha = opacity * style.num('underlay-opacity');
    strokePath(
      ctx,
      from,
      control,
      end,
      width + 2 * style.num('underlay-padding'),
      style.str('underlay-color'),
      [],
    );
    ctx.globalAlpha = opacity;
  }
  const line = style.str('line-style');
  const dash =
    line === 'dashed'
      ? ((style.value('line-dash-pattern') as number[]) ?? [6, 3])
      : line === 'dotted'
        ? [1, 1]
        : [];
  strokePath(ctx, from, control, end, width, style.str('line-color'), dash);

  if (arrow === 'none') return;
  ctx.fillStyle = style.str('target-arrow-color');
  ctx.beginPath();
  if (arrow === 'circle') {
    ctx.arc(tip.x, tip.y, size * 0.15, 0, 2 * Math.PI);
  } else {
    const points = ARROWS[arrow] ?? ARROWS.triangle!;
    const perp = { x: -dir.y, y: dir.x };
    for (let i = 0; i < points.length; i += 2) {
      const px = points[i]! * size;
      const py = points[i + 1]! * size;
      const x = tip.x + py * dir.x + px * perp.x;
      const y = tip.y + py * dir.y + px * perp.y;
      if (i === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    }
    ctx.closePath();
  }
  ctx.fill();
}

function strokePath(
  ctx: CanvasRenderingContext2D,
  from: Point,
  control: Point | null,
  to: Point,
  width: number,
  color: string,
  dash: number[],
): void {
  ctx.beginPath();
  ctx.moveTo(from.x, from.y);
  if (control) ctx.quadraticCurveTo(control.x, control.y, to.x, to.y);
  else ctx.lineTo(to.x, to.y);
  ctx.lineWidth = width;
  ctx.strokeStyle = color;
  ctx.lineCap = 'butt';
  ctx.setLineDash(dash);
  ctx.stroke();
  ctx.setLineDash([]);
}

function shapePath(
  ctx: CanvasRenderingContext2D,
  shape: string,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  ctx.beginPath();
  if (shape === 'diamond') {
    ctx.moveTo(x, y - h / 2);
    ctx.lineTo(x + w / 2, y);
    ctx.lineTo(x, y + h / 2);
    ctx.lineTo(x - w / 2, y);
    ctx.closePath();
  } else if (shape === 'roundrectangle' || shape === 'round-rectangle') {
    ctx.roundRect(x - w / 2, y - h / 2, w, h, Math.min(w / 4, h / 4, 8));
  } else if (shape === 'rectangle') {
    ctx.rect(x - w / 2, y - h / 2, w, h);
  } else {
    ctx.ellipse(x, y, w / 2, h / 2, 0, 0, 2 * Math.PI);
  }
}

function drawNode(ctx: CanvasRenderingContext2D, node: SketchNode): void {
  const { style, at } = node;
  const opacity = style.num('opacity');
  if (opacity <= 0) return;
  const w = style.num('width');
  const h = style.num('height');
  if (style.num('underlay-opacity') > 0) {
    const pad = style.num('underlay-padding');
    ctx.globalAlpha = opacity * style.num('underlay-opacity');
    ctx.fillStyle = style.str('underlay-color');
    shapePath(ctx, 'ellipse', at.x, at.y, w + 2 * pad, h + 2 * pad);
    ctx.fill();
  }
  const shape = style.str('shape');
  shapePath(ctx, shape, at.x, at.y, w, h);
  ctx.globalAlpha = opacity * style.num('background-opacity');
  ctx.fillStyle = style.str('background-color');
  ctx.fill();
  const border = style.num('border-width');
  if (border > 0) {
    ctx.globalAlpha = opacity;
    ctx.lineWidth = border;
    ctx.strokeStyle = style.str('border-color');
    const dashed = style.str('border-style');
    ctx.setLineDash(dashed === 'dashed' ? [4, 2] : dashed === 'dotted' ? [1, 1] : []);
    ctx.stroke();
    ctx.setLineDash([]);
  }
}

/** `text` cut to `max` wide with an ellipsis, as Cytoscape's `text-wrap: ellipsis` does. */
function ellipsis(text: string, max: number, measure: (s: string) => number): string {
  if (measure(text) < max) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${text.slice(0, mid)}\u2026`) <= max) low = mid;
    else high = mid - 1;
  }
  return low === text.length ? text : `${text.slice(0, low)}\u2026`;
}

/** `text` broken into lines at most `max` wide, at spaces, as `text-wrap: wrap` does. */
function wrapped(text: string, max: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(next) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Canvas text alignment for a label beside its node (Cytoscape's own choice). */
const TEXT_ALIGN: Record<string, CanvasTextAlign> = { left: 'right', right: 'left' };

/** A node's label, placed, measured and drawn as Cytoscape's canvas renderer does. */
function drawLabel(ctx: CanvasRenderingContext2D, node: SketchNode, zoom: number): void {
  const { style, at } = node;
  const text = style.str('label');
  const alpha = style.num('opacity') * style.num('text-opacity');
  if (text === '' || alpha <= 0) return;
  const size = style.num('font-size');
  const font = `${style.str('font-style')} ${style.str('font-weight')} ${size}px ${style.str('font-family')}`;
  // Cytoscape measures in the label's own font, in model units, rounded up.
  const measure = (s: string) => Math.ceil(textWidthIn(font, size, s));
  const max = style.num('text-max-width');
  // Label placement measured most texts already, on screen (canvasLabels.ts): one that fits
  // well within the width needs no cut, and its width from there is within a pixel.
  const weight = style.str('font-weight');
  const onScreen = Math.round(size * zoom * 100) / 100;
  const placed =
    textWidthIn(
      `${weight === 'normal' ? 400 : weight} ${onScreen}px ${style.str('font-family')}`,
      onScreen,
      text,
    ) / zoom;
  const wrap = style.str('text-wrap') === 'wrap';
  const fits = !wrap && placed < max * 0.9;
  const lines = fits ? [text] : wrap ? wrapped(text, max, measure) : [ellipsis(text, max, measure)];
  const textW = fits ? Math.ceil(placed) : Math.max(...lines.map(measure));
  const textH = lines.length * size;
  const halign = style.str('text-halign');
  const valign = style.str('text-valign');
  const w = style.num('width');
  const h = style.num('height');
  const x =
    (halign === 'left' ? at.x - w / 2 : halign === 'right' ? at.x + w / 2 : at.x) +
    style.num('text-margin-x');
  // The bottom of the label's box.
  const bottom =
    (valign === 'top'
      ? at.y - h / 2
      : valign === 'bottom'
        ? at.y + h / 2 + textH
        : at.y + textH / 2) + style.num('text-margin-y');
  const bgOpacity = style.num('text-background-opacity');
  if (bgOpacity > 0) {
    const pad = style.num('text-background-padding');
    const left = halign === 'left' ? x - textW : halign === 'right' ? x : x - textW / 2;
    ctx.globalAlpha = alpha * bgOpacity;
    ctx.fillStyle = style.str('text-background-color');
    ctx.beginPath();
    ctx.roundRect(left - pad, bottom - textH - pad, textW + 2 * pad, textH + 2 * pad, 2);
    ctx.fill();
  }
  ctx.globalAlpha = alpha;
  ctx.fillStyle = style.str('color');
  ctx.font = font;
  ctx.textAlign = TEXT_ALIGN[halign] ?? 'center';
  ctx.textBaseline = 'bottom';
  lines.forEach((line, i) => ctx.fillText(line, x, bottom - (lines.length - 1 - i) * size));
}
