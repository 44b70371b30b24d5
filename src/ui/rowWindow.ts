/**
 * Which rows of a long table are drawn (issue 7). A 10 000-node corpus has ~4 500 claims, and
 * drawing them all was one ~1.7 s task; the table draws a page of rows, a button adds more,
 * and a selected row beyond them is drawn after a gap, so that selecting a claim anywhere
 * (on the canvas, in search) still shows its row.
 */

/** Rows drawn at first, and added by each "Show more". */
export const ROW_PAGE = 200;

export interface RowWindow {
  /** Rows drawn from the top: indices 0 … shown − 1. */
  shown: number;
  /** The selected row's index when it lies beyond them (drawn after a gap), else null. */
  pinned: number | null;
  /** Rows not drawn. */
  hidden: number;
}

/** The window of a table of `total` rows, `limit` of them asked for, the selected at `selected` (−1: none). */
export function rowWindow(total: number, limit: number, selected: number): RowWindow {
  const shown = Math.max(0, Math.min(total, limit));
  const pinned = selected >= shown && selected < total ? selected : null;
  return { shown, pinned, hidden: total - shown - (pinned === null ? 0 : 1) };
}
