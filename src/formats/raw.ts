/**
 * What every graph reader produces before the importer decides whether the file holds a
 * claimgraph graph or a foreign one (assemble.ts): nodes and edges with named attribute
 * values, each remembering where in the file it came from.
 */
import type { ImportError, ImportFormat, ImportWarning, ImportedDocument, Point } from './types.ts';

/** An attribute value as read: typed formats give numbers and booleans, JSON ones lists. */
export type RawValue = string | number | boolean | readonly string[];

export interface RawNode {
  id: string;
  label?: string;
  attrs: Map<string, RawValue>;
  /** Where the node is in the file, for messages. */
  where: string;
  position?: Point;
  color?: string;
  size?: number;
}

export interface RawEdge {
  id?: string;
  source: string;
  target: string;
  label?: string;
  directed: boolean;
  attrs: Map<string, RawValue>;
  where: string;
}

export interface RawGraph {
  format: ImportFormat;
  nodes: RawNode[];
  edges: RawEdge[];
  document: ImportedDocument;
  warnings: ImportWarning[];
}

export type ReadResult = { ok: true; raw: RawGraph } | { ok: false; errors: ImportError[] };

/** Stops collecting errors past this many, so a broken 20 MB file gives a readable report. */
export const MAX_ERRORS = 50;

/** Collects errors up to MAX_ERRORS, then one summary line. */
export class ErrorList {
  readonly errors: ImportError[] = [];
  private dropped = 0;

  add(error: ImportError): void {
    if (this.errors.length < MAX_ERRORS) this.errors.push(error);
    else this.dropped += 1;
  }

  get size(): number {
    return this.errors.length + this.dropped;
  }

  list(): ImportError[] {
    return this.dropped === 0
      ? this.errors
      : [...this.errors, { where: '(file)', message: `…and ${this.dropped} more errors` }];
  }
}
