/**
 * Imported documents, kept in this browser so that they survive a reload (issue 6, "nothing
 * lost"): IndexedDB database `claimgraph`, object store `imports`, keyed by document id. Each
 * record holds the file's original text and name (the file is imported again when it is
 * opened, so the importer's checks always apply) and, once computed, the layout of a graph
 * that came without positions.
 *
 * The store keeps every record it has seen in memory in front of the backend, so an import
 * stays open for the session when storage is unavailable (private windows, blocked storage) or
 * full (`QuotaExceededError`): those failures come back as a `StorageNotice` to show, never as
 * a lost graph. The backend is injectable: unit tests use a fake one, the app IndexedDB.
 */
import type { ImportFormat } from '../formats/types.ts';

/** Ids of imported documents start with this (`import-<slug-of-file-name>-<n>`). */
export const IMPORT_ID_PREFIX = 'import-';

export const isImportId = (id: string): boolean => id.startsWith(IMPORT_ID_PREFIX);

export const IMPORT_DB_NAME = 'claimgraph';
export const IMPORT_STORE_NAME = 'imports';
const DB_VERSION = 1;

export interface ImportRecord {
  id: string;
  /** The file's name, as the user picked or dropped it. */
  name: string;
  /** The file's text, exactly as read (UTF-8 decoded). */
  text: string;
  format: ImportFormat;
  /** A claimgraph graph or a generic (foreign) one. */
  kind: 'claimgraph' | 'generic';
  title: string;
  nodes: number;
  edges: number;
  /** ISO timestamp of the import. */
  importedAt: string;
  /**
   * Positions computed for a file without them, as `[node id, x, y]` (an array, not an
   * object: ids such as `__proto__` stay plain data through structured cloning).
   */
  layout?: [string, number, number][];
}

/** What the document list needs: a record without its text and layout. */
export type ImportSummary = Omit<ImportRecord, 'text' | 'layout'>;

/** Where records are kept: IndexedDB in the app, a fake in unit tests. */
export interface ImportBackend {
  getAll(): Promise<ImportRecord[]>;
  get(id: string): Promise<ImportRecord | undefined>;
  put(record: ImportRecord): Promise<void>;
  delete(id: string): Promise<void>;
}

export type StorageProblem = 'unavailable' | 'quota' | 'failed';

/** Why something could not be stored or read, in words a person can act on. */
export interface StorageNotice {
  problem: StorageProblem;
  message: string;
}

/** Thrown by a backend that cannot work at all in this browser. */
export class StorageUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StorageUnavailableError';
  }
}

/** How a backend failure counts: the browser's storage is full, missing, or something else. */
export function storageProblem(error: unknown): StorageProblem {
  const name = (error as { name?: unknown } | null)?.name;
  const code = (error as { code?: unknown } | null)?.code;
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22)
    return 'quota';
  if (
    error instanceof StorageUnavailableError ||
    name === 'SecurityError' ||
    name === 'InvalidStateError' ||
    name === 'NotAllowedError'
  )
    return 'unavailable';
  return 'failed';
}

const detail = (error: unknown): string => {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message.trim() !== '' ? message.trim() : String(error);
};

const KEPT_FOR_SESSION = 'it stays open in this tab, but it will be gone after a reload';

/** The notice for a record that could not be saved. */
export function saveNotice(error: unknown, fileName: string): StorageNotice {
  const problem = storageProblem(error);
  const file = `“${fileName}”`;
  const message =
    problem === 'quota'
      ? `The browser's storage is full, so ${file} was not saved: ${KEPT_FOR_SESSION}. Remove imported documents you no longer need (or free up storage for this site) and import it again to keep it.`
      : problem === 'unavailable'
        ? `This browser does not let claimgraph store imported documents (IndexedDB is unavailable: ${detail(error)}), so ${file} was not saved: ${KEPT_FOR_SESSION}.`
        : `${file} could not be saved in this browser (${detail(error)}): ${KEPT_FOR_SESSION}. Try importing it again.`;
  return { problem, message };
}

