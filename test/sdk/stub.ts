/**
 * A tiny HTTP server that answers from a script, for what the real server will not do on
 * demand: fail with 503, rate-limit, answer off the contract, or answer slowly.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Seen {
  method: string;
  url: URL;
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
}

export interface Answer {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string as it is. */
  body?: unknown;
  delayMs?: number;
}

export interface Stub {
  baseUrl: string;
  seen: Seen[];
  close(): Promise<void>;
}

/** `answer` is called for each request; by default it is given the request's index too. */
export async function startStub(answer: (req: Seen, index: number) => Answer): Promise<Stub> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request: Seen = {
        method: req.method ?? 'GET',
        url: new URL(req.url ?? '/', 'http://stub'),
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      };
      seen.push(request);
      const a = answer(request, seen.length - 1);
      const send = () => {
        if (res.destroyed) return;
        const text =
          a.body === undefined ? '' : typeof a.body === 'string' ? a.body : JSON.stringify(a.body);
        res.writeHead(a.status ?? 200, {
          ...(typeof a.body === 'string' ? {} : { 'content-type': 'application/json' }),
          ...a.headers,
        });
        res.end(text);
      };
      if (a.delayMs) setTimeout(send, a.delayMs);
      else send();
    });
  });
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    seen,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export const categories = {
  data: [
    { slug: 'viestinta', names: { fi: 'Viestintä', sv: 'Kommunikation', en: 'Communications' } },
  ],
};

export function errorBody(code: string, message = code, details?: unknown) {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}

/** A task as the contract has it. */
export function task(id: number) {
  return {
    id,
    status: 'open',
    organisation: { id: 1, name: 'Yhdistys ry', kind: 'association' },
    category: 'viestinta',
    title: `Tehtävä ${id}`,
    details: '',
    accountingReference: null,
    location: null,
    remote: true,
    schedule: { text: 'pian', startsAt: null, endsAt: null },
    estimatedHours: 1,
    helpersWanted: 1,
    selectedCount: 0,
    applicationsOpen: true,
    group: null,
    requester: null,
    viewer: { canManage: false, application: null },
    createdAt: '2026-01-01T00:00:00.000Z',
    publishedAt: '2026-01-01T00:00:00.000Z',
    cancelledAt: null,
    completedAt: null,
  };
}
