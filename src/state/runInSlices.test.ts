import { afterEach, describe, expect, it, vi } from 'vitest';
import { finishWithin, runInSlices } from './runInSlices.ts';

afterEach(() => vi.useRealTimers());

/** Steps that each advance a fake clock by `stepMs`, and record which slice ran them. */
function counted(total: number, stepMs: number, clock: { t: number }, log: number[]) {
  return (function* () {
    for (let i = 0; i < total; i += 1) {
      clock.t += stepMs;
      log.push(i);
      yield;
    }
    return total;
  })();
}

describe('runInSlices', () => {
  it('finishes short work in the first slice, before it returns', () => {
    const clock = { t: 0 };
    const done = vi.fn();
    runInSlices(counted(3, 5, clock, []), done, 40, () => clock.t);
    expect(done).toHaveBeenCalledWith(3);
  });

  it('spreads long work over tasks of about the budget each', () => {
    vi.useFakeTimers();
    const clock = { t: 0 };
    const log: number[] = [];
    const done = vi.fn();
    runInSlices(counted(10, 30, clock, log), done, 40, () => clock.t);
    // 30 ms a step, 40 ms a slice: two steps a slice (the second crosses the budget).
    expect(log).toEqual([0, 1]);
    expect(done).not.toHaveBeenCalled();
    vi.advanceTimersToNextTimer();
    expect(log).toEqual([0, 1, 2, 3]);
    vi.runAllTimers();
    expect(log).toHaveLength(10);
    expect(done).toHaveBeenCalledTimes(1);
    expect(done).toHaveBeenCalledWith(10);
  });

  it('stops at once when cancelled, and never reports', () => {
    vi.useFakeTimers();
    const clock = { t: 0 };
    const log: number[] = [];
    const done = vi.fn();
    const cancel = runInSlices(counted(10, 30, clock, log), done, 40, () => clock.t);
    cancel();
    vi.runAllTimers();
    expect(log).toEqual([0, 1]);
    expect(done).not.toHaveBeenCalled();
  });
});

describe('finishWithin', () => {
  it('gives the value of work that fits the budget, and nothing for work that does not', () => {
    const clock = { t: 0 };
    expect(finishWithin(counted(3, 5, clock, []), 40, () => clock.t)).toEqual({ value: 3 });
    const log: number[] = [];
    expect(finishWithin(counted(10, 30, clock, log), 40, () => clock.t)).toBeUndefined();
    expect(log).toEqual([0, 1]);
  });
});
