/**
 * The Cytoscape stylesheet.
 *
 * Nodes: shape by kind (actor ellipse, event round rectangle, claim diamond), actors coloured
 * by type and sized by degree, unnamed (anonymous) actors pale with a thick dashed border and
 * an italic label; contested claims get an orange border. Statement edges are coloured by
 * stance, dashed when they oppose (denial, rebuttal) and dotted for evasion, with arrows;
 * structural edges are thin and muted, each kind with its own colour and arrow; derived
 * `reported` edges thin, dotted and light. Parallel edges fan out (bezier, fixed step).
 * Generic (foreign) nodes are circles in the colour of their type; generic edges are thin and
 * grey, with an arrow unless the file declared them undirected.
 *
 * Labels: the canvas draws a short label (labels.ts) of a constant size on screen:
 * `stylesheetAt(zoom)` scales fonts, widths and margins by 1/zoom (GraphCanvas uses
 * `stylesheetFollowing`, the same rules reading the zoom when applied), and GraphCanvas hides the
 * labels that would overlap a more important one (`.label-hidden`, see labelCulling.ts), so
 * zooming in shows more of them. The selected element shows its full label.
 *
 * States set by GraphCanvas: `.dimmed` (faded: a large graph's; a small graph dims by marks
 * drawn as this rule says, dimmedElements.ts), `.hidden` (not displayed), `.highlighted` (on a
 * shortest path), `.hovered`, `.label-hidden`, and Cytoscape's own `:selected`.
 */
import type { StylesheetJson } from 'cytoscape';
import { ACTOR_TYPES, STANCES } from '../model/vocabulary.ts';
import {
  ACTOR_TYPE_COLORS,
  CONTESTED_COLOR,
  EDGE_KIND_COLORS,
  KIND_BORDERS,
  KIND_COLORS,
  LABEL_COLOR,
  NEUTRAL_EDGE_COLOR,
  PATH_COLOR,
  SELECTION_COLOR,
  STANCE_COLORS,
  STANCE_LINE,
} from './palette.ts';
import { TOP_LAYERS } from './labelCulling.ts';

/** Label sizes on screen, in CSS pixels, whatever the zoom. */
export const LABEL_SIZES = {
  actor: { font: 11, maxWidth: 140, weight: 600 },
  event: { font: 10, maxWidth: 140, weight: 400 },
  claim: { font: 9.5, maxWidth: 160, weight: 400 },
  selected: { font: 12, maxWidth: 220, weight: 600 },
  edge: { font: 9, maxWidth: 160, weight: 400 },
} as const;
export const LABEL_MARGIN = 3;
/** The opacity of dimmed elements (a focus's rest), in Cytoscape and in the node layer. */
export const DIMMED_OPACITY = 0.14;
export const LABEL_FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** The width of the edge under the pointer (model units), in Cytoscape and on the layer. */
export const HOVERED_EDGE_WIDTH = 3.5;

/**
 * Node sizes by kind, as `mapData(degree, …)` in the stylesheet: from `size[0]` at
 * `degree[0]` or less to `size[1]` at `degree[1]` or more.
 */
const NODE_SIZES = {
  actor: { degree: [1, 24], width: [18, 42], height: [18, 42] },
  event: { degree: [1, 16], width: [24, 40], height: [14, 22] },
  claim: { degree: [1, 10], width: [16, 28], height: [16, 28] },
  generic: { degree: [0, 24], width: [16, 40], height: [16, 40] },
} as const;
type SizedKind = keyof typeof NODE_SIZES;

/** Border widths: every node, the marked (anonymous, contested), the emphasized. */
const BORDER = { base: 1, marked: 2.5, emphasized: 3.5 } as const;

const sizeMapping = (kind: SizedKind, side: 'width' | 'height'): string => {
  const { degree } = NODE_SIZES[kind];
  const size = NODE_SIZES[kind][side];
  return `mapData(degree, ${degree[0]}, ${degree[1]}, ${size[0]}, ${size[1]})`;
};
const sizeRules = (kind: SizedKind) => ({
  width: sizeMapping(kind, 'width'),
  height: sizeMapping(kind, 'height'),
});

/** What a node's body size depends on: its data and the classes GraphCanvas gives it. */
export interface SizedNode {
  kind: string;
  degree: unknown;
  hasClass(name: string): boolean;
  selected: boolean;
}

/**
 * A node's outer size (border included) as Cytoscape resolves it from these rules
 * (`outerWidth()`, `outerHeight()`), computed without resolving its style: placing the first
 * labels then restyled most of the article's nodes in its first frame, styled once for the fit
 * and again for their label's place (~25 ms). Null for data the rules do not size.
 */
