/** Which options a picker lists (IdPicker.tsx): a pure function, tested in Node. */
import { foldTypography } from '../model/text.ts';
import type { IdOption } from './filterOptions.ts';

/**
 * The most unchosen options a picker lists at once. A corpus of 50 000 nodes has ~13 000
 * speakers: their checkboxes took ~0.9 s to create and lay out, in one task, after the first
 * render (issue 7), and a list that long is read through its narrowing box anyway.
 */
export const PICKER_LIMIT = 50;

export interface PickerRows {
  /** The chosen options that match, then the first unchosen ones that match, in `options` order. */
  rows: IdOption[];
  /** Unchosen options that match but are not listed (narrowing the list brings them in). */
  more: number;
}

/**
 * The rows of a picker: every chosen option (kept on top whatever the query, so it can be
 * unticked), then up to `limit` of the others whose label contains `query`, ignoring case and
 * typographic variants (`options` come most frequent first).
 */
export function pickerRows(
  options: readonly IdOption[],
  selected: readonly string[],
  query: string,
  limit = PICKER_LIMIT,
): PickerRows {
  const chosen = new Set(selected);
  const folded = foldTypography(query.trim());
  const rows = options.filter((o) => chosen.has(o.id));
  let more = 0;
  let listed = 0;
  for (const option of options) {
    if (chosen.has(option.id)) continue;
    if (folded !== '' && !foldTypography(option.label).includes(folded)) continue;
    if (listed < limit) {
      rows.push(option);
      listed += 1;
    } else more += 1;
  }
  return { rows, more };
}
