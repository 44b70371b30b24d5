/** Query options factories: the only place query keys are written (DESIGN.md §2). */
import { queryOptions } from '@tanstack/react-query';
import { fetchDocument, fetchDocuments } from './fetchers.ts';

export const queryKeys = {
  documents: ['documents', 'list'] as const,
  document: (id: string) => ['documents', 'detail', id] as const,
};

export const documentsQuery = () =>
  queryOptions({ queryKey: queryKeys.documents, queryFn: fetchDocuments, staleTime: Infinity });

export const documentQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.document(id),
    queryFn: () => fetchDocument(id),
    staleTime: Infinity,
  });
