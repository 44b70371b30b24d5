import type { Core, SingularElementArgument } from 'cytoscape';
import { isMarkedHidden, markedHidden } from './hiddenElements.ts';
import { isDimmed } from './dimmedElements.ts';
import { parsedStyle } from './parsedStyle.ts';

export interface VisibleElements {
  nodes: string[];
  edges: string[];
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Whether the canvas shows `ele`: Cytoscape's `visible()`, except that a node it keeps
 * transparent counts as shown, since a large graph's node layer draws it (overviewStylesheet),
 * and that an element a small graph hides by a mark (hiddenElements.ts) is not.
 */
export function shownOnCanvas(ele: SingularElementArgument): boolean {
  if (isMarkedHidden(ele)) return false;
  if (!ele.isNode()) return ele.visible();
  return (
    parsedStyle(ele, 'display').value === 'element' &&
    parsedStyle(ele, 'visibility').value === 'visible'
  );
}

/** Ids of the elements the instance shows: in the graph and neither hidden nor undisplayed. */
export function visibleElementIds(cy: Core): VisibleElements {
  const ids = (eles: SingularElementArgument[]): string[] =>
    eles
      .filter((ele) => shownOnCanvas(ele))
      .map((ele) => ele.id())
      .sort();
  return { nodes: ids(cy.nodes().toArray()), edges: ids(cy.edges().toArray()) };
}

/**
 * Ids of the shown elements matching `filter` (a selector without group), nodes and edges
 * apart. Hidden elements keep their classes (hiddenElements.ts): they are left out.
 */
export function idsOf(cy: Core, filter: string): VisibleElements {
  const hidden = markedHidden(cy);
  // `.dimmed` also matches what a small graph dims by marks (dimmedElements.ts).
  const matching = (group: 'node' | 'edge') =>
    filter === '.dimmed'
      ? cy.elements(group).filter((ele) => isDimmed(ele))
      : cy.elements(`${group}${filter}`);
  const ids = (group: 'node' | 'edge'): string[] =>
    matching(group)
      .map((ele) => ele.id())
      .filter((id) => !hidden.has(id))
      .sort();
  return { nodes: ids('node'), edges: ids('edge') };
}

/** What a rendered graph view offers its owner, without handing out the instance. */
export interface GraphView {
  visibleElements(): VisibleElements;
  /** A node's position in model coordinates, or null for an unknown id. */
  nodePosition(id: string): Point | null;
  /**
   * Where an element is drawn, in CSS pixels of the page (viewport coordinates): a node's
   * centre or an edge's midpoint; null when unknown or not displayed.
   */
  clientPosition(id: string): Point | null;
  /** The layout whose positions are in place (empty while the first one runs). */
  layout(): string;
  /** Elements on a highlighted shortest path, and dimmed ones. */
  emphasis(): { highlighted: VisibleElements; dimmed: VisibleElements };
  /** The current zoom level. */
  zoom(): number;
  /** Ids of the nodes a large graph's layer names (its overview's labels); none in a small one. */
  layerLabels(): string[];
  /** The boxes of the node labels Cytoscape draws on the canvas, in rendered pixels. */
  labelBoxes(): LabelBox[];
  /** Ids of the elements selected in Cytoscape (at most one: the URL's `sel`). */
  selectedIds(): string[];
  /**
   * Whether nothing moves and nothing waits: no layout running, no viewport or node animation,
   * no chunked work left (nodes to put back, styles to resolve).
   */
  idle(): boolean;
  /** Every node's current position in model coordinates, by id (for exports). */
  positions(): Map<string, Point>;
  /** Every node's fill colour as drawn, as `#rrggbb`, by id (for exports). */
  nodeColors(): Map<string, string>;
  /**
   * A PNG of what is shown, as drawn (hidden elements left out, dimmed ones dimmed, labels in
   * proportion), framing all shown elements whatever the viewport.
   */
  png(options?: ImageOptions): Promise<Blob>;
  /** The same picture as an SVG document. */
  svg(options?: ImageOptions): Promise<string>;
}

export interface LabelBox {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Cytoscape widens a label's bounds by 2 model units a side beyond its background ("to work
 * around browser dimension inaccuracies", its `updateBoundsFromLabel`): two labels 1 px apart
 * on screen had bounds that overlapped by 3 px.
 */
const LABEL_BOUNDS_MARGIN = 2;

/**
 * The boxes of the node labels Cytoscape draws (on the canvas, shown, with a label not hidden
 * and not too small to be drawn), in rendered pixels: the text and its background, as drawn.
 * None while a large graph's layer draws the nodes (`layerDraws`).
 */
export function drawnLabelBoxes(cy: Core, layerDraws: boolean): LabelBox[] {
  if (layerDraws) return [];
  const zoom = cy.zoom();
  const width = cy.width();
  const height = cy.height();
  const out: LabelBox[] = [];
  cy.nodes().forEach((node) => {
    if (!shownOnCanvas(node) || node.hasClass('label-hidden')) return;
    if (String(node.style('label') ?? '') === '') return;
    const minimum = Number(parsedStyle(node, 'min-zoomed-font-size').pfValue ?? 0);
    if (Number(parsedStyle(node, 'font-size').pfValue) * zoom < minimum) return;
    const box = node.renderedBoundingBox({
      includeNodes: false,
      includeEdges: false,
      includeLabels: true,
      includeOverlays: false,
    });
    if (box.x2 < 0 || box.x1 > width || box.y2 < 0 || box.y1 > height || box.w === 0) return;
    const m = LABEL_BOUNDS_MARGIN * zoom;
    out.push({ id: node.id(), x1: box.x1 + m, y1: box.y1 + m, x2: box.x2 - m, y2: box.y2 - m });
  });
  return out;
}

export interface ImageOptions {
  /**
   * The size relative to the picture on screen: 1 (default) as large as the canvas draws it
   * at the current zoom, 2 twice as large (a sharp PNG).
   */
  scale?: number;
  /** A CSS background colour (default: transparent). */
  background?: string;
}

/** `rgb(r, g, b)` / `rgba(…)` / `#rgb` / `#rrggbb` as `#rrggbb`; undefined when unreadable. */
export function toHexColor(css: string): string | undefined {
  const value = css.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(value)) return value;
  if (/^#[0-9a-f]{3}$/.test(value)) return `#${[...value.slice(1)].map((c) => c + c).join('')}`;
  const rgb = /^rgba?\(\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)/.exec(value);
  if (!rgb) return undefined;
  const hex = (c: string | undefined) =>
    Math.min(255, Math.round(Number(c)))
      .toString(16)
      .padStart(2, '0');
  return `#${hex(rgb[1])}${hex(rgb[2])}${hex(rgb[3])}`;
}

/**
 * The view of the canvas on screen, for controls outside the graph pane (the export menu).
 * GraphCanvas sets it when it creates its instance and clears it when it destroys it.
 */
let activeView: GraphView | null = null;

export function setActiveGraphView(view: GraphView | null, previous?: GraphView): void {
  if (view === null && previous !== undefined && activeView !== previous) return;
  activeView = view;
}

/** The GraphView of the canvas on screen, or null when none is mounted. */
export function activeGraphView(): GraphView | null {
  return activeView;
}
