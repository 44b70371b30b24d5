/**
 * Whether data files of a build are the very files the build checked: the build gives the app
 * the SHA-256 of each file it checked (vite-plugins/graph-data.ts, src/data/verifiedData.ts),
 * and the app trusts a file that arrives with those bytes. Any other file is checked on
 * arrival, with the schemas' chunk (~94 kB) loaded for it first: the document list the bench
 * extends with its corpora is such a file.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Ids of the bench's generated corpora (generate.ts names them `bench-<size>`). */
export const isCorpusId = (id: string): boolean => id.startsWith('bench-');

/** Whether each of `files` has a SHA-256 written in the build's JavaScript (`outDir/assets`). */
export async function checkedAtBuild(outDir: string, files: string[]): Promise<boolean> {
  const assets = path.join(outDir, 'assets');
  const scripts = await Promise.all(
    (await readdir(assets))
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFile(path.join(assets, file), 'utf8')),
  );
  for (const file of files) {
    const digest = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
    if (!scripts.some((script) => script.includes(digest))) return false;
  }
  return true;
}
