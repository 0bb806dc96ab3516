/**
 * The simulated platform over real HTTP, for `npm run platform`, the demo's Node server and
 * tests: `node:http` in front of `platform.handle()`, with CORS so a page on another port
 * can call it. Node only — not re-exported from `index.ts`.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Platform } from './platform.js';
import { createPlatform } from './platform.js';

export interface PlatformServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Default: a new `createPlatform()`. */
  platform?: Platform;
}

export interface PlatformServer {
  /** `http://host:port` */
  url: string;
  /** `url` + the platform's base path: what the SDK's `endpoint` should be. */
  endpoint: string;
  platform: Platform;
  /** Stops listening and drops open connections (including ones a `hang` fault holds). */
  close(): Promise<void>;
}

const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, POST, PATCH, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key, If-None-Match',
  'Access-Control-Expose-Headers': 'ETag, Retry-After',
  'Access-Control-Max-Age': '600',
};

async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const chunks: Uint8Array[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array));
  if (chunks.length === 0) return undefined;
  const size = chunks.reduce((n, c) => n + c.byteLength, 0);
  const body = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    body.set(c, offset);
    offset += c.byteLength;
  }
  return body;
}

function toRequest(req: IncomingMessage, origin: string, body: Uint8Array<ArrayBuffer> | undefined, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return new Request(new URL(req.url ?? '/', origin), { method: req.method, headers, body, signal });
}

async function send(res: ServerResponse, response: Response, method: string): Promise<void> {
  const headers: Record<string, string> = { ...CORS_HEADERS };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  if (method === 'HEAD' || response.body === null) {
    res.end();
    return;
  }
  res.end(new Uint8Array(await response.arrayBuffer()));
}

/** Serves `platform` over HTTP on `host:port`; resolves once it listens. */
export function startPlatformServer(options: PlatformServerOptions = {}): Promise<PlatformServer> {
  const { port = 0, host = '127.0.0.1' } = options;
  const platform = options.platform ?? createPlatform();
  let origin = '';

  const server = createServer((req, res) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS_HEADERS);
      res.end();
      return;
    }
    const aborter = new AbortController();
    // The client went away before the answer: abort, so a hanging handler lets go.
    res.on('close', () => {
      if (!res.writableFinished) aborter.abort(new DOMException('The client closed the connection.', 'AbortError'));
    });
    void (async () => {
      try {
        const body = await readBody(req);
        const response = await platform.handle(toRequest(req, origin, body, aborter.signal));
        await send(res, response, req.method ?? 'GET');
      } catch (error) {
        if (aborter.signal.aborted) return;
        if (error instanceof TypeError && error.message === 'Failed to fetch') {
          // The `offline` fault: drop the connection, as a dead network would.
          req.socket.destroy();
          return;
        }
        if (!res.headersSent) {
          res.writeHead(500, { ...CORS_HEADERS, 'Content-Type': 'application/problem+json; charset=utf-8' });
          res.end(JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500 }));
        } else {
          res.destroy();
        }
      }
    })();
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const hostPart = address.family === 'IPv6' || host.includes(':') ? `[${address.address}]` : address.address;
      origin = `http://${hostPart}:${address.port}`;
      resolve({
        url: origin,
        endpoint: origin + platform.basePath,
        platform,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
