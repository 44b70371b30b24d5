/**
 * `window.claimgraph`: a read-only handle for end-to-end tests and the curious. It tells
 * which document is selected, whether its first complete render is done, which elements
 * the Cytoscape instance shows (graph.json ids plus derived `reported:` ids), where nodes
 * are, which layout is in place and what focus and paths emphasise.
 */
import type { GraphView, LabelBox, Point, VisibleElements } from '../graph/visible.ts';
import { normalizeView, type FilterDescriptor } from '../model/filters.ts';
import { parseView, viewFilter } from '../state/view.ts';

export interface ClaimgraphHandle {
  /** The current document is rendered: its elements are in the canvas, laid out. */
  readonly ready: boolean;
  /**
   * A complete picture of the current document is on screen: a small graph's sketch, drawn
   * before Cytoscape's first frame (src/graph/sketch.ts), or the rendered canvas.
   */
  readonly painted: boolean;
  /**
   * When the current document's sketch was drawn (ms on the page's clock, as
   * `performance.now()`), or null: none was (a large graph), or not yet.
   */
  readonly sketchedAt: number | null;
  readonly documentId: string;
  visibleElements(): VisibleElements;
  /** The selected element's id (`sel` in the URL), or null. */
  selected(): string | null;
  /** The active filter descriptors (focus included), as the URL states them. */
  filters(): FilterDescriptor[];
  /** A node's position in model coordinates, or null (unknown id, or not rendered yet). */
  nodePosition(id: string): Point | null;
  /**
   * Where an element is drawn, in CSS pixels of the page viewport (a node's centre, an
   * edge's midpoint): where to point the mouse. Null when unknown or not displayed.
   */
  clientPosition(id: string): Point | null;
  /**
   * The layout whose positions are in place (`force`, `concentric`, `hierarchy`, `timeline`);
   * '' while a layout is still moving nodes, or before the first render.
   */
  layout(): string;
  /** Elements a shortest path highlights, and elements focus or a path dims. */
  emphasis(): { highlighted: VisibleElements; dimmed: VisibleElements };
  /** The canvas zoom level (1 before the first render). */
  zoom(): number;
  /** Ids of the nodes a large graph's layer names, seen from afar (sorted); none in a small one. */
  layerLabels(): string[];
  /** The boxes of the node labels Cytoscape draws on the canvas, in rendered pixels. */
  labelBoxes(): LabelBox[];
  /** The element selected in the Cytoscape instance itself (which follows `sel`), or null. */
  canvasSelected(): string | null;
  /** Whether the canvas is still: rendered, no layout running, nothing animating or waiting. */
  idle(): boolean;
}

declare global {
  interface Window {
    readonly claimgraph?: ClaimgraphHandle;
  }
}

const state: {
  documentId: string;
  rendered: { documentId: string; view: GraphView } | null;
  sketched: { documentId: string; at: number } | null;
} = {
  documentId: '',
  rendered: null,
  sketched: null,
};

const currentView = (): GraphView | null =>
  state.rendered && state.rendered.documentId === state.documentId ? state.rendered.view : null;

const handle: ClaimgraphHandle = Object.freeze({
  get ready() {
    return currentView() !== null;
  },
  get painted() {
    return state.sketched?.documentId === state.documentId || currentView() !== null;
  },
  get sketchedAt() {
    return state.sketched?.documentId === state.documentId ? state.sketched.at : null;
  },
  get documentId() {
    return state.documentId;
  },
  visibleElements(): VisibleElements {
    return currentView()?.visibleElements() ?? { nodes: [], edges: [] };
  },
  selected(): string | null {
    return parseView(window.location.search).view.sel ?? null;
  },
  filters(): FilterDescriptor[] {
    return normalizeView(viewFilter(parseView(window.location.search).view)).filters;
  },
  nodePosition(id: string): Point | null {
    return currentView()?.nodePosition(id) ?? null;
  },
  clientPosition(id: string): Point | null {
    return currentView()?.clientPosition(id) ?? null;
  },
  layout(): string {
    return currentView()?.layout() ?? '';
  },
  emphasis() {
    const none = { nodes: [], edges: [] };
    return currentView()?.emphasis() ?? { highlighted: none, dimmed: none };
  },
  zoom(): number {
    return currentView()?.zoom() ?? 1;
  },
  layerLabels(): string[] {
    return currentView()?.layerLabels() ?? [];
  },
  labelBoxes(): LabelBox[] {
    return currentView()?.labelBoxes() ?? [];
  },
  canvasSelected(): string | null {
    return currentView()?.selectedIds()[0] ?? null;
  },
  idle(): boolean {
    return currentView()?.idle() ?? false;
  },
});

export function installTestHandle(target: Window = window): void {
  Object.defineProperty(target, 'claimgraph', { value: handle, enumerable: true });
}

/** The document the app shows now; `ready` stays false until it has been rendered. */
export function setCurrentDocument(documentId: string): void {
  state.documentId = documentId;
}

/** A sketch of `documentId` is on screen (GraphCanvas's onSketched). */
export function publishSketch(documentId: string): void {
  state.sketched = { documentId, at: performance.now() };
}

/** A complete render of `documentId` (elements applied and laid out). */
export function publishRender(documentId: string, view: GraphView): void {
  state.rendered = { documentId, view };
}
