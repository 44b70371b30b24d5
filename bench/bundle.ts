/**
 * The initial JavaScript of a production build: the entry chunk that index.html loads, the
 * chunks it preloads, and every chunk the entry imports statically (transitively). Dynamic
 * `import()`s are left out: they load on demand. Sizes raw and gzip (zlib level 9, as
 * Vite's own report), in bytes.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface AssetSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface InitialJs {
  files: AssetSize[];
  raw: number;
  gzip: number;
  /** Every .js asset the build emitted, lazily loaded ones included. */
  allJs: { raw: number; gzip: number; files: number };
  /** The CSS index.html links. */
  css: { raw: number; gzip: number };
}

/** The `src`/`href` of module scripts, module preloads and stylesheets in index.html. */
export function entryAssets(html: string): { scripts: string[]; css: string[] } {
  const scripts: string[] = [];
  const css: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
    if (tag.startsWith('<script') && attr('type') === 'module' && attr('src')) {
      scripts.push(attr('src') as string);
    } else if (tag.startsWith('<link') && attr('rel') === 'modulepreload' && attr('href')) {
      scripts.push(attr('href') as string);
    } else if (tag.startsWith('<link') && attr('rel') === 'stylesheet' && attr('href')) {
      css.push(attr('href') as string);
    }
  }
  return { scripts, css };
}

/** Relative specifiers of the static imports and re-exports of an ES module chunk. */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const pattern =
    /(?:^|[;\n}\s])(?:import\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*(?:\*|\{[^}]*\})\s*from\s*)["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of code.matchAll(pattern)) found.add(match[1] as string);
  return [...found];
}

const sizeOf = (file: string, bytes: Buffer): AssetSize => ({
  file,
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
});

export async function measureInitialJs(outDir: string, allJsFiles: string[]): Promise<InitialJs> {
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const { scripts, css } = entryAssets(html);
  const toFile = (url: string) => path.join(outDir, url.replace(/^\//, ''));
  const seen = new Set<string>();
  const files: AssetSize[] = [];
  const queue = scripts.map(toFile);
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const bytes = await readFile(file);
    files.push(sizeOf(path.relative(outDir, file), bytes));
    for (const spec of staticImports(bytes.toString('utf8'))) {
      queue.push(path.resolve(path.dirname(file), spec));
    }
  }
  let allRaw = 0;
  let allGzip = 0;
  for (const file of allJsFiles) {
    const size = sizeOf(file, await readFile(path.join(outDir, file)));
    allRaw += size.raw;
    allGzip += size.gzip;
  }
  let cssRaw = 0;
  let cssGzip = 0;
  for (const href of css) {
    const size = sizeOf(href, await readFile(toFile(href)));
    cssRaw += size.raw;
    cssGzip += size.gzip;
  }
  return {
    files,
    raw: files.reduce((s, f) => s + f.raw, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
    allJs: { raw: allRaw, gzip: allGzip, files: allJsFiles.length },
    css: { raw: cssRaw, gzip: cssGzip },
  };
}