export function nodeBodySize(node: SizedNode): { w: number; h: number } | null {
  const { degree } = node;
  if (typeof degree !== 'number' || !Number.isFinite(degree)) return null;
  const sizes = Object.hasOwn(NODE_SIZES, node.kind)
    ? NODE_SIZES[node.kind as SizedKind]
    : NODE_SIZES.actor;
  const [low, high] = sizes.degree;
  const at = Math.min(1, Math.max(0, (degree - low) / (high - low)));
  const border =
    node.selected || node.hasClass('highlighted')
      ? BORDER.emphasized
      : node.hasClass('anonymous') || node.hasClass('contested')
        ? BORDER.marked
        : BORDER.base;
  const size = ([from, to]: readonly [number, number]) => from + (to - from) * at;
  return { w: size(sizes.width) + border, h: size(sizes.height) + border };
}

/**
 * A node's `z-index` as these rules resolve it: the label priority in its data (`z`), or the
 * layer of its state.
 */
export function nodeLayer(node: SizedNode & { z: unknown }): number {
  if (node.hasClass('highlighted')) return TOP_LAYERS.highlighted;
  if (node.hasClass('dimmed')) return 0;
  if (node.selected) return TOP_LAYERS.selected;
  if (node.hasClass('hovered')) return TOP_LAYERS.hovered;
  return typeof node.z === 'number' && Number.isFinite(node.z) ? node.z : 0;
}

