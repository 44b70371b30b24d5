/** Placeholder: the details of the selected element (issue 3, item 3). */
export function DetailsPanel() {
  return null;
}