/** The notice for imported documents that could not be read back. */
export function readNotice(error: unknown): StorageNotice {
  const problem = storageProblem(error);
  const message =
    problem === 'unavailable'
      ? `Imported documents cannot be kept in this browser (IndexedDB is unavailable: ${detail(error)}). What you import now stays open until the tab is closed or reloaded.`
      : `Imported documents could not be read from this browser's storage (${detail(error)}). What you import now stays open until the tab is closed or reloaded.`;
  return { problem, message };
}

/** The part of a file name that makes an id: lower-case letters, digits and hyphens. */
export function slugOfFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const slug = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug === '' ? 'file' : slug;
}

export const summaryOf = ({ text: _text, layout: _layout, ...summary }: ImportRecord) => summary;

const byImportTime = (a: ImportSummary, b: ImportSummary): number =>
  a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : a.id < b.id ? -1 : 1;

export interface ListResult {
  documents: ImportSummary[];
  /** Set when the backend could not be read: the list holds this session's imports only. */
  notice?: StorageNotice;
}

export interface SaveResult {
  /** Whether the record reached the backend (it is in memory either way). */
  persisted: boolean;
  notice?: StorageNotice;
}

export class ImportStore {
  private readonly memory = new Map<string, ImportRecord>();
  private readonly removed = new Set<string>();
  private loaded = false;
  private backendValue: ImportBackend | null = null;

  /** `backend` may be a factory: it is called on first use, and what it throws is reported. */
  constructor(private readonly backendSource: ImportBackend | (() => ImportBackend)) {}

  private backend(): ImportBackend {
    if (this.backendValue) return this.backendValue;
    const source = this.backendSource;
    this.backendValue = typeof source === 'function' ? source() : source;
    return this.backendValue;
  }

  /** Every imported document: stored ones and this session's, oldest first. */
  async list(): Promise<ListResult> {
    let notice: StorageNotice | undefined;
    if (!this.loaded) {
      try {
        const stored = await this.backend().getAll();
        for (const record of stored)
          if (!this.memory.has(record.id) && !this.removed.has(record.id))
            this.memory.set(record.id, record);
        this.loaded = true;
      } catch (error) {
        notice = readNotice(error);
      }
    }
    const documents = [...this.memory.values()].map(summaryOf).sort(byImportTime);
    return notice ? { documents, notice } : { documents };
  }

  /** One record, with its text; undefined when neither memory nor the backend has it. */
  async get(id: string): Promise<ImportRecord | undefined> {
    const known = this.memory.get(id);
    if (known) return known;
    if (this.removed.has(id)) return undefined;
    const stored = await this.backend().get(id);
    if (stored) this.memory.set(stored.id, stored);
    return stored;
  }

  /** A fresh id for a file: `import-<slug>-<n>`, with the least n not taken. */
  async newId(fileName: string): Promise<string> {
    await this.list();
    const slug = slugOfFileName(fileName);
    for (let n = 1; ; n += 1) {
      const id = `${IMPORT_ID_PREFIX}${slug}-${n}`;
      if (!this.memory.has(id)) return id;
    }
  }

  /** Keeps the record in memory and tries to store it. */
  async save(record: ImportRecord): Promise<SaveResult> {
    this.memory.set(record.id, record);
    this.removed.delete(record.id);
    try {
      await this.backend().put(record);
      return { persisted: true };
    } catch (error) {
      return { persisted: false, notice: saveNotice(error, record.name) };
    }
  }

  /** Adds a computed layout to a record (best effort: a layout can always be computed again). */
  async saveLayout(id: string, layout: [string, number, number][]): Promise<boolean> {
    const record = this.memory.get(id);
    if (!record) return false;
    const next = { ...record, layout };
    this.memory.set(id, next);
    try {
      await this.backend().put(next);
      return true;
    } catch {
      return false;
    }
  }

