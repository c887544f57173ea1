// Serves a built site on 127.0.0.1 the way a static CDN would: directory URLs give
// their index.html, unknown URLs give 404.html with status 404, and the headers of
// the site's `_headers` file are sent. Used by the browser tests and `npm run audit`.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers-file.ts';

export type StaticServer = { origin: string; port: number; close: () => Promise<void> };

export async function serveStatic(dir: string, port = 0): Promise<StaticServer> {
  const headersPath = join(dir, '_headers');
  const rules: HeaderRule[] = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const notFoundPath = join(dir, '404.html');
  const files = sirv(dir, {
    dev: true, // no caching between test runs
    etag: false,
    dotfiles: false,
    onNoMatch: (_req, res) => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(existsSync(notFoundPath) ? readFileSync(notFoundPath) : 'Not found');
    },
  });
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
    files(req, res);
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ready());
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
