/**
 * `window.claimgraph`: a read-only handle for end-to-end tests and the curious. It tells
 * which document is selected, whether its first complete render is done, and which
 * elements the Cytoscape instance shows (graph.json ids plus derived `reported:` ids).
 */
import type { GraphView, VisibleElements } from '../graph/visible.ts';
import { parseView } from '../state/view.ts';

export interface ClaimgraphHandle {
  readonly ready: boolean;
  readonly documentId: string;
  visibleElements(): VisibleElements;
  /** The selected element's id (`sel` in the URL), or null. */
  selected(): string | null;
}

declare global {
  interface Window {
    readonly claimgraph?: ClaimgraphHandle;
  }
}

const state: { documentId: string; rendered: { documentId: string; view: GraphView } | null } = {
  documentId: '',
  rendered: null,
};

const currentView = (): GraphView | null =>
  state.rendered && state.rendered.documentId === state.documentId ? state.rendered.view : null;

const handle: ClaimgraphHandle = Object.freeze({
  get ready() {
    return currentView() !== null;
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
});

export function installTestHandle(target: Window = window): void {
  Object.defineProperty(target, 'claimgraph', { value: handle, enumerable: true });
}

/** The document the app shows now; `ready` stays false until it has been rendered. */
export function setCurrentDocument(documentId: string): void {
  state.documentId = documentId;
}

/** A complete render of `documentId` (elements applied and laid out). */
export function publishRender(documentId: string, view: GraphView): void {
  state.rendered = { documentId, view };
}
