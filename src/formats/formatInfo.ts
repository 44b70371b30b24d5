/**
 * The format table and the import size limit: small and dependency-free, so the app's
 * first screen can name formats without loading the exporters and importers, which it
 * loads on demand.
 */
import type { FormatId } from './types.ts';

/** Files larger than this are refused before they are read (20 MiB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface FormatInfo {
  id: FormatId;
  label: string;
  /** File name extension, without the dot. */
  extension: string;
  mime: string;
  /** Whether importGraph reads it back. */
  importable: boolean;
}

export const FORMATS: Record<FormatId, FormatInfo> = {
  json: {
    id: 'json',
    label: 'claimgraph JSON',
    extension: 'json',
    mime: 'application/json',
    importable: true,
  },
  gexf: {
    id: 'gexf',
    label: 'GEXF 1.2 (Gephi, networkx)',
    extension: 'gexf',
    mime: 'application/xml',
    importable: true,
  },
  gexf13: {
    id: 'gexf13',
    label: 'GEXF 1.3',
    extension: 'gexf',
    mime: 'application/xml',
    importable: true,
  },
  graphml: {
    id: 'graphml',
    label: 'GraphML',
    extension: 'graphml',
    mime: 'application/xml',
    importable: true,
  },
  jgf: {
    id: 'jgf',
    label: 'JSON Graph Format',
    extension: 'jgf.json',
    mime: 'application/json',
    importable: true,
  },
  cyjs: {
    id: 'cyjs',
    label: 'Cytoscape JSON',
    extension: 'cyjs',
    mime: 'application/json',
    importable: true,
  },
  csv: {
    id: 'csv',
    label: 'CSV (nodes + edges)',
    extension: 'csv',
    mime: 'text/csv',
    importable: false,
  },
  md: {
    id: 'md',
    label: 'Markdown evidence report',
    extension: 'md',
    mime: 'text/markdown',
    importable: false,
  },
};
