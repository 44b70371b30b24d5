/**
 * Node labels on the live canvas: their placement and culling at the current zoom (the pure
 * part is labelCulling.ts), with text measured in the browser.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { isDimmed, markedDimmed } from './dimmedElements.ts';
import { markedHidden } from './hiddenElements.ts';
import { placeLabels, type BodyBox, type LabelCandidate, type LabelPlace } from './labelCulling.ts';
import {
  LABEL_FONT_FAMILY,
  LABEL_MARGIN,
  LABEL_SIZES,
  nodeBodySize,
  nodeLayer,
  type SizedNode,
} from './style.ts';

let measureContext: CanvasRenderingContext2D | null | undefined;
/** The font last set on measureContext: setting one parses it (~20 µs), even the same again. */
let measureFont = '';
const widthCache = new Map<string, number>();

/** The width of `text` in CSS pixels in a CSS `font` of `size` px (estimated without a 2D canvas). */
export function textWidthIn(font: string, size: number, text: string): number {
  const key = `${font}|${text}`;
  const cached = widthCache.get(key);
  if (cached !== undefined) return cached;
  if (measureContext === undefined) {
    measureContext = document.createElement('canvas').getContext('2d');
  }
  let width = text.length * size * 0.56;
  if (measureContext) {
    if (font !== measureFont) {
      measureContext.font = font;
      measureFont = font;
    }
    width = measureContext.measureText(text).width;
  }
  if (widthCache.size > 20_000) widthCache.clear();
  widthCache.set(key, width);
  return width;
}

/** The width of `text` in CSS pixels in the labels' font family. */
const textWidth = (text: string, size: number, weight: number): number =>
  textWidthIn(`${weight} ${size}px ${LABEL_FONT_FAMILY}`, size, text);

/** Classes that put a node's label on a side other than below it. */
const PLACE_CLASSES: Record<LabelPlace, string | null> = {
  bottom: null,
  top: 'label-top',
  right: 'label-right',
  left: 'label-left',
};

/** Cytoscape widens every body box by one model unit a side, for the browser's rounding. */
const BODY_EXPANSION = 1;

/** What the stylesheet's sizes and layers depend on, read without resolving a style. */
const sizedNode = (node: NodeSingular, asIfShown = false): SizedNode & { z: unknown } => ({
  kind: String(node.data('kind')),
  degree: node.data('degree'),
  z: node.data('z'),
  // A node dimmed by a mark is dimmed as by the class, unless placed as if undimmed.
  hasClass: (name) => (name === 'dimmed' && !asIfShown ? isDimmed(node) : node.hasClass(name)),
  selected: node.selected(),
});

/**
 * A node's outer size (border included), as `outerWidth()` and `outerHeight()` give it, from its
 * data and classes (style.ts): those calls resolve the node's style, and the first labels'
 * places then change it again (see nodeBodySize).
 */
export function bodySize(node: NodeSingular): { w: number; h: number } {
  return nodeBodySize(sizedNode(node)) ?? { w: node.outerWidth(), h: node.outerHeight() };
}

/**
 * A node's body on screen: its outer size (border included) around its position, as
 * `renderedBoundingBox({ includeLabels: false, includeOverlays: false })` gives it but for the
 * spikes of a mitred border (a fraction of a pixel). That call computes every label's box
 * first, measuring its text: ~30 ms for the article's first placement, mostly for labels the
 * placement then hides.
 */
export function renderedBody(node: NodeSingular, zoom: number, pan: { x: number; y: number }) {
  const { x, y } = node.position();
  return bodyAt(x, y, bodySize(node), zoom, pan);
}

/** The rendered box of a body of outer `size` at (x, y), as renderedBody gives it. */
function bodyAt(
  x: number,
  y: number,
  size: { w: number; h: number },
  zoom: number,
  pan: { x: number; y: number },
) {
  const halfW = (size.w / 2 + BODY_EXPANSION) * zoom;
  const halfH = (size.h / 2 + BODY_EXPANSION) * zoom;
  const cx = x * zoom + pan.x;
  const cy = y * zoom + pan.y;
  return {
    x1: cx - halfW,
    y1: cy - halfH,
    x2: cx + halfW,
    y2: cy + halfH,
    w: 2 * halfW,
    h: 2 * halfH,
  };
}

