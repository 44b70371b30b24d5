/**
 * Data files the build has already checked (issue 7). vite-plugins/graph-data.ts checks each
 * file it emits with the schemas the app checks it with on arrival (schemas.ts), and records
 * the SHA-256 of the exact bytes it wrote; a file that arrives with those bytes needs no second
 * check. The check and the schemas' chunk were ~40 ms of the article's first render.
 *
 * Anything else is checked as it always was: a dev server's files (made on each request), files
 * changed or added after the build (the bench's corpora), and every file where WebCrypto is
 * missing (pages served over plain HTTP from another host than localhost).
 */

/** Hex SHA-256 of each checked file, keyed by its path below the base (`data/…`). */
export type DataDigests = Readonly<Record<string, string>>;

const HEX_SHA256 = /^[0-9a-f]{64}$/;

/** The digests in the build's `import.meta.env`, or none (dev, tests) or if malformed. */
export function readDigests(raw: unknown): DataDigests {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const digests: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [path, digest] of Object.entries(raw)) {
    if (typeof digest === 'string' && HEX_SHA256.test(digest)) digests[path] = digest;
  }
  return digests;
}

/** The build's digests (`define`d by vite-plugins/graph-data.ts): none in dev and tests. */
export const BUILD_DIGESTS: DataDigests = readDigests(import.meta.env.CLAIMGRAPH_DATA_DIGESTS);

/** Whether the build checked the file at `path` (below the base), whatever arrives. */
export const isCheckedAtBuild = (path: string, digests: DataDigests = BUILD_DIGESTS): boolean =>
  Object.hasOwn(digests, path);

/** Hex SHA-256 of `bytes` with WebCrypto, or null where it is missing. */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  try {
    const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
    let hex = '';
    for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
    return hex;
  } catch {
    return null;
  }
}

/** Whether `bytes` are those the build checked as `path`. */
export async function checkedAtBuild(
  path: string,
  bytes: ArrayBuffer,
  digests: DataDigests = BUILD_DIGESTS,
): Promise<boolean> {
  if (!isCheckedAtBuild(path, digests)) return false;
  return (await sha256Hex(bytes)) === digests[path];
}
