import type { Core } from 'cytoscape';

export interface VisibleElements {
  nodes: string[];
  edges: string[];
}

export interface Point {
  x: number;
  y: number;
}

/** Ids of the elements the instance shows: in the graph and neither hidden nor undisplayed. */
export function visibleElementIds(cy: Core): VisibleElements {
  return idsOf(cy, ':visible');
}

/** Ids of the elements matching `filter` (a selector without group), nodes and edges apart. */
export function idsOf(cy: Core, filter: string): VisibleElements {
  const ids = (selector: string): string[] =>
    cy
      .elements(selector)
      .map((ele) => ele.id())
      .sort();
  return { nodes: ids(`node${filter}`), edges: ids(`edge${filter}`) };
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
  /** Ids of the elements selected in Cytoscape (at most one: the URL's `sel`). */
  selectedIds(): string[];
  /** Whether nothing moves: no layout running, no viewport or node animation. */
  idle(): boolean;
}
