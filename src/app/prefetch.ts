/**
 * Starts the first screen's requests before React renders anything (issue 7): the document
 * list, the document the link names and, unless the build checked both (verifiedData.ts), the
 * schemas that check them on arrival. Otherwise the data is asked for only after React's first
 * commit, and the schemas only once it is in.
 * The queries are the ones the components read (same keys, fetchers and errors): they find
 * the request under way, or its result, instead of starting their own.
 */
import type { QueryClient } from '@tanstack/react-query';
import { digestKey, documentFile, DOCUMENT_LIST_FILE } from '../data/fetchers.ts';
import { isImportId } from '../data/importStore.ts';
import { documentQuery, documentsQuery } from '../data/queries.ts';
import { BUILD_DIGESTS, isCheckedAtBuild, type DataDigests } from '../data/verifiedData.ts';
import { parseView } from '../state/view.ts';
import { loadCytoscape } from '../graph/cytoscapeModule.ts';
import { LARGE_GRAPH_NODES } from '../graph/style.ts';

export interface PrefetchOptions {
  /** The files the build checked (its own by default). */
  digests?: DataDigests;
  /** Loads the schemas' chunk. */
  loadSchemas?: () => Promise<unknown>;
  /** Loads Cytoscape's chunk (cytoscapeModule.ts). */
  loadCanvas?: () => Promise<unknown>;
}

export function prefetchFirstScreen(
  client: QueryClient,
  search: string,
  {
    digests = BUILD_DIGESTS,
    loadSchemas = () => import('../data/schemas.ts'),
    loadCanvas = loadCytoscape,
  }: PrefetchOptions = {},
): Promise<unknown> {
  const doc = parseView(search).view.doc;
  const bundled = doc !== undefined && !isImportId(doc);
  // The schemas are not needed for files the build checked (verifiedData.ts). A failed load
  // here is no error: fetchers.ts loads them again when it needs them.
  const checked =
    isCheckedAtBuild(digestKey(DOCUMENT_LIST_FILE), digests) &&
    (!bundled || isCheckedAtBuild(digestKey(documentFile(doc)), digests));
  if (!checked) void loadSchemas().catch(() => undefined);
  const list = client.prefetchQuery(documentsQuery());
  // A large graph's first picture is Cytoscape's (a small one's is its sketch, and Cytoscape
  // comes after it): its chunk comes while the document does, as the list says how large the
  // document is. The app opens the first one when the link names none.
  void list.then(() => {
    const documents = client.getQueryData(documentsQuery().queryKey);
    const opened = doc === undefined ? documents?.[0] : documents?.find((d) => d.id === doc);
    if (opened && opened.nodes > LARGE_GRAPH_NODES) void loadCanvas().catch(() => undefined);
  });
  return bundled ? Promise.all([list, client.prefetchQuery(documentQuery(doc))]) : list;
}
