/**
 * Serves the documents under `graph-data/` as JSON, without bundling them into the JS:
 *
 *   GET /data/documents.json       → { documents: DocumentSummary[] }
 *   GET /data/documents/<id>.json  → DocumentPayload ({ graph, text, layout })
 *
 * Each payload carries the default force-directed layout, computed here ahead of time
 * (src/graph/precompute-layout.ts) so that opening a document runs no layout in the browser.
 * Layouts are memoised by the graph's content hash: a dev-server reload after an edit to the
 * text alone, or a second request, costs nothing.
 *
 * In dev the files are made on each request and any change under graph-data reloads the
 * page; at build time the same files are emitted into dist/data/, which `vite preview`
 * serves as static files. A build also checks each file as the app would on arrival and gives
 * the app the digests of those it may trust as they are (checkDataFiles,
 * src/data/verifiedData.ts). Node only.
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin } from 'vite';
import { listDocumentIds, readDocumentPayload, sha256Hex } from '../src/model/documents-fs.ts';
import { buildGraph } from '../src/model/build.ts';
import type { DocumentGraph } from '../src/model/schema.ts';
import {
  checkData,
  documentIndexSchema,
  documentPayloadSchema,
  type DocumentIndex,
  type DocumentLayout,
  type DocumentSummary,
} from '../src/data/schemas.ts';
import { LAYOUT_VERSION, precomputeLayout } from '../src/graph/precompute-layout.ts';

/** URL path (below the base) under which the data lives. */
export const DATA_DIR = 'data';

export const documentsIndexPath = (): string => `${DATA_DIR}/documents.json`;
export const documentPath = (id: string): string => `${DATA_DIR}/documents/${id}.json`;

type Payload = Awaited<ReturnType<typeof readDocumentPayload>>;

/** Layouts already computed, by content hash of the graph (and the layout's version). */
const layoutCache = new Map<string, DocumentLayout>();
const LAYOUT_CACHE_SIZE = 64;

/** The precomputed default layout of a graph, memoised by the graph's content hash. */
export function layoutFor(graph: DocumentGraph): DocumentLayout {
  const key = sha256Hex(`${LAYOUT_VERSION}\n${JSON.stringify(graph)}`);
  const cached = layoutCache.get(key);
  if (cached) return cached;
  const layout = precomputeLayout(buildGraph(graph), graph.document.id);
  if (layoutCache.size >= LAYOUT_CACHE_SIZE) {
    const oldest = layoutCache.keys().next().value;
    if (oldest !== undefined) layoutCache.delete(oldest);
  }
  layoutCache.set(key, layout);
  return layout;
}

/** A document's payload as served: graph, text and precomputed layout. */
async function readPayloadWithLayout(root: string, id: string) {
  const payload = await readDocumentPayload(root, id);
  return { ...payload, layout: layoutFor(payload.graph) };
}

export const summarize = ({ graph }: Payload): DocumentSummary => ({
  id: graph.document.id,
  title: graph.document.title,
  publisher: graph.document.publisher,
  publishedAt: graph.document.publishedAt,
  nodes: graph.nodes.length,
  edges: graph.edges.length,
});

/** Every data file, keyed by its path below the base. Throws on the first invalid document. */
export async function buildDataFiles(root: string): Promise<Map<string, unknown>> {
  const files = new Map<string, unknown>();
  const documents: DocumentSummary[] = [];
  for (const id of await listDocumentIds(root)) {
    const payload = await readPayloadWithLayout(root, id);
    documents.push(summarize(payload));
    files.set(documentPath(id), payload);
  }
  const index: DocumentIndex = { documents };
  files.set(documentsIndexPath(), index);
  return files;
}

/** The data files as written (their JSON text), and the digests of those the app may trust. */
export interface CheckedDataFiles {
  texts: Map<string, string>;
  /** Hex SHA-256 of each file's UTF-8 text, by path (src/data/verifiedData.ts). */
  digests: Record<string, string>;
}

/**
 * Writes the data files and checks each with the schema the app checks it with on arrival
 * (src/data/fetchers.ts). A file is listed in `digests` when the check accepts it and gives it
 * back unchanged (zod drops keys it does not know, for one): the app then trusts those bytes
 * without checking them again. Throws if the app's check would refuse a file.
 */