/** How refreshLabels works on a large graph zoomed in (see below). */
export interface LabelPass {
  /**
   * Labels drawn this many times their on-screen size: a large graph's stylesheet is that of
   * zoom 1, so its labels grow with the zoom (default 1: sizes kept constant on screen).
   */
  scale?: number;
  /**
   * Only nodes on the canvas take part, and only their classes change: nodes elsewhere keep
   * theirs until a later pass (restyling is ~45 µs a node, ~0.1 ms with its redraw).
   */
  inView?: boolean;
}

/** Where the labels of the nodes taking part go, which took part, and how many were off the canvas. */
export interface Placement {
  placed: Map<string, LabelPlace>;
  taking: Set<string>;
  leftOut: number;
}

/** A node as label placement sees it: Cytoscape's, or one drawn without it (sketch.ts). */
export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  /** Its data's `kind`, `degree`, `z`, `short` and `label`. */
  data(name: string): unknown;
  /** Classes, and `dimmed` as the caller means it (by class or by mark). */
  hasClass(name: string): boolean;
  selected: boolean;
  /** Out of sight or dimmed: its label is not drawn and its body takes no room. */
  out: boolean;
  /** Its outer size, for data the stylesheet's sizes do not cover (see nodeBodySize). */
  outerSize?: () => { w: number; h: number };
}

/** The canvas's size and view, in rendered pixels. */
export interface PlacementView {
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  height: number;
}

/** Where the labels of `nodes` go at `view` (see refreshLabels). */
export function labelPlacement(
  nodes: Iterable<PlacedNode>,
  view: PlacementView,
  scale = 1,
  inView = false,
): Placement {
  const candidates: LabelCandidate[] = [];
  const bodies: BodyBox[] = [];
  const { zoom, pan } = view;
  const bounds = { x1: 0, y1: 0, x2: view.width, y2: view.height };
  const taking = new Set<string>();
  let leftOut = 0;
  for (const node of nodes) {
    if (node.out) continue;
    const sized = { ...sizedData(node), hasClass: node.hasClass, selected: node.selected };
    const body = bodyAt(
      node.x,
      node.y,
      nodeBodySize(sized) ?? node.outerSize?.() ?? { w: 0, h: 0 },
      zoom,
      pan,
    );
    if (
      inView &&
      (body.x2 < bounds.x1 || body.x1 > bounds.x2 || body.y2 < bounds.y1 || body.y1 > bounds.y2)
    ) {
      leftOut += 1;
      continue;
    }
    taking.add(node.id);
    const layer = nodeLayer(sized);
    bodies.push({ id: node.id, x1: body.x1, y1: body.y1, x2: body.x2, y2: body.y2, layer });
    const kind = node.data('kind') as 'actor' | 'event' | 'claim';
    const selected = node.selected;
    const size = selected ? LABEL_SIZES.selected : (LABEL_SIZES[kind] ?? LABEL_SIZES.actor);
    const text = String(node.data(selected ? 'label' : 'short') ?? '');
    const full = textWidth(text, size.font, size.weight);
    const lines = Math.max(1, Math.ceil(full / size.maxWidth));
    candidates.push({
      id: node.id,
      width: (Math.min(full, size.maxWidth) + 2) * scale,
      height: lines * size.font * 1.25 * scale,
      node: {
        x: (body.x1 + body.x2) / 2,
        y: (body.y1 + body.y2) / 2,
        width: body.w,
        height: body.h,
      },
      priority: selected ? Number.MAX_SAFE_INTEGER : layer,
      layer,
      // The selected node's long label always goes below it.
      ...(selected ? { places: ['bottom'] as const } : {}),
    });
  }
  return { placed: placeLabels(candidates, bodies, LABEL_MARGIN * scale, bounds), taking, leftOut };
}

const sizedData = (node: PlacedNode) => ({
  kind: String(node.data('kind')),
  degree: node.data('degree'),
  z: node.data('z'),
});

/**
 * `asIfShown`: the nodes hidden or dimmed by marks take part as if they were shown, and
 * undimmed (a small graph's marks, hiddenElements.ts, dimmedElements.ts).
 */
