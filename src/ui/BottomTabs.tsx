/** Placeholder: the source text, claims table and rankings (issue 3, items 4, 7, 8). */
export function BottomTabs() {
  return null;
}
