/** A small static file server for the built site (bench, sub-path and embed tests). Loopback only. */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/** Sends `file` under `root`, or 403/404; returns false when nothing was sent. */
export function sendFile(
  res: ServerResponse,
  root: string,
  relative: string,
  headers: Record<string, string> = {},
  gzip = false,
): void {
  let file = normalize(join(root, relative || 'index.html'));
  if (!file.startsWith(root)) return void res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return void res.writeHead(404).end();
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  // As a real host sends text: compressed (the bench counts the bytes a page fetches).
  if (gzip && /text|json|svg/.test(type)) {
    res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', ...headers });
    return void res.end(gzipSync(readFileSync(file)));
  }
  res.writeHead(200, { 'Content-Type': type, ...headers });
  res.end(readFileSync(file));
}

/** Serves `mounts` (URL prefix -> folder) on 127.0.0.1:`port`, text gzipped when `options.gzip`. */
export function serveStatic(
  port: number,
  mounts: Record<string, string>,
  headers: Record<string, string> = {},
  options: { gzip?: boolean } = {},
): Promise<Server> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const prefix = prefixes.find((p) => path.startsWith(p));
    if (prefix === undefined) return void res.writeHead(404).end();
    const gzip = options.gzip === true && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    sendFile(res, mounts[prefix]!, path.slice(prefix.length), headers, gzip);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
