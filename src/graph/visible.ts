import type { Core } from 'cytoscape';

export interface VisibleElements {
  nodes: string[];
  edges: string[];
}

/** Ids of the elements the instance shows: in the graph and neither hidden nor undisplayed. */
export function visibleElementIds(cy: Core): VisibleElements {
  const ids = (selector: string): string[] =>
    cy
      .elements(selector)
      .map((ele) => ele.id())
      .sort();
  return { nodes: ids('node:visible'), edges: ids('edge:visible') };
}

/** What a rendered graph view offers its owner, without handing out the instance. */
export interface GraphView {
  visibleElements(): VisibleElements;
}
