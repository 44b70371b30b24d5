import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { markHidden } from './hiddenElements.ts';
import { syncSelection } from './syncSelection.ts';
import { headlessInstances } from './test-support.ts';

const headless = headlessInstances();

function instance(): Core {
  const cy = headless({
    elements: [
      { data: { id: 'a' } },
      { data: { id: 'b' } },
      { data: { id: 'c' } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
    ],
  });
  cy.elements().unselectify();
  return cy;
}

const selected = (core: Core) =>
  core
    .$(':selected')
    .map((ele) => ele.id())
    .sort();

describe('syncSelection', () => {
  it('selects exactly the element asked for, and nothing for none', () => {
    const core = instance();
    expect(syncSelection(core, 'a')?.id()).toBe('a');
    expect(selected(core)).toEqual(['a']);
    expect(syncSelection(core, 'ab')?.id()).toBe('ab');
    expect(selected(core)).toEqual(['ab']);
    expect(syncSelection(core, undefined)).toBeNull();
    expect(selected(core)).toEqual([]);
    expect(syncSelection(core, 'nowhere')).toBeNull();
    expect(selected(core)).toEqual([]);
    // The user still cannot select: elements stay unselectable.
    expect(
      core
        .elements()
        .toArray()
        .some((ele) => ele.selectable()),
    ).toBe(false);
  });

  it('touches nothing when the selection is already right', () => {
    const core = instance();
    syncSelection(core, 'b');
    let events = 0;
    core.on('select unselect', () => void events++);
    expect(syncSelection(core, 'b')?.id()).toBe('b');
    expect(events).toBe(0);
    syncSelection(core, 'c');
    expect(events).toBe(2);
  });

  it('selects nothing for an element hidden by a mark', () => {
    const core = instance();
    syncSelection(core, 'a');
    markHidden(core, new Set(['a']));
    expect(syncSelection(core, 'a')).toBeNull();
    expect(selected(core)).toEqual([]);
  });

  it('lets go of a selected element taken out of the instance, so it does not come back selected', () => {
    const core = instance();
    const a = syncSelection(core, 'a')!;
    a.remove();
    syncSelection(core, 'c');
    a.restore();
    expect(selected(core)).toEqual(['c']);
    // The same element put back and asked for again is selected again.
    expect(syncSelection(core, 'a')?.id()).toBe('a');
    expect(selected(core)).toEqual(['a']);
  });

  it('selects a new element that took the id of a removed one', () => {
    const core = instance();
    syncSelection(core, 'b');
    core.getElementById('b').remove();
    core.add({ data: { id: 'b' } }).unselectify();
    expect(syncSelection(core, 'b')?.id()).toBe('b');
    expect(selected(core)).toEqual(['b']);
  });
});
