import { afterEach, describe, expect, it, vi } from 'vitest';
import { NextFrameTask } from './nextFrameTask.ts';

/** A fake frame clock: `frame()` runs the callbacks of the frame, as a browser would. */
function fakeFrames() {
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

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('NextFrameTask', () => {
  it('runs the step in a task after the next frame, not in the frame', () => {
    vi.useFakeTimers();
    const frames = fakeFrames();
    const task = new NextFrameTask();
    const step = vi.fn();
    task.schedule(step);
    expect(task.pending).toBe(true);
    frames.frame();
    expect(step).not.toHaveBeenCalled();
    expect(task.pending).toBe(true);
    vi.runAllTimers();
    expect(step).toHaveBeenCalledTimes(1);
    expect(task.pending).toBe(false);
  });

  it('cancels before and after the frame, and a new step replaces a waiting one', () => {
    vi.useFakeTimers();
    const frames = fakeFrames();
    const task = new NextFrameTask();
    const first = vi.fn();
    const second = vi.fn();
    task.schedule(first);
    task.cancel();
    frames.frame();
    vi.runAllTimers();
    task.schedule(first);
    frames.frame();
    task.cancel();
    vi.runAllTimers();
    expect(first).not.toHaveBeenCalled();
    task.schedule(first);
    task.schedule(second);
    frames.frame();
    vi.runAllTimers();
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    expect(task.pending).toBe(false);
  });
});
