/**
 * Cytoscape's hit test (the renderer's `findNearestElements`, on every pointer move and tap)
 * asks each element it passes for its bounding box before looking whether its label takes
 * pointer events at all (`text-events`, off unless a stylesheet turns it on). Once styles have
 * changed, every box is computed again: the first pointer move over the 50 000-node corpus
 * after its warm-up took one task of ~0.34 s, ~0.3 s of it for boxes nothing reads (issue 7).
 *
 * This hit test lets an element skip that box while its label takes no events: the label
 * check then returns without reading it, as before. An element whose label does take events
 * computes its box as it always did.
 */
import type { Core } from 'cytoscape';

/** What of Cytoscape this module reads and replaces (internal, missing from its types). */
interface HitTestRenderer {
  findNearestElements?: (...args: unknown[]) => unknown;
}
interface BoxedElement {
  boundingBox(...args: unknown[]): unknown;
  pstyle(name: string): { strValue: string };
}

const PATCHED = Symbol.for('claimgraph.labelFreeHitTest');

export function installLabelFreeHitTest(cy: Core): void {
  const renderer = (cy as unknown as { renderer(): HitTestRenderer | undefined }).renderer();
  const find = renderer?.findNearestElements;
  if (!renderer || typeof find !== 'function' || PATCHED in find) return;
  // Elements take their methods from one prototype, shared by every collection.
  const elements = Object.getPrototypeOf(cy.collection()) as BoxedElement;
  const hitTest = function (this: unknown, ...args: unknown[]) {
    const boundingBox = elements.boundingBox;
    elements.boundingBox = function (this: BoxedElement, ...rest: unknown[]) {
      // Called bare by the label check only; a label without events reads no box.
      if (rest.length === 0 && this.pstyle('text-events').strValue !== 'yes') return undefined;
      return boundingBox.apply(this, rest);
    };
    try {
      return find.apply(this, args);
    } finally {
      elements.boundingBox = boundingBox;
    }
  };
  Object.defineProperty(hitTest, PATCHED, { value: true });
  renderer.findNearestElements = hitTest;
}