export const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(short)',
      'font-size': 11,
      'font-family': LABEL_FONT_FAMILY,
      color: LABEL_COLOR,
      'text-wrap': 'ellipsis',
      'text-max-width': '130px',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 3,
      'text-background-color': '#fbfcfd',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      'text-background-shape': 'roundrectangle',
      'border-width': BORDER.base,
      'border-color': KIND_BORDERS.actor,
      ...sizeRules('actor'),
      'z-index': 'data(z)' as unknown as number,
    },
  },
  {
    selector: 'node.actor',
    style: { shape: 'ellipse', 'background-color': KIND_COLORS.actor, 'font-weight': 600 },
  },
  ...ACTOR_TYPES.map((type) => ({
    selector: `node.actor-${type}`,
    style: { 'background-color': ACTOR_TYPE_COLORS[type] },
  })),
  {
    selector: 'node.anonymous',
    style: {
      'border-style': 'dashed',
      'border-width': BORDER.marked,
      'border-color': '#1f2933',
      'background-opacity': 0.45,
      'font-style': 'italic',
      'font-weight': 'normal',
    },
  },
  {
    selector: 'node.event',
    style: {
      shape: 'roundrectangle',
      'background-color': KIND_COLORS.event,
      'border-color': KIND_BORDERS.event,
      ...sizeRules('event'),
      'font-size': 10,
      color: '#243b53',
    },
  },
  {
    selector: 'node.claim',
    style: {
      shape: 'diamond',
      'background-color': KIND_COLORS.claim,
      'border-color': KIND_BORDERS.claim,
      ...sizeRules('claim'),
      'font-size': 9,
      'font-style': 'italic',
      color: '#52606d',
      'text-max-width': '150px',
    },
  },
  {
    // Generic (foreign) nodes: round, filled with the colour of their type (genericGraph.ts).
    selector: 'node.generic',
    style: {
      shape: 'ellipse',
      'background-color': 'data(color)',
      'border-color': KIND_BORDERS.actor,
      ...sizeRules('generic'),
    },
  },
  {
    selector: 'node.contested',
    style: { 'border-color': CONTESTED_COLOR, 'border-width': BORDER.marked },
  },
  {
    selector: 'edge',
    style: {
      width: 1,
      'curve-style': 'bezier',
      'control-point-step-size': 16,
      'line-color': NEUTRAL_EDGE_COLOR,
      'target-arrow-color': NEUTRAL_EDGE_COLOR,
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.7,
      'z-index': 0,
    },
  },
  // An edge alone between its nodes (elements.ts): the bezier it would be is straight anyway.
  { selector: 'edge.single', style: { 'curve-style': 'straight' } },
  { selector: 'edge.statement', style: { width: 2.2, 'arrow-scale': 0.9, 'z-index': 2 } },
  ...STANCES.map((stance) => ({
    selector: `edge.stance-${stance}`,
    style: {
      'line-color': STANCE_COLORS[stance],
      'target-arrow-color': STANCE_COLORS[stance],
      'line-style': STANCE_LINE[stance],
      ...(STANCE_LINE[stance] === 'dashed' ? { 'line-dash-pattern': [7, 4] } : {}),
    },
  })),
  {
    selector: 'edge.about',
    style: {
      'line-color': EDGE_KIND_COLORS.about,
      'target-arrow-color': EDGE_KIND_COLORS.about,
      'target-arrow-shape': 'vee',
    },
  },
  {
    selector: 'edge.participant',
    style: {
      'line-color': EDGE_KIND_COLORS.participant,
      'target-arrow-color': EDGE_KIND_COLORS.participant,
      'target-arrow-shape': 'circle',
      'arrow-scale': 0.5,
    },
  },
  {
    selector: 'edge.affiliation',
    style: {
      'line-color': EDGE_KIND_COLORS.affiliation,
      'target-arrow-color': EDGE_KIND_COLORS.affiliation,
      'target-arrow-shape': 'tee',
    },
  },
  {
    selector: 'edge.reported',
    style: {
      width: 0.9,
      'line-style': 'dotted',
      'line-color': EDGE_KIND_COLORS.reported,
      'target-arrow-color': EDGE_KIND_COLORS.reported,
      'arrow-scale': 0.5,
    },
  },
  {
    selector: 'edge.generic',
    style: { width: 1.2, 'line-color': '#8d99a6', 'target-arrow-color': '#8d99a6' },
  },
  { selector: 'edge.undirected', style: { 'target-arrow-shape': 'none' } },
  { selector: 'node.label-hidden', style: { label: '' } },
  { selector: 'node.label-top', style: { 'text-valign': 'top', 'text-margin-y': -LABEL_MARGIN } },
  {
    selector: 'node.label-right',
    style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': LABEL_MARGIN },
  },
  {
    selector: 'node.label-left',
    style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-x': -LABEL_MARGIN },
  },
  // Hover and selection: the full label, above everything else.
  {
    selector: 'node.hovered',
    style: {
      label: 'data(short)',
      'z-index': TOP_LAYERS.hovered,
      'text-background-opacity': 0.95,
    },
  },
  {
    selector: 'edge.hovered',
    style: { width: HOVERED_EDGE_WIDTH, 'z-index': 100 },
  },
  {
    selector: 'node:selected',
    style: {
      label: 'data(label)',
      'text-wrap': 'wrap',
      'text-max-width': '220px',
      'font-size': 12,
      'text-background-opacity': 0.95,
      'border-color': SELECTION_COLOR,
      'border-width': BORDER.emphasized,
      'border-style': 'solid',
      'underlay-color': SELECTION_COLOR,
      'underlay-opacity': 0.2,
      'underlay-padding': 7,
      'underlay-shape': 'ellipse',
      'z-index': TOP_LAYERS.selected,
    },
  },
  {
    // Only the selected edge shows a label: its text properties are its alone, as Cytoscape
    // resolves every property of every element it styles (issue 7: 8 of an edge's ~20).
    selector: 'edge:selected',
    style: {
      label: 'data(label)',
      'font-size': 8,
      'text-rotation': 'autorotate',
      'text-background-color': '#fbfcfd',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      color: '#3e4c59',
      width: 4,
      'underlay-color': SELECTION_COLOR,
      'underlay-opacity': 0.25,
      'underlay-padding': 4,
      'z-index': 200,
    },
  },
  // Focus and shortest paths.
  {
    selector: '.dimmed',
    style: { opacity: DIMMED_OPACITY, 'text-opacity': 0, 'z-index': 0 },
  },
  { selector: '.hidden', style: { display: 'none' } },
  {
    selector: 'node.highlighted',
    style: {
      'border-color': PATH_COLOR,
      'border-width': BORDER.emphasized,
      'border-style': 'solid',
      'text-background-opacity': 0.95,
      'z-index': TOP_LAYERS.highlighted,
    },
  },
  {
    selector: 'edge.highlighted',
    style: {
      width: 4,
      'line-color': PATH_COLOR,
      'target-arrow-color': PATH_COLOR,
      'z-index': 150,
    },
  },
];

const px = (n: number): string => `${Math.round(n * 100) / 100}px`;

/** A label size in model units for the zoom: a number, or a CSS length when `unit` is px. */
type Scaled = (onScreen: number, unit?: 'px') => unknown;

