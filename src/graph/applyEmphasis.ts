/**
 * View state as classes and membership of the Cytoscape instance: which elements are dimmed,
 * highlighted or hidden (the emphasis, emphasis.ts), applied as diffs. Large graphs apply them
 * a bounded number of elements at a time, because each element Cytoscape restyles costs
 * ~50 µs here; GraphCanvas calls these again, a frame apart, until nothing is left.
 */
import type { CollectionArgument, Core, NodeCollection, NodeSingular } from 'cytoscape';
import type { Emphasis } from './emphasis.ts';

/**
 * How applyEmphasis treats hidden elements:
 * - `class`: they get the `.hidden` class (`display: none`);
 * - `leave-nodes`: hidden nodes keep their classes (a large graph takes them out of the
 *   instance instead, hideByRemoval: restyling thousands on their way out took ~0.3 s); hidden
 *   edges get the class;
 * - `leave`: hidden elements keep their classes and get no `.hidden` (a small graph hides them
 *   by marks, hiddenElements.ts); they get the classes of the emphasis once shown again. No
 *   element gets `.dimmed` either: a small graph dims by marks too (dimmedElements.ts).
 */
export type HiddenMode = 'class' | 'leave-nodes' | 'leave';

/**
 * Adds or removes state classes only where they differ, in one batch, on at most `limit`
 * elements (each one Cytoscape restyles); true when some are left for another time.
 */
export function applyEmphasis(
  cy: Core,
  emphasis: Emphasis,
  limit = Infinity,
  hiddenMode: HiddenMode = 'class',
): boolean {
  let changed = 0;
  let more = false;
  cy.batch(() => {
    for (const ele of cy.elements().toArray()) {
      const id = ele.id();
      const hidden = emphasis.hidden.has(id);
      if (hidden && (hiddenMode === 'leave' || (hiddenMode === 'leave-nodes' && ele.isNode())))
        continue;
      const wants: [string, boolean][] = [
        ['hidden', hidden],
        ['dimmed', hiddenMode !== 'leave' && emphasis.dimmed.has(id)],
        ['highlighted', emphasis.highlighted.has(id)],
      ];
      const differs = wants.filter(([cls, on]) => ele.hasClass(cls) !== on);
      if (differs.length === 0) continue;
      if (changed >= limit) {
        more = true;
        break;
      }
      for (const [cls, on] of differs) ele.toggleClass(cls, on);
      changed += 1;
    }
  });
  return more;
}

/**
 * Most nodes a large graph puts back into the instance at once: restoring is restyling, about
 * 50 µs a node here, so 50 000 nodes shown again at once froze the tab for over 2 s. The rest
 * follow in the next frames.
 */
export const RESTORE_CHUNK = 6000;

/**
 * A large graph hides nodes by taking them out of the instance, not with the `.hidden` class:
 * Cytoscape restyles every element whose classes change (at 10 000 nodes, a filter that
 * hides most of them took ~0.5 s of restyling), while removing them only unlinks them. Nodes
 * the emphasis shows again are put back, at most `limit` of them; returns the nodes out of
 * the instance (hidden or not yet back) and whether there is more to do.
 *
 * Nodes that `canWait` accepts stay in the instance for another call: removing 8 000 nodes
 * took ~20 ms of a 10k filter's frame, while the node layer, which draws them from afar,
 * stops drawing hidden ones at once (GraphCanvas lets wait those Cytoscape paints nothing
 * of, with no edge in the instance).
 */
export function hideByRemoval(
  cy: Core,
  emphasis: Emphasis,
  removed: readonly NodeSingular[],
  limit = RESTORE_CHUNK,
  canWait: (node: NodeSingular) => boolean = () => false,
): { removed: NodeSingular[]; more: boolean } {
  const { hidden } = emphasis;
  const back: NodeSingular[] = [];
  const still: NodeSingular[] = [];
  for (const node of removed) {
    if (!hidden.has(node.id()) && back.length < limit) back.push(node);
    else still.push(node);
  }
  let waiting = false;
  const out: NodeCollection = cy.nodes().filter((node) => {
    if (!hidden.has(node.id())) return false;
    if (!canWait(node)) return true;
    waiting = true;
    return false;
  });
  if (back.length > 0 || out.nonempty()) {
    cy.batch(() => {
      // Cytoscape takes removed elements back as a collection of them (its typings say ids).
      if (back.length > 0) cy.collection(back as unknown as CollectionArgument).restore();
      cy.remove(out);
    });
  }
  const more = waiting || still.some((node) => !hidden.has(node.id()));
  return { removed: [...still, ...out.toArray()], more };
}
