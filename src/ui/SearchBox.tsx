/** Placeholder: the type-ahead search (issue 3, item 5). */
export function SearchBox() {
  return null;
}
