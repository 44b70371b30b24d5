/**
 * The document the app shows, built once per fetch and shared by every panel through
 * context: the graphology graph (the source of truth), its text and precomputed positions.
 */
import { createContext, useContext } from 'react';
import type { DocumentPayload } from '../data/schemas.ts';
import type { ClaimGraph } from '../model/build.ts';

export interface LoadedDocument {
  id: string;
  payload: DocumentPayload;
  graph: ClaimGraph;
  text: string;
}

export const LoadedDocumentContext = createContext<LoadedDocument | null>(null);

/** The loaded document; throws when used outside a DocumentView (a programming error). */
export function useLoadedDocument(): LoadedDocument {
  const doc = useContext(LoadedDocumentContext);
  if (!doc) throw new Error('useLoadedDocument must be used inside a loaded DocumentView');
  return doc;
}