function placement(cy: Core, scale: number, inView: boolean, asIfShown: boolean): Placement {
  const hidden = markedHidden(cy);
  const nodes = cy.nodes().map((node): PlacedNode => {
    const { x, y } = node.position();
    return {
      id: node.id(),
      x,
      y,
      data: (name) => node.data(name),
      // A node dimmed by a mark is dimmed as by the class, unless placed as if undimmed.
      hasClass: (name) => (name === 'dimmed' && !asIfShown ? isDimmed(node) : node.hasClass(name)),
      selected: node.selected(),
      outerSize: () => ({ w: node.outerWidth(), h: node.outerHeight() }),
      // Not `visible()`, which resolves the style: a node is out of sight by a mark (small
      // graphs), its removal (large ones) or the `hidden` class.
      out: asIfShown
        ? node.hasClass('hidden') || node.hasClass('dimmed')
        : hidden.has(node.id()) || node.hasClass('hidden') || isDimmed(node),
    };
  });
  return labelPlacement(
    nodes,
    { zoom: cy.zoom(), pan: cy.pan(), width: cy.width(), height: cy.height() },
    scale,
    inView,
  );
}

const LABEL_CLASSES = ['label-hidden', 'label-top', 'label-right', 'label-left'] as const;

/** Gives `node` the label classes of its place (none: its label is not drawn); true if any changed. */
function setPlace(
  node: NodeSingular,
  place: LabelPlace | undefined,
  apply: boolean,
  asIfShown = false,
): boolean {
  // As if shown and undimmed (placeHiddenLabels): only classes count, not marks.
  const active = asIfShown
    ? !node.hasClass('hidden') && !node.hasClass('dimmed')
    : !node.hasClass('hidden') && !isDimmed(node);
  const want = new Set<string>();
  if (active && place === undefined && !node.selected()) want.add('label-hidden');
  const placeClass = place ? PLACE_CLASSES[place] : null;
  if (placeClass) want.add(placeClass);
  let changed = false;
  for (const cls of LABEL_CLASSES) {
    if (node.hasClass(cls) === want.has(cls)) continue;
    changed = true;
    if (apply) node.toggleClass(cls, want.has(cls));
  }
  return changed;
}

/**
 * Places node labels at the current zoom (see labelCulling.ts), hiding those that would
 * overlap a more important one: the selected, highlighted and hovered nodes first, then
 * actors, events and claims, busier ones first. Dimmed and hidden nodes take no room.
 * Returns how many shown nodes were left out as off the canvas (`inView`).
 */
export function refreshLabels(cy: Core, { scale = 1, inView = false }: LabelPass = {}): number {
  const hidden = markedHidden(cy);
  const { placed, taking, leftOut } = placement(cy, scale, inView, false);
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      // A hidden node keeps its label's place, and its style, until it is shown again.
      if (hidden.has(node.id())) return;
      if (inView && !taking.has(node.id())) return;
      setPlace(node, placed.get(node.id()), true);
    });
  });
  return leftOut;
}

/**
 * Gives the nodes on the canvas that marks hide the label places they would take if every
 * hidden node were shown again at this view, as clearing the filter does; at most `limit` of
 * them change, and true means some are left. Hidden, they draw nothing, so this costs no
 * frame anything; shown again, they need no restyle: placed then, the ~23 nodes on the
 * canvas whose label moved made ~5 ms of the frame that showed the article's cleared filter.
 */
export function placeHiddenLabels(cy: Core, limit: number): boolean {
  if (!hasMarkedNodes(cy)) return false;
  const marked = new Set([...markedHidden(cy), ...markedDimmed(cy)]);
  const { placed, taking } = placement(cy, 1, true, true);
  let changed = 0;
  let more = false;
  cy.batch(() => {
    for (const id of marked) {
      if (!taking.has(id)) continue;
      const node = cy.getElementById(id);
      if (!node.isNode() || !setPlace(node, placed.get(id), false, true)) continue;
      if (changed >= limit) {
        more = true;
        break;
      }
      setPlace(node, placed.get(id), true, true);
      changed += 1;
    }
  });
  return more;
}

/** Whether marks hide or dim some elements of `cy` (a small graph's filter or focus). */
export function hasMarkedNodes(cy: Core): boolean {
  return markedHidden(cy).size > 0 || markedDimmed(cy).size > 0;
}
