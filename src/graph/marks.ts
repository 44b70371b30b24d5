/**
 * What a small graph's marks share (hiddenElements.ts, dimmedElements.ts): sets of element
 * ids kept beside the instance, which Cytoscape itself does not know of.
 */
import type { Core, SingularElementArgument } from 'cytoscape';

/** The elements of `cy` in one of `before` and `after` but not both (ids gone are skipped). */
export function changedMarks(
  cy: Core,
  before: ReadonlySet<string>,
  after: ReadonlySet<string>,
): SingularElementArgument[] {
  const changed: SingularElementArgument[] = [];
  const note = (id: string) => {
    const ele = cy.getElementById(id);
    if (ele.nonempty()) changed.push(ele);
  };
  for (const id of after) if (!before.has(id)) note(id);
  for (const id of before) if (!after.has(id)) note(id);
  return changed;
}