/** The rules of zoomedLabelStyle, with each size given by `scaled`. */
function labelRules(scaled: Scaled): StylesheetJson {
  const text = (size: { font: number; maxWidth: number }) => ({
    'font-size': scaled(size.font),
    'text-max-width': scaled(size.maxWidth, 'px'),
  });
  return [
    {
      selector: 'node',
      style: {
        ...text(LABEL_SIZES.actor),
        'text-margin-y': scaled(LABEL_MARGIN),
        'text-background-padding': scaled(1, 'px'),
      },
    },
    { selector: 'node.label-top', style: { 'text-margin-y': scaled(-LABEL_MARGIN) } },
    {
      selector: 'node.label-right',
      style: { 'text-margin-x': scaled(LABEL_MARGIN), 'text-margin-y': 0 },
    },
    {
      selector: 'node.label-left',
      style: { 'text-margin-x': scaled(-LABEL_MARGIN), 'text-margin-y': 0 },
    },
    { selector: 'node.event', style: text(LABEL_SIZES.event) },
    { selector: 'node.claim', style: text(LABEL_SIZES.claim) },
    { selector: 'node:selected', style: text(LABEL_SIZES.selected) },
    {
      selector: 'edge:selected',
      style: { ...text(LABEL_SIZES.edge), 'text-background-padding': scaled(1, 'px') },
    },
  ] as StylesheetJson;
}

const saneZoom = (zoom: number): number => (zoom > 0 && Number.isFinite(zoom) ? zoom : 1);
const scaledAt =
  (zoom: number): Scaled =>
  (onScreen, unit) =>
    unit === 'px' ? px(onScreen / zoom) : onScreen / zoom;

/**
 * Rules that keep labels the same size on screen at `zoom`: fonts, widths, margins and
 * paddings in model units are divided by the zoom. They come after `graphStyle`.
 */
export function zoomedLabelStyle(zoom: number): StylesheetJson {
  return labelRules(scaledAt(saneZoom(zoom)));
}

/**
 * The same rules with function values, which read `zoom()` whenever Cytoscape applies them:
 * a new zoom restyles only the elements one asks for (`eles.updateStyle()`, only their label
 * sizes), where a new stylesheet restyled every element of the instance, all properties.
 */
export function labelStyleFollowing(zoom: () => number): StylesheetJson {
  return labelRules(
    (onScreen, unit) => () => scaledAt(saneZoom(zoom()))(onScreen, unit) as string | number,
  );
}

/** The whole stylesheet, with label sizes for the zoom `zoom()` gives when it is applied. */
export const stylesheetFollowing = (zoom: () => number): StylesheetJson => [
  ...graphStyle,
  ...labelStyleFollowing(zoom),
];

/** The whole stylesheet at a zoom level. */
export const stylesheetAt = (zoom: number): StylesheetJson => [
  ...graphStyle,
  ...zoomedLabelStyle(zoom),
];

/**
 * Level of detail for large graphs (GraphCanvas, above `LARGE_GRAPH_NODES` nodes): the
 * stylesheet is that of zoom 1 (the layer's looks and fonts, the overview's) or, zoomed in,
 * restyles only the nodes on the canvas for a new zoom (largeGraphStylesheetFollowing);
 * Cytoscape skips labels smaller than `min-zoomed-font-size` on screen; edges are straight
 * lines with their arrows (the layer's too, once zoomed in: layerArrows.ts), not curves.
 *
 * 500: drawn in full, every element in Cytoscape, 500 nodes took ~1.0 s to a first render
 * with a pan/zoom p95 of ~33 ms and 1 000 nodes ~1.4 s with a p95 of ~100 ms (worse than
 * 10 000 nodes this way); 1 000 nodes this way take ~0.6 s with a p95 of ~17 ms (issue 7).
 */
export const LARGE_GRAPH_NODES = 500;
/**
 * Below this zoom a large graph's node labels are left out of the stylesheet, not only
 * skipped when drawn: Cytoscape measures every label it has (~0.45 s for 10 000 nodes), and
 * at such a zoom `min-zoomed-font-size` would hide them all anyway (11 px × 0.8 < 9 px).
 * Hovered and selected nodes keep theirs.
 */
export const LARGE_LABEL_MIN_ZOOM = 0.8;
export const largeGraphStylesheet = (labels = true): StylesheetJson =>
  largeRules(labels ? stylesheetAt(1) : withoutText(stylesheetAt(1)), labels);

/**
 * A large graph zoomed in (GraphCanvas, from LARGE_LABEL_MIN_ZOOM): label sizes read `zoom()`
 * when Cytoscape applies them, as a small graph's do, so that they keep their size on screen
 * and zooming in shows more of them. Only the nodes on the canvas are restyled for a new
 * zoom, once the view is still (largeLabelZoom.ts).
 */