  /** Forgets a document, in memory and in the backend. */
  async remove(id: string): Promise<{ notice?: StorageNotice }> {
    const record = this.memory.get(id);
    this.memory.delete(id);
    this.removed.add(id);
    try {
      await this.backend().delete(id);
      return {};
    } catch (error) {
      const name = record?.name ?? id;
      const problem = storageProblem(error);
      return {
        notice: {
          problem,
          message: `“${name}” is gone from the list, but it could not be removed from this browser's storage (${detail(error)}): it may come back after a reload.`,
        },
      };
    }
  }
}

/** Runs an IndexedDB request as a promise. */
function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves when a write transaction commits; rejects with its error (QuotaExceededError…). */
function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** The browser's IndexedDB factory, or undefined where reading it is refused or it is absent. */
function browserIndexedDb(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB ?? undefined;
  } catch {
    return undefined;
  }
}

/** The IndexedDB backend: database `claimgraph`, object store `imports` keyed by `id`. */
export function indexedDbBackend(
  factory: IDBFactory | undefined = browserIndexedDb(),
): ImportBackend {
  let opening: Promise<IDBDatabase> | null = null;
  const open = (): Promise<IDBDatabase> => {
    if (!factory)
      return Promise.reject(new StorageUnavailableError('no IndexedDB in this browser'));
    if (!opening) {
      opening = new Promise<IDBDatabase>((resolve, reject) => {
        let request: IDBOpenDBRequest;
        try {
          request = factory.open(IMPORT_DB_NAME, DB_VERSION);
        } catch (error) {
          reject(new StorageUnavailableError(detail(error)));
          return;
        }
        request.onupgradeneeded = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains(IMPORT_STORE_NAME))
            db.createObjectStore(IMPORT_STORE_NAME, { keyPath: 'id' });
        };
        request.onsuccess = () => {
          const db = request.result;
          // Another tab upgrading the database: let it, and open again next time.
          db.onversionchange = () => {
            db.close();
            opening = null;
          };
          resolve(db);
        };
        request.onerror = () =>
          reject(new StorageUnavailableError(detail(request.error ?? 'cannot open the database')));
        request.onblocked = () =>
          reject(new StorageUnavailableError('the database is held open by another tab'));
      });
      opening.catch(() => {
        opening = null;
      });
    }
    return opening;
  };
  const store = async (mode: IDBTransactionMode) => {
    const db = await open();
    const tx = db.transaction(IMPORT_STORE_NAME, mode);
    return { tx, store: tx.objectStore(IMPORT_STORE_NAME) };
  };
  return {
    async getAll() {
      const { store: s } = await store('readonly');
      return (await done(s.getAll())) as ImportRecord[];
    },
    async get(id) {
      const { store: s } = await store('readonly');
      return (await done(s.get(id))) as ImportRecord | undefined;
    },
    async put(record) {
      const { tx, store: s } = await store('readwrite');
      const finished = committed(tx);
      s.put(record);
      await finished;
    },
    async delete(id) {
      const { tx, store: s } = await store('readwrite');
      const finished = committed(tx);
      s.delete(id);
      await finished;
    },
  };
}

/** A backend in memory only: for tests, and nothing else. */
export function memoryBackend(initial: readonly ImportRecord[] = []): ImportBackend & {
  records: Map<string, ImportRecord>;
} {
  const records = new Map(initial.map((r) => [r.id, structuredClone(r)] as const));
  return {
    records,
    getAll: async () => [...records.values()].map((r) => structuredClone(r)),
    get: async (id) => {
      const r = records.get(id);
      return r ? structuredClone(r) : undefined;
    },
    put: async (record) => void records.set(record.id, structuredClone(record)),
    delete: async (id) => void records.delete(id),
  };
}

/** The app's store, on IndexedDB. */
export const importStore = new ImportStore(() => indexedDbBackend());
