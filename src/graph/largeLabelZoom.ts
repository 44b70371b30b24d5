/**
 * A large graph zoomed in keeps its labels the size a small graph's are on screen
 * (style.ts `largeGraphStylesheetFollowing`): with labels grown with the zoom, as they were,
 * the same labels fit at every zoom and zooming in on a dense cluster never named more of
 * it. Restyling every node for each new zoom is ~45 µs a node (~0.45 s at 10 000), so once
 * the view is still only the nodes on the canvas are restyled, and only those styled for
 * another zoom: this tracks which zoom each node's label sizes were resolved for.
 */
import type { Core, NodeSingular } from 'cytoscape';

/** Label sizes within this share of the zoom are kept (GraphCanvas's RESTYLE_ZOOM_CHANGE). */
export const LABEL_ZOOM_TOLERANCE = 0.03;

export class LabelZoomTracker {
  /** The zoom every node was styled for when the stylesheet was last applied. */
  private base = 1;
  /** Nodes restyled since, by id. */
  private readonly restyled = new Map<string, number>();
  private lowest = 1;

  /** The whole stylesheet was applied at `zoom`: every node's sizes are for it. */
  reset(zoom: number): void {
    this.base = zoom;
    this.lowest = zoom;
    this.restyled.clear();
  }

  /** Of `nodes`, those whose label sizes are for a zoom too far from `zoom`. */
  stale<T extends Pick<NodeSingular, 'id'>>(nodes: readonly T[], zoom: number): T[] {
    return nodes.filter((node) => {
      const styled = this.restyled.get(node.id()) ?? this.base;
      return Math.abs(styled - zoom) > zoom * LABEL_ZOOM_TOLERANCE;
    });
  }

  /** `nodes` were restyled at `zoom`. */
  mark(nodes: readonly Pick<NodeSingular, 'id'>[], zoom: number): void {
    for (const node of nodes) this.restyled.set(node.id(), zoom);
    this.lowest = Math.min(this.lowest, zoom);
  }

  /** The lowest zoom any node's label sizes are for. */
  lowestZoom(): number {
    return this.lowest;
  }
}

/**
 * The nodes of the instance whose bodies or labels may show on the canvas: those within
 * `marginPx` screen pixels of it, at the lowest zoom any label was styled for (a label styled
 * for a lower zoom is larger on screen, and reaches further).
 */
export function nodesInView(cy: Core, lowestStyledZoom: number, marginPx = 250): NodeSingular[] {
  const { x1, y1, x2, y2 } = cy.extent();
  const margin = marginPx / Math.max(Math.min(cy.zoom(), lowestStyledZoom), 1e-3);
  const out: NodeSingular[] = [];
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    if (x >= x1 - margin && x <= x2 + margin && y >= y1 - margin && y <= y2 + margin)
      out.push(node);
  });
  return out;
}
