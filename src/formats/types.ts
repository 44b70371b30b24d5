/**
 * Types shared by the exporters and importers. A graph that comes in from another tool
 * without claimgraph attributes stays honest: it becomes a *generic* graph whose nodes and
 * edges keep their own attributes, instead of being forced into actors and claims.
 */
import type { MultiDirectedGraph } from 'graphology';
import type { ClaimGraph, EdgeAttributes, NodeAttributes } from '../model/build.ts';
import type { DocumentMeta } from '../model/schema.ts';

/** Every format claimgraph writes. `gexf` is GEXF 1.2draft, `gexf13` is GEXF 1.3. */
export const FORMAT_IDS = [
  'json',
  'gexf',
  'gexf13',
  'graphml',
  'jgf',
  'cyjs',
  'csv',
  'md',
] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

/** The formats `importGraph` reads. */
export const IMPORT_FORMATS = ['json', 'gexf', 'gexf13', 'graphml', 'jgf', 'cyjs'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A scalar attribute value of a foreign graph. */
export type AttrValue = string | number | boolean;

/**
 * Attributes of a foreign node or edge. Always a null-prototype object, so that keys such
 * as `__proto__` or `constructor` are plain own properties: read them with `Object.keys`
 * / `Object.entries`, never through `in` on an ordinary object.
 */
export type GenericAttributes = Record<string, AttrValue>;

/** A node of a graph imported without claimgraph attributes. */
export interface GenericNode {
  id: string;
  kind: 'generic';
  /** The file's label (`label`, else `name`), or the id when it has none. */
  label: string;
  /** Copied from the first string attribute named `kind`, `type`, `category` or `group`. */
  type?: string;
  attributes: GenericAttributes;
}

/** An edge of a graph imported without claimgraph attributes. */
export interface GenericEdge {
  id: string;
  kind: 'generic';
  source: string;
  target: string;
  label?: string;
  /** False for an edge the file declared undirected; it is held (and exported) source → target. */
  directed: boolean;
  attributes: GenericAttributes;
}

export type GenericGraph = MultiDirectedGraph<GenericNode, GenericEdge>;

/** What an importer returns and every exporter accepts. */
export type ImportedGraph = ClaimGraph | GenericGraph;
export type AnyNodeAttributes = NodeAttributes | GenericNode;
export type AnyEdgeAttributes = EdgeAttributes | GenericEdge;
/** The widest view of either graph, for code that handles both. */
export type AnyGraph = MultiDirectedGraph<AnyNodeAttributes, AnyEdgeAttributes>;

export interface Point {
  x: number;
  y: number;
}

/**
 * A lookup by node id. A `Map` is safest; a plain object is read with `Object.hasOwn`, so
 * an id such as `__proto__` never reaches the prototype.
 */
export type ById<T> = ReadonlyMap<string, T> | Readonly<Record<string, T>>;

export interface ExportOptions {
  /** The document the graph (or subgraph) comes from. */
  documentId: string;
  /** A title for the file's metadata and the Markdown report; defaults to `document.title`. */
  title?: string;
  /**
   * The article text. `toJson` embeds it (and hashes it into `document.textSha256`); the
   * other formats carry only the spans' own `exact` text.
   */
  text?: string;
  /** The full document metadata: required by `toJson`, used by `toMarkdown`. */
  document?: DocumentMeta;
  /** Node positions (e.g. the current layout). Exports carry no position when absent. */
  positions?: ById<Point>;
  /** Node colours as `#rrggbb` (or `#rgb`); nodes not listed get the default colour of their kind. */
  colors?: ById<string>;
  /** Node sizes; nodes not listed get the default size (from their degree). */
  sizes?: ById<number>;
}

/** A problem with an imported file: where it is and what was expected there. */
export interface ImportError {
  /** An element path with line and column (XML), or a JSON path such as `$.graph.edges[3].target`. */
  where: string;
  message: string;
  expected?: string;
}

/** Something the importer accepted but changed or could not keep. */
export type ImportWarning = ImportError;

/** What the file says about its document, as far as the format carries it. */
export type ImportedDocument = Partial<DocumentMeta>;

export interface ImportedBase {
  ok: true;
  format: ImportFormat;
  warnings: ImportWarning[];
  document: ImportedDocument;
  /** The article text, when the file carried it (claimgraph JSON envelope). */
  text?: string;
  /** Node positions found in the file (null-prototype object keyed by node id). */
  positions?: Record<string, Point>;
  /** Node colours found in the file, as `#rrggbb` (null-prototype object keyed by node id). */
  colors?: Record<string, string>;
  /** Node sizes found in the file (null-prototype object keyed by node id). */
  sizes?: Record<string, number>;
}

export interface ClaimgraphImport extends ImportedBase {
  isClaimgraph: true;
  graph: ClaimGraph;
}

export interface GenericImport extends ImportedBase {
  isClaimgraph: false;
  graph: GenericGraph;
}

export type ImportSuccess = ClaimgraphImport | GenericImport;

export interface ImportFailure {
  ok: false;
  format?: FormatId;
  errors: ImportError[];
}

export type ImportResult = ImportSuccess | ImportFailure;
