/** Unit-test support for the canvas modules (Node only). */
import cytoscape, { type Core, type CytoscapeOptions } from 'cytoscape';
import { afterEach, vi } from 'vitest';

/**
 * Makes headless, styled Cytoscape instances for the tests of one file, each destroyed after
 * the test that made it. Call it at the top of the file.
 */
export function headlessInstances(): (options?: CytoscapeOptions) => Core {
  const made: Core[] = [];
  afterEach(() => {
    for (const cy of made.splice(0)) cy.destroy();
  });
  return (options = {}) => {
    const cy = cytoscape({ headless: true, styleEnabled: true, ...options });
    made.push(cy);
    return cy;
  };
}

/**
 * A fake frame clock in place of `requestAnimationFrame`: `frame()` runs the callbacks of the
 * frame, as a browser would. Undo it with `vi.unstubAllGlobals()`.
 */
export function fakeFrames(): { frame(): void } {
  let callbacks = new Map<number, FrameRequestCallback>();
  let id = 0;
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    callbacks.set(++id, cb);
    return id;
  });
  vi.stubGlobal('cancelAnimationFrame', (handle: number) => callbacks.delete(handle));
  return {
    frame() {
      const due = callbacks;
      callbacks = new Map();
      for (const cb of due.values()) cb(0);
    },
  };
}
