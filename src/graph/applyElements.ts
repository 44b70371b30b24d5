/**
 * Brings a Cytoscape instance to a wanted set of elements with id-keyed diffs inside one
 * `cy.batch()`: adds what is missing, removes what is gone, and updates the data and
 * classes of what changed. The instance itself is never rebuilt.
 */
import type { Core, ElementDefinition, SingularElementArgument } from 'cytoscape';
import type { GraphElements } from './elements.ts';

export interface ElementDiff {
  added: string[];
  removed: string[];
  updated: string[];
}

/** Keys Cytoscape owns and never changes in place. */
const FIXED_KEYS = new Set(['id', 'source', 'target', 'parent']);

/**
 * Classes GraphCanvas sets for the state of the view (focus, paths, hover): element diffs
 * neither compare nor remove them.
 */
export const STATE_CLASSES: ReadonlySet<string> = new Set([
  'dimmed',
  'hidden',
  'highlighted',
  'hovered',
  'label-hidden',
  'label-top',
  'label-right',
  'label-left',
]);

const allClasses = (classes: ElementDefinition['classes']): string[] =>
  (Array.isArray(classes) ? classes : (classes ?? '').split(/\s+/)).filter(Boolean);

/** The data classes of an element: sorted, without state classes. */
const classList = (classes: ElementDefinition['classes']): string[] =>
  allClasses(classes)
    .filter((c) => !STATE_CLASSES.has(c))
    .sort();

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((value, i) => value === b[i]);

/** Whether `ele` can no longer stand for `def`: another group, or other endpoints. */
function mustReplace(ele: SingularElementArgument, def: ElementDefinition): boolean {
  if (ele.isNode()) return def.group !== 'nodes';
  if (def.group !== 'edges') return true;
  const data = def.data as { source: string; target: string };
  return ele.data('source') !== data.source || ele.data('target') !== data.target;
}

/** Updates data and classes in place; true when anything changed. */
function update(ele: SingularElementArgument, def: ElementDefinition): boolean {
  let changed = false;
  const current = ele.data() as Record<string, unknown>;
  const wanted = def.data as Record<string, unknown>;
  const stale = Object.keys(current).filter((key) => !FIXED_KEYS.has(key) && !(key in wanted));
  if (stale.length > 0) {
    ele.removeData(stale.join(' '));
    changed = true;
  }
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(wanted)) {
    if (!FIXED_KEYS.has(key) && current[key] !== value) patch[key] = value;
  }
  if (Object.keys(patch).length > 0) {
    ele.data(patch);
    changed = true;
  }
  const classes = classList(def.classes);
  const present = ele.classes();
  if (!sameList(classList(present), classes)) {
    ele.classes([...classes, ...present.filter((c) => STATE_CLASSES.has(c))]);
    changed = true;
  }
  return changed;
}

export function applyElements(cy: Core, next: GraphElements): ElementDiff {
  const wanted = new Map<string, ElementDefinition>();
  for (const def of [...next.nodes, ...next.edges]) {
    const id = def.data.id;
    if (id !== undefined && !wanted.has(id)) wanted.set(id, def);
  }
  const diff: ElementDiff = { added: [], removed: [], updated: [] };
  cy.batch(() => {
    const stale = cy.elements().filter((ele) => {
      const def = wanted.get(ele.id());
      return def === undefined || mustReplace(ele, def);
    });
    // Removing a node removes its edges too: record all of them.
    const gone = stale.union(stale.connectedEdges());
    gone.forEach((ele) => {
      diff.removed.push(ele.id());
    });
    cy.remove(gone);

    const missing: ElementDefinition[] = [];
    for (const [id, def] of wanted) {
      const ele = cy.getElementById(id);
      if (ele.empty()) missing.push(def);
      else if (update(ele, def)) diff.updated.push(id);
    }
    // Nodes before edges, so that every edge finds its endpoints.
    missing.sort((a, b) => Number(a.group === 'edges') - Number(b.group === 'edges'));
    cy.add(missing);
    diff.added = missing.map((def) => def.data.id ?? '');
  });
  return diff;
}