export function checkDataFiles(files: ReadonlyMap<string, unknown>): CheckedDataFiles {
  const texts = new Map<string, string>();
  const digests: Record<string, string> = {};
  for (const [fileName, body] of files) {
    const text = JSON.stringify(body);
    texts.set(fileName, text);
    const arrived: unknown = JSON.parse(text);
    const result =
      fileName === documentsIndexPath()
        ? checkData(documentIndexSchema, arrived)
        : checkData(documentPayloadSchema, arrived);
    if (!result.ok) throw new Error(`${fileName} would be refused by the app:\n${result.message}`);
    if (isDeepStrictEqual(result.data, arrived)) digests[fileName] = sha256Hex(text);
  }
  return { texts, digests };
}

/** The `define` key under which the app finds the digests (src/data/verifiedData.ts). */
export const DIGESTS_DEFINE = 'import.meta.env.CLAIMGRAPH_DATA_DIGESTS';

export interface DataResponse {
  status: number;
  body: unknown;
}

/**
 * Answers one dev-server request for `pathname` (already stripped of the base), or returns
 * undefined when the path is not ours.
 */
export async function answerDataRequest(
  root: string,
  pathname: string,
): Promise<DataResponse | undefined> {
  if (!pathname.startsWith(`${DATA_DIR}/`)) return undefined;
  try {
    if (pathname === documentsIndexPath()) {
      const files = await buildDataFiles(root);
      return { status: 200, body: files.get(documentsIndexPath()) };
    }
    const match = /^data\/documents\/([^/]+)\.json$/.exec(pathname);
    const id = match?.[1];
    if (id === undefined || !(await listDocumentIds(root)).includes(id)) {
      return notFound(pathname);
    }
    return { status: 200, body: await readPayloadWithLayout(root, id) };
  } catch (error) {
    return { status: 500, body: { error: (error as Error).message } };
  }
}

const notFound = (pathname: string): DataResponse => ({
  status: 404,
  body: { error: `Not found: /${pathname}` },
});

function sendJson(res: ServerResponse, { status, body }: DataResponse): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-cache');
  res.end(JSON.stringify(body));
}

/** The request path below `base`, without query, or undefined when outside the base. */
function pathBelowBase(req: IncomingMessage, base: string): string | undefined {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (!pathname.startsWith(base) || pathname.split('/').includes('..')) return undefined;
  return pathname.slice(base.length);
}

export interface GraphDataOptions {
  /** The graph-data folder; defaults to `<vite root>/graph-data`. */
  root?: string;
}

export function graphData(options: GraphDataOptions = {}): Plugin {
  let root = '';
  let base = '/';
  let outDir = '';
  /** A build's files, written and checked once its configuration is known. */
  let checked: CheckedDataFiles | undefined;
  return {
    name: 'claimgraph:graph-data',
    async config(config, { command, isPreview }) {
      // A build tells the app which files it checked; the dev server tells it none (its files
      // are made on each request), and so it checks everything it fetches.
      if (command !== 'build' || isPreview) return;
      const dataRoot = path.resolve(config.root ?? process.cwd(), options.root ?? 'graph-data');
      try {
        checked = checkDataFiles(await buildDataFiles(dataRoot));
      } catch (error) {
        throw new Error(`graph-data: ${(error as Error).message}`, { cause: error });
      }
      return { define: { [DIGESTS_DEFINE]: JSON.stringify(checked.digests) } };
    },
    configResolved(config) {
      root = path.resolve(config.root, options.root ?? 'graph-data');
      base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      outDir = path.resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.watcher.add(root);
      const reload = (file: string): void => {
        if (file.startsWith(root + path.sep)) server.ws.send({ type: 'full-reload', path: '*' });
      };
      server.watcher.on('add', reload).on('change', reload).on('unlink', reload);
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        const pathname = pathBelowBase(req, base);
        if (pathname === undefined) return next();
        answerDataRequest(root, pathname).then(
          (answer) => (answer ? sendJson(res, answer) : next()),
          next,
        );
      });
    },
    configurePreviewServer(server) {
      // The files themselves are static in dist/; answer a missing one with a JSON 404
      // instead of the SPA fallback's index.html.
      server.middlewares.use((req, res, next) => {
        const pathname = pathBelowBase(req, base);
        if (pathname === undefined || !pathname.startsWith(`${DATA_DIR}/`)) return next();
        if (existsSync(path.join(outDir, pathname))) return next();
        sendJson(res, notFound(pathname));
      });
    },
    async generateBundle() {
      // The very texts whose digests the app was given.
      if (!checked) {
        try {
          checked = checkDataFiles(await buildDataFiles(root));
        } catch (error) {
          this.error(`graph-data: ${(error as Error).message}`);
        }
      }
      for (const [fileName, source] of checked.texts) {
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
  };
}
