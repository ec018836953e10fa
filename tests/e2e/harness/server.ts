/** Serves fixture pages on 127.0.0.1 (a random free port) for the end-to-end tests. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

export const PAGES = resolve(fileURLToPath(new URL('../../fixtures/pages', import.meta.url)));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface FixtureServer {
  /** Absolute URL of a path on the server, e.g. `url('article.html')`. */
  url(path: string): string;
  /** Adds a dynamic route, e.g. a generated 100,000-word page. */
  route(path: string, handler: Route): void;
  /** Every path requested so far. */
  readonly requested: string[];
  close(): Promise<void>;
}

/** Origins of the servers running in this process: the network observer lets only these through. */
const running = new Set<string>();
export const isTestServer = (origin: URL) => running.has(origin.origin);

export async function serve(dir = PAGES): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const requested: string[] = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requested.push(path);
    const route = routes.get(path);
    if (route) return void (await route(req, res));
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  running.add(origin);
  return {
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    route: (path, handler) => void routes.set(`/${path.replace(/^\//, '')}`, handler),
    requested,
    close: () => {
      running.delete(origin);
      server.closeAllConnections();
      return new Promise<void>((done) => server.close(() => done()));
    },
  };
}
