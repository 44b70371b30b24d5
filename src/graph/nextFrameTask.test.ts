import { afterEach, describe, expect, it, vi } from 'vitest';
import { NextFrameTask } from './nextFrameTask.ts';
import { fakeFrames } from './test-support.ts';

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
