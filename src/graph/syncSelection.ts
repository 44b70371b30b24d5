/**
 * The canvas's selection follows the URL: elements are unselectable for the user, and this is
 * the only code that selects one.
 */
import type { Core, SingularElementArgument } from 'cytoscape';
import { isMarkedHidden } from './hiddenElements.ts';

/** The element syncSelection selected last, by instance. */
const selectedBySync = new WeakMap<Core, SingularElementArgument>();

/**
 * Selects exactly `id` (or nothing; a hidden element is not there) and returns what it
 * selected. Since only this function selects, the element it selected last is the selection,
 * if still selected: asking Cytoscape (`:selected`) scans every element, ~5 ms of the article's
 * load. One taken out of the instance (a large graph's hidden node) stays selected in
 * Cytoscape, and would come back so: it is let go too.
 */
export function syncSelection(cy: Core, id: string | undefined): SingularElementArgument | null {
  const target = id === undefined ? null : cy.getElementById(id);
  const wanted = target && target.nonempty() && !isMarkedHidden(target) ? target : null;
  const last = selectedBySync.get(cy);
  const current = last && last.selected() ? last : null;
  if (current === null && wanted === null) return null;
  if (current && wanted && !current.removed() && current.same(wanted)) return wanted;
  cy.batch(() => {
    current?.selectify().unselect().unselectify();
    wanted?.selectify().select().unselectify();
  });
  if (wanted) selectedBySync.set(cy, wanted);
  else selectedBySync.delete(cy);
  return wanted;
}
