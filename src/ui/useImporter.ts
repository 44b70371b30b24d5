/**
 * Importing a file into the app: size check, import (src/formats), storing it (the import
 * store, IndexedDB), and opening it. A failed import changes nothing: the current document
 * and view stay as they were; what went wrong is reported with the file's name, its format
 * and where each problem is. Storage problems keep the graph open for the session and say so.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { primeImported } from '../data/importedDocument.ts';
import {
  importStore,
  type ImportRecord,
  type ImportStore,
  type StorageNotice,
} from '../data/importStore.ts';
import { importedDocumentsQuery, queryKeys } from '../data/queries.ts';
import { readImport } from '../data/readImport.ts';
import { FORMATS, MAX_IMPORT_BYTES } from '../formats/formatInfo.ts';
import type { FormatId, ImportError, ImportWarning } from '../formats/types.ts';

export interface ImportFailureReport {
  fileName: string;
  /** The detected format's name, if the importer recognised one. */
  format?: string;
  errors: ImportError[];
}

export interface ImportWarningsReport {
  id: string;
  fileName: string;
  format: string;
  warnings: ImportWarning[];
}

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** The refusal of a file over the import limit, before reading it. */
export function tooLargeReport(
  fileName: string,
  size: number,
  limit = MAX_IMPORT_BYTES,
): ImportFailureReport {
  return {
    fileName,
    errors: [
      {
        where: '(file)',
        message: `“${fileName}” is ${mib(size)} (${size.toLocaleString('en')} bytes), over the import limit of ${mib(limit)}: it was not read`,
        expected: `a file of at most ${mib(limit)} (${limit.toLocaleString('en')} bytes); import a smaller part of the graph`,
      },
    ],
  };
}

const formatName = (format: FormatId | undefined): string | undefined =>
  format ? FORMATS[format].label : undefined;

/** A title for the document list: the file's own title, else its name. */
const titleOf = (fileName: string, title: string | undefined): string =>
  title !== undefined && title.trim() !== '' ? title.trim() : fileName;

export interface Importer {
  /** The file being imported, if any. */
  busy: string | null;
  failure: ImportFailureReport | null;
  warnings: ImportWarningsReport | null;
  notice: StorageNotice | null;
  importFile(file: File): Promise<void>;
  remove(id: string): Promise<void>;
  closeFailure(): void;
  dismissWarnings(): void;
  dismissNotice(): void;
}

/** `open` shows a document: the one just imported. */
export function useImporter(
  open: (id: string) => void,
  store: ImportStore = importStore,
): Importer {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<ImportFailureReport | null>(null);
  const [warnings, setWarnings] = useState<ImportWarningsReport | null>(null);
  const [notice, setNotice] = useState<StorageNotice | null>(null);

  const importFile = useCallback(
    async (file: File) => {
      setFailure(null);
      if (file.size > MAX_IMPORT_BYTES) {
        setFailure(tooLargeReport(file.name, file.size));
        return;
      }
      setBusy(file.name);
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        // Parsed and checked in a worker: the tab stays responsive (readImport.ts).
        const result = await readImport({ source: bytes, name: file.name });
        if (!result.ok) {
          setFailure({
            fileName: file.name,
            format: formatName(result.format),
            errors: result.errors,
          });
          return;
        }
        const id = await store.newId(file.name);
        const record: ImportRecord = {
          id,
          name: file.name,
          text: new TextDecoder('utf-8').decode(bytes),
          format: result.format,
          kind: result.isClaimgraph ? 'claimgraph' : 'generic',
          title: titleOf(file.name, result.document.title),
          nodes: result.graph.order,
          edges: result.graph.size,
          importedAt: new Date().toISOString(),
        };
        const saved = await store.save(record);
        setNotice(saved.notice ?? null);
        primeImported(id, result);
        await queryClient.invalidateQueries({ queryKey: importedDocumentsQuery(store).queryKey });
        setWarnings(
          result.warnings.length > 0
            ? {
                id,
                fileName: file.name,
                format: FORMATS[result.format].label,
                warnings: result.warnings,
              }
            : null,
        );
        open(id);
      } catch (error) {
        setFailure({
          fileName: file.name,
          errors: [
            {
              where: '(file)',
              message: `the file could not be imported: ${error instanceof Error ? error.message : String(error)}`,
              expected: 'claimgraph JSON, GEXF, GraphML, JSON Graph Format or Cytoscape JSON',
            },
          ],
        });
      } finally {
        setBusy(null);
      }
    },
    [open, queryClient, store],
  );

  const remove = useCallback(
    async (id: string) => {
      const removed = await store.remove(id);
      if (removed.notice) setNotice(removed.notice);
      setWarnings((current) => (current?.id === id ? null : current));
      await queryClient.invalidateQueries({ queryKey: importedDocumentsQuery(store).queryKey });
      queryClient.removeQueries({ queryKey: queryKeys.imported(id) });
    },
    [queryClient, store],
  );

  return {
    busy,
    failure,
    warnings,
    notice,
    importFile,
    remove,
    closeFailure: useCallback(() => setFailure(null), []),
    dismissWarnings: useCallback(() => setWarnings(null), []),
    dismissNotice: useCallback(() => setNotice(null), []),
  };
}
