/**
 * Fetchers for the JSON served by vite-plugins/graph-data.ts. They validate what arrives
 * and throw errors whose messages can be shown to the user as they are.
 */
import { ID_PATTERN } from '../model/vocabulary.ts';
import type { DocumentPayload, DocumentSummary } from './schemas.ts';
import { BUILD_DIGESTS, checkedAtBuild, type DataDigests } from './verifiedData.ts';
import { takeEarlyResponse } from './earlyData.ts';

/** An HTTP error status; `retryable` says whether asking again may help. */
export class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
  }
  get retryable(): boolean {
    return this.status >= 500 || this.status === 408 || this.status === 429;
  }
}

/** The data did not match its schema: asking again will not help. */
export class InvalidDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidDataError';
  }
}

export const dataUrl = (path: string): string => `${import.meta.env.BASE_URL}data/${path}`;

/** The data files, below `data/`. */
export const DOCUMENT_LIST_FILE = 'documents.json';
export const documentFile = (id: string): string => `documents/${id}.json`;
/** A data file's name among the build's digests (verifiedData.ts). */
export const digestKey = (path: string): string => `data/${path}`;

/** A data file's JSON, and whether its bytes are those the build checked (verifiedData.ts). */
interface Arrived {
  value: unknown;
  verified: boolean;
}

/** Fetches `data/<path>` as JSON. */
async function getJson(
  path: string,
  notFoundMessage: string,
  digests: DataDigests,
): Promise<Arrived> {
  const url = dataUrl(path);
  const ask = () => fetch(url, { headers: { Accept: 'application/json' } });
  const early = takeEarlyResponse(path);
  // An early request that failed on the way is made again, as if there had been none.
  const response = early ? await early.catch(ask) : await ask();
  if (response.status === 404) throw new HttpError(404, notFoundMessage);
  if (!response.ok) {
    const detail = await errorDetail(response);
    throw new HttpError(response.status, `${url}: HTTP ${response.status}${detail}`);
  }
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) {
    throw new InvalidDataError(`${url}: expected JSON, got ${type || 'no content type'}`);
  }
  // The bytes, not response.json(): their digest says whether the build checked them.
  const bytes = await response.arrayBuffer();
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new InvalidDataError(`${url}: malformed JSON (${(error as Error).message})`);
  }
  return { value, verified: await checkedAtBuild(digestKey(path), bytes, digests) };
}

/** The `error` field of a JSON error body, as ": <message>", or "". */
async function errorDetail(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json();
    const message = (body as { error?: unknown } | null)?.error;
    return typeof message === 'string' ? `: ${message}` : '';
  } catch {
    return '';
  }
}

/**
 * Checks data against its zod schema, unless the build checked these very bytes with it. zod
 * and the schemas load with the first fetch that needs them, not with the first screen: they
 * are a third of the initial JavaScript otherwise.
 */
async function parse<K extends 'index' | 'payload'>(
  kind: K,
  { value, verified }: Arrived,
  what: string,
): Promise<K extends 'index' ? { documents: DocumentSummary[] } : DocumentPayload> {
  type Parsed = K extends 'index' ? { documents: DocumentSummary[] } : DocumentPayload;
  if (verified) return value as Parsed;
  const schemas = await import('./schemas.ts');
  const result =
    kind === 'index'
      ? schemas.checkData(schemas.documentIndexSchema, value)
      : schemas.checkData(schemas.documentPayloadSchema, value);
  if (!result.ok) throw new InvalidDataError(`${what} is invalid:\n${result.message}`);
  return result.data as Parsed;
}

/** The document list; `digests`: the files the build checked (the build's own by default). */
export async function fetchDocuments(
  digests: DataDigests = BUILD_DIGESTS,
): Promise<DocumentSummary[]> {
  const json = await getJson(DOCUMENT_LIST_FILE, 'The document list was not found', digests);
  return (await parse('index', json, 'The document list')).documents;
}

export async function fetchDocument(
  id: string,
  digests: DataDigests = BUILD_DIGESTS,
): Promise<DocumentPayload> {
  const notFound = `Document ${id} not found`;
  if (!ID_PATTERN.test(id)) throw new HttpError(404, notFound);
  const json = await getJson(documentFile(id), notFound, digests);
  const payload = await parse('payload', json, `Document ${id}`);
  if (payload.graph.document.id !== id) {
    throw new InvalidDataError(
      `Document ${id} is invalid: its graph says it is ${payload.graph.document.id}`,
    );
  }
  return payload;
}

/** Retry policy for the query client: only transient failures, at most twice. */
export const shouldRetry = (failureCount: number, error: unknown): boolean =>
  failureCount < 2 &&
  !(error instanceof InvalidDataError) &&
  !(error instanceof HttpError && !error.retryable);
