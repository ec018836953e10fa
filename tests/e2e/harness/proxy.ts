/**
 * The zero-network observer: an HTTP proxy on 127.0.0.1 that every browser request goes
 * through (pages, extension pages, the background and service worker, the browser itself).
 * Requests the `isTestServer` rule accepts (the tests' own servers on 127.0.0.1) are forwarded;
 * anything else is logged as unexpected and answered 403 without leaving the machine. HTTPS
 * arrives as CONNECT and is judged by host and port alone.
 */
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface ObservedRequest {
  method: string;
  /** Absolute URL, or `https://host:port` for a CONNECT tunnel. */
  url: string;
  /** True when it went to one of the tests' own servers. */
  allowed: boolean;
}

export interface NetworkObserver {
  readonly port: number;
  /** Every request seen, in arrival order. */
  readonly requests: readonly ObservedRequest[];
  /** Requests to anything but the tests' own servers. */
  unexpected(): ObservedRequest[];
  /** Forgets what was seen so far (e.g. between tests). */
  clear(): void;
  close(): Promise<void>;
}

function refuse(socket: Socket, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n`);
}

/** `isTestServer` judges a request's origin, e.g. `http://127.0.0.1:41234`. */
export async function startNetworkObserver(isTestServer: (origin: URL) => boolean): Promise<NetworkObserver> {
  const requests: ObservedRequest[] = [];
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      // Not a proxy request (someone fetched the proxy's own address).
      requests.push({ method: req.method ?? 'GET', url: `http://${req.headers.host ?? 'unknown'}${req.url ?? ''}`, allowed: false });
      return void res.writeHead(400).end();
    }
    const allowed = isTestServer(new URL(target.origin));
    requests.push({ method: req.method ?? 'GET', url: target.href, allowed });
    if (!allowed) return void res.writeHead(403, { 'content-type': 'text/plain' }).end('blocked by the test network observer');
    forward(req, target, (status, headers, body) => {
      res.writeHead(status, headers);
      body.pipe(res);
    }, () => res.headersSent ? res.destroy() : res.writeHead(502).end());
  });

  server.on('connect', (req: IncomingMessage, client: Socket) => {
    const [host = '', port = '443'] = splitHostPort(req.url ?? '');
    const allowed = isTestServer(new URL(`https://${host}:${port}`));
    requests.push({ method: 'CONNECT', url: `https://${req.url ?? ''}`, allowed });
    if (!allowed) return refuse(client, '403 Forbidden');
    const upstream = connect(Number(port), host.replace(/^\[|\]$/g, ''), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client).pipe(upstream);
    });
    upstream.on('error', () => refuse(client, '502 Bad Gateway'));
    client.on('error', () => upstream.destroy());
  });
  server.on('upgrade', (req: IncomingMessage, client: Socket) => {
    requests.push({ method: 'UPGRADE', url: req.url ?? '', allowed: false });
    refuse(client, '403 Forbidden');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    unexpected: () => requests.filter((request) => !request.allowed),
    clear: () => void requests.splice(0),
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

function splitHostPort(authority: string): [string, string] {
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(authority);
  return [match?.[1] ?? '', match?.[2] ?? '443'];
}

function forward(
  req: IncomingMessage,
  target: URL,
  respond: (status: number, headers: IncomingMessage['headers'], body: IncomingMessage) => void,
  fail: () => void,
): void {
  const headers = { ...req.headers };
  delete headers['proxy-connection'];
  delete headers['proxy-authorization'];
  const upstream = httpRequest(
    { host: target.hostname.replace(/^\[|\]$/g, ''), port: target.port || 80, method: req.method, path: `${target.pathname}${target.search}`, headers },
    (response) => respond(response.statusCode ?? 502, response.headers, response),
  );
  upstream.on('error', fail);
  req.pipe(upstream);
}
