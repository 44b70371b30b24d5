/**
 * Starts the first screen's requests before React renders anything (issue 7): the document
 * list, the document the link names and the schemas that check them on arrival. Otherwise
 * the data is asked for only after React's first commit, and the schemas only once it is in.
 * The queries are the ones the components read (same keys, fetchers and errors): they find
 * the request under way, or its result, instead of starting their own.
 */
import type { QueryClient } from '@tanstack/react-query';
import { isImportId } from '../data/importStore.ts';
import { documentQuery, documentsQuery } from '../data/queries.ts';
import { parseView } from '../state/view.ts';

export function prefetchFirstScreen(client: QueryClient, search: string): void {
  // A failed load here is no error: fetchers.ts loads the schemas again when it needs them.
  void import('../data/schemas.ts').catch(() => undefined);
  void client.prefetchQuery(documentsQuery());
  const doc = parseView(search).view.doc;
  if (doc !== undefined && !isImportId(doc)) void client.prefetchQuery(documentQuery(doc));
}
