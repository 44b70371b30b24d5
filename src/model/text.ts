/**
 * Typography folding for search and matching. The article keeps its typography verbatim
 * (no-break spaces, a non-breaking hyphen, curly quotes: DESIGN.md §1), while people type
 * plain ASCII; folding both sides lets "Kim Jong-un" find "Kim Jong‑un".
 */
const FOLDS: Record<string, string> = {
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u00ab': '"',
  '\u00bb': '"',
};
const FOLD_PATTERN = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'g');

/**
 * Folds typographic variants to ASCII and lower-cases. Each folded character maps to
 * exactly one character, so offsets in the folded string equal offsets in the original.
 */
export function foldTypography(text: string): string {
  const folded = text.replace(FOLD_PATTERN, (c) => FOLDS[c] ?? c);
  const lower = folded.toLowerCase();
  if (lower.length === folded.length) return lower;
  // A few characters (such as U+0130) lower-case to two code units: keep those as they are.
  let out = '';
  for (const c of folded) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

/** Whether `needle` occurs in `haystack`, ignoring case and typographic variants. */
export function includesFolded(haystack: string, needle: string): boolean {
  return foldTypography(haystack).includes(foldTypography(needle));
}