export const largeGraphStylesheetFollowing = (zoom: () => number): StylesheetJson =>
  largeRules(stylesheetFollowing(zoom), true);

/** The large graph's rules over `base` (a small graph's stylesheet), with or without labels. */
function largeRules(base: StylesheetJson, labels: boolean): StylesheetJson {
  return [
    ...base,
    { selector: 'node', style: { 'min-zoomed-font-size': 9 } },
    // Straight edges, as the layer draws the others, with their arrows: only the edges one can
    // tap are in the instance (those of the selected node or on a highlighted path), few enough.
    { selector: 'edge', style: { 'min-zoomed-font-size': 9, 'curve-style': 'straight' } },
    ...(labels
      ? []
      : [
          {
            selector: 'node.hovered',
            style: { ...LABEL_STYLE, label: 'data(short)', 'min-zoomed-font-size': 0 },
          },
          {
            selector: 'node:selected',
            style: { ...LABEL_STYLE, label: 'data(label)', 'min-zoomed-font-size': 0 },
          },
        ]),
  ];
}

/** Node properties Cytoscape needs for nodes it does not draw: taps, hovers and drags. */
const GEOMETRY = new Set(['width', 'height', 'shape']);

/**
 * A large graph seen from afar (below LARGE_LABEL_MIN_ZOOM): the node layer beneath the
 * instance draws the nodes (edgeLayer.ts, nodeLook.ts) and Cytoscape keeps them transparent,
 * for taps, hovers and drags, drawing only the hovered and the selected node, with its label.
 * Rules for nodes give every node its geometry, and their other properties only to those
 * two: Cytoscape resolves every property a rule sets on every node it matches (~45 µs a
 * node). Cytoscape drawing 10 000 nodes made the slow frames of a pan or a zoom (p95
 * ~80 ms, ~33 ms without) and resolving their whole style ~0.45 s of a first render (issue 7).
 */
export const overviewStylesheet = (): StylesheetJson => {
  const out: StylesheetJson = [];
  for (const rule of largeGraphStylesheet(false) as {
    selector: string;
    style: Record<string, unknown>;
  }[]) {
    const parts = rule.selector.split(',').map((part) => part.trim());
    if (!parts.every((part) => part.startsWith('node'))) {
      out.push(rule as never);
      continue;
    }
    const geometry = Object.fromEntries(
      Object.entries(rule.style).filter(([name]) => GEOMETRY.has(name)),
    );
    if (Object.keys(geometry).length > 0) out.push({ selector: rule.selector, style: geometry });
    const drawn = parts.flatMap((part) => [`${part}:selected`, `${part}.hovered`]).join(', ');
    out.push({ selector: drawn, style: rule.style } as never);
  }
  return [
    ...out,
    { selector: 'node', style: { opacity: 0 } },
    { selector: 'node:selected, node.hovered', style: { opacity: 1 } },
    { selector: 'node.dimmed:selected, node.dimmed.hovered', style: { opacity: DIMMED_OPACITY } },
  ];
};

/** The font size of a hovered or selected node's label in a large graph seen from afar. */
export const OVERVIEW_SELECTED_FONT = 11;

/** The label of a hovered or selected node of a large graph seen from afar. */
const LABEL_STYLE = {
  'font-size': OVERVIEW_SELECTED_FONT,
  'font-family': LABEL_FONT_FAMILY,
  color: LABEL_COLOR,
  'text-valign': 'bottom',
  'text-margin-y': LABEL_MARGIN,
  'text-background-color': '#fbfcfd',
  'text-background-opacity': 0.95,
  'text-background-padding': '1px',
} as const;

/** Text properties Cytoscape need not compute when no label is drawn. */
const isTextProperty = (name: string): boolean =>
  name === 'label' ||
  name === 'color' ||
  name.startsWith('text-') ||
  name.startsWith('font-') ||
  name.startsWith('source-text') ||
  name.startsWith('target-text');

/**
 * `sheet` without its text properties (and rules left empty): a large graph seen from afar
 * draws no label, and Cytoscape computes every property a rule sets for every element it
 * matches (style was ~45 µs a node at 10 000 nodes, most of a first render).
 */
function withoutText(sheet: StylesheetJson): StylesheetJson {
  const out: StylesheetJson = [];
  for (const rule of sheet as { selector: string; style: Record<string, unknown> }[]) {
    const style = Object.fromEntries(
      Object.entries(rule.style).filter(([name]) => !isTextProperty(name)),
    );
    if (Object.keys(style).length > 0) out.push({ selector: rule.selector, style } as never);
  }
  return out;
}
