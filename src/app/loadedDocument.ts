/**
 * The document the app shows, built once per fetch (or import) and shared by every panel
 * through context: the graphology graph (the source of truth), its text and precomputed
 * positions.
 *
 * Two kinds: a claimgraph document (`LoadedDocument`: bundled, or imported from a claimgraph
 * file) and a generic graph imported from another tool (`GenericDocument`), explored with
 * labels, types and attributes only. Panels that make sense for claimgraph documents only
 * read `useLoadedDocument()`; those that show both read `useAnyDocument()`.
 */
import { createContext, useContext } from 'react';
import type { DocumentPayload, Point } from '../data/schemas.ts';
import type { GenericImport, ImportFormat } from '../formats/types.ts';
import type { ClaimGraph } from '../model/build.ts';
import type { GenericGraph } from '../formats/types.ts';

/** Where an imported document came from. */
export interface ImportOrigin {
  fileName: string;
  format: ImportFormat;
  /** ISO timestamp of the import. */
  importedAt: string;
  /** Whether the file carried the article text (claimgraph JSON envelopes do). */
  hasText: boolean;
  /** "Publisher · date", when the file names them (claimgraph JSON does, other formats not). */
  publication?: string;
}

export interface LoadedDocument {
  kind?: 'claimgraph';
  id: string;
  payload: DocumentPayload;
  graph: ClaimGraph;
  /** The article text; '' for an imported graph that came without it (see `origin`). */
  text: string;
  /** Set for an imported document. */
  origin?: ImportOrigin;
}

/** A graph imported from another tool, without claimgraph's actors, claims and statements. */
export interface GenericDocument {
  kind: 'generic';
  id: string;
  title: string;
  /**
   * The graph the explorer shows: the file's graph re-keyed with URL-safe keys
   * (src/graph/genericGraph.ts); node and edge attributes keep the file's ids.
   */
  graph: GenericGraph;
  /** The file's own graph, with the file's ids (for exports). */
  imported: GenericImport;
  /** The file's id of each node and edge key of `graph`. */
  originalIds: ReadonlyMap<string, string>;
  /** Node positions by key: the file's, or a layout computed once. */
  positions?: Record<string, Point>;
  /** Node fill colours by key (by type, else the file's). */
  colors: ReadonlyMap<string, string>;
  origin: ImportOrigin;
}

export type AnyLoadedDocument = LoadedDocument | GenericDocument;

export const LoadedDocumentContext = createContext<AnyLoadedDocument | null>(null);

/** The loaded document, of either kind; throws outside a DocumentView (a programming error). */
export function useAnyDocument(): AnyLoadedDocument {
  const doc = useContext(LoadedDocumentContext);
  if (!doc) throw new Error('useAnyDocument must be used inside a loaded DocumentView');
  return doc;
}

/**
 * The loaded claimgraph document; throws when used outside a DocumentView or in the view of a
 * generic graph (both programming errors: such panels are not shown for generic graphs).
 */
export function useLoadedDocument(): LoadedDocument {
  const doc = useAnyDocument();
  if (doc.kind === 'generic')
    throw new Error('useLoadedDocument is for claimgraph documents: this one is a generic graph');
  return doc;
}
