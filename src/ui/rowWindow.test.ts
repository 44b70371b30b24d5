import { describe, expect, it } from 'vitest';
import { ROW_PAGE, rowWindow } from './rowWindow.ts';

describe('rowWindow', () => {
  it('draws every row of a short table', () => {
    expect(rowWindow(45, ROW_PAGE, 3)).toEqual({ shown: 45, pinned: null, hidden: 0 });
    expect(rowWindow(0, ROW_PAGE, -1)).toEqual({ shown: 0, pinned: null, hidden: 0 });
  });

  it('draws a page of a long one, and says how many are left', () => {
    expect(rowWindow(4500, ROW_PAGE, -1)).toEqual({ shown: 200, pinned: null, hidden: 4300 });
    expect(rowWindow(4500, 400, 10)).toEqual({ shown: 400, pinned: null, hidden: 4100 });
  });

  it('pins a selected row beyond the page after it', () => {
    expect(rowWindow(4500, ROW_PAGE, 3999)).toEqual({ shown: 200, pinned: 3999, hidden: 4299 });
    // The first row past the page is pinned too; one inside it, or none at all, is not.
    expect(rowWindow(4500, ROW_PAGE, 200).pinned).toBe(200);
    expect(rowWindow(4500, ROW_PAGE, 199).pinned).toBeNull();
    expect(rowWindow(4500, ROW_PAGE, 4500).pinned).toBeNull();
  });
});
