/** Unit-test support for the canvas modules (Node only). */
import { vi } from 'vitest';

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
