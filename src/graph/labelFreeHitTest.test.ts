import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { installLabelFreeHitTest } from './labelFreeHitTest.ts';
import { headlessInstances } from './test-support.ts';

const headless = headlessInstances();

/** A headless instance whose renderer's hit test is `find` (a browser's is Cytoscape's own). */
function withHitTest(find: (this: unknown, ...args: unknown[]) => unknown) {
  const core = headless({
    style: [
      { selector: 'node', style: { label: 'data(id)' } },
      { selector: '#talks', style: { 'text-events': 'yes' } },
    ],
    elements: [{ data: { id: 'quiet' } }, { data: { id: 'talks' } }],
  });
  const renderer = { findNearestElements: find };
  installLabelFreeHitTest(Object.assign(Object.create(core) as Core, { renderer: () => renderer }));
  return { core, hitTest: () => renderer.findNearestElements(1, 2) };
}

describe('installLabelFreeHitTest', () => {
  it('skips the bare box of an element whose label takes no events, and only within the hit test', () => {
    const { core, hitTest } = withHitTest(function () {
      const quiet = core.getElementById('quiet');
      const talks = core.getElementById('talks');
      return [
        quiet.boundingBox(),
        talks.boundingBox(),
        quiet.boundingBox({ includeLabels: false }),
      ];
    });
    const [quiet, talks, asked] = hitTest() as unknown[];
    expect(quiet).toBeUndefined();
    expect(talks).toMatchObject({ w: expect.any(Number) });
    expect(asked).toMatchObject({ w: expect.any(Number) });
    expect(core.getElementById('quiet').boundingBox()).toMatchObject({ w: expect.any(Number) });
  });

  it('gives the boxes back when the hit test throws', () => {
    const { core, hitTest } = withHitTest(() => {
      throw new Error('no hit');
    });
    expect(hitTest).toThrow('no hit');
    expect(core.getElementById('quiet').boundingBox()).toMatchObject({ w: expect.any(Number) });
  });

  it('passes the hit test its arguments and answers its result', () => {
    const { hitTest } = withHitTest(function (...args: unknown[]) {
      return args;
    });
    expect(hitTest()).toEqual([1, 2]);
  });
});
