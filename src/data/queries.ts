/** Query options factories: the only place query keys are written (DESIGN.md §2). */
import { queryOptions } from '@tanstack/react-query';
import { autoLayout } from '../graph/autoLayout.ts';
import { fetchDocument, fetchDocuments } from './fetchers.ts';
import { loadImportedDocument } from './importedDocument.ts';
import { importStore, type ImportStore } from './importStore.ts';

export const queryKeys = {
  documents: ['documents', 'list'] as const,
  document: (id: string) => ['documents', 'detail', id] as const,
  imports: ['imports', 'list'] as const,
  imported: (id: string) => ['imports', 'detail', id] as const,
};

export const documentsQuery = () =>
  queryOptions({
    queryKey: queryKeys.documents,
    queryFn: () => fetchDocuments(),
    staleTime: Infinity,
  });

export const documentQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.document(id),
    queryFn: () => fetchDocument(id),
    staleTime: Infinity,
  });

/** The imported documents of this browser (and the storage notice, if it cannot be read). */
export const importedDocumentsQuery = (store: ImportStore = importStore) =>
  queryOptions({
    queryKey: queryKeys.imports,
    queryFn: () => store.list(),
    staleTime: Infinity,
  });

/** One imported document: the file imported again, with node positions. */
export const importedDocumentQuery = (id: string, store: ImportStore = importStore) =>
  queryOptions({
    queryKey: queryKeys.imported(id),
    queryFn: () => loadImportedDocument(id, autoLayout, store),
    staleTime: Infinity,
    retry: false,
  });
