/**
 * A small static file server for the benchmark: the production build at `/`, the baseline
 * page at `/bench-baseline/`, and Cytoscape's prebuilt UMD file at
 * `/bench-vendor/cytoscape.min.js`. Unknown paths without an extension get index.html (as
 * `vite preview` does); files are sent uncompressed (loopback), with the headers the mount
 * asks for (the app gets the Content Security Policy `vite preview` sends).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface Mount {
  /** URL prefix, with leading and trailing slash (`/` for the root). */
  prefix: string;
  /** Folder served under the prefix, or a single file when `file` is true. */
  dir: string;
  file?: boolean;
  /** Serve `index.html` of the folder for unknown paths without an extension. */
  spa?: boolean;
  /** Extra response headers (the app's Content Security Policy). */
  headers?: Record<string, string>;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Resolves a request path against the mounts (longest prefix first), or undefined. */
async function resolve(
  mounts: readonly Mount[],
  pathname: string,
): Promise<{ file: string; mount: Mount } | undefined> {
  for (const mount of mounts) {
    if (mount.file) {
      if (pathname === mount.prefix) return { file: mount.dir, mount };
      continue;
    }
    if (!pathname.startsWith(mount.prefix)) continue;
    const rel = pathname.slice(mount.prefix.length) || 'index.html';
    const file = path.join(mount.dir, rel);
    if (!file.startsWith(mount.dir)) return undefined;
    if (await isFile(file)) return { file, mount };
    if (mount.spa && path.extname(rel) === '') {
      return { file: path.join(mount.dir, 'index.html'), mount };
    }
    return undefined;
  }
  return undefined;
}

export async function serveStatic(mounts: Mount[], port = 0): Promise<StaticServer> {
  const ordered = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const server: Server = createServer((req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (pathname.split('/').includes('..')) {
      res.writeHead(400).end();
      return;
    }
    resolve(ordered, pathname).then(
      (found) => {
        if (!found) {
          res.writeHead(404, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ error: `Not found: ${pathname}` }));
          return;
        }
        const { file, mount } = found;
        res.writeHead(200, {
          'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-cache',
          ...mount.headers,
        });
        if (req.method === 'HEAD') res.end();
        else createReadStream(file).pipe(res);
      },
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
