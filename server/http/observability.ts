import crypto from 'node:crypto';
import type { NextFunction, Request, Response, Router } from 'express';
import express from 'express';
import { Op } from 'sequelize';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Deps } from '../context.ts';
import { OutboxMessage } from '../db/models/index.ts';

/** A request id we honour from a proxy or client: short, and only harmless characters. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Every answer carries `X-Request-Id`: the incoming one when valid (a proxy's), else a new one.
 * The id is in every log line of the request (pino-http's `req.id`) and in error bodies.
 */
export function requestId() {
  return (req: Request, res: Response, next: NextFunction) => {
    const incoming = req.get('x-request-id');
    const id = incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
    (req as Request & { id: string }).id = id;
    res.locals.requestId = id;
    res.set('X-Request-Id', id);
    next();
  };
}

export interface Metrics {
  registry: Registry;
  middleware: (req: Request, res: Response, next: NextFunction) => void;
}

/** Prometheus metrics: requests by route and status, the database pool, the outbox. */
export function createMetrics(deps: Deps): Metrics {
  const registry = new Registry();
  const requests = new Counter({
    name: 'tehostamo_http_requests_total',
    help: 'HTTP requests answered, by method, route and status.',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const durations = new Histogram({
    name: 'tehostamo_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route and status.',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const pool = () =>
    (
      deps.db.sequelize as unknown as {
        connectionManager: {
          pool?: { size?: number; available?: number; using?: number; waiting?: number };
        };
      }
    ).connectionManager.pool;
  new Gauge({
    name: 'tehostamo_db_pool_connections',
    help: 'Database pool connections by state (SQLite has no pool: none are reported).',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const p = pool();
      if (!p || typeof p.size !== 'number') return;
      this.set({ state: 'total' }, p.size);
      this.set({ state: 'idle' }, p.available ?? 0);
      this.set({ state: 'in_use' }, p.using ?? 0);
      this.set({ state: 'waiting' }, p.waiting ?? 0);
    },
  });
  // Read from the outbox table itself, whatever process sends: every server reports the same.
  new Gauge({
    name: 'tehostamo_outbox_messages',
    help: 'Emails in the outbox by status (pending, sending, failed, uncertain; sent is not counted).',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const rows = (await OutboxMessage.count({
        where: { status: { [Op.ne]: 'sent' } },
        group: ['status'],
      })) as unknown as { status: string; count: number }[];
      for (const status of ['pending', 'sending', 'failed', 'uncertain']) {
        this.set({ status }, Number(rows.find((r) => r.status === status)?.count ?? 0));
      }
    },
  });
  new Gauge({
    name: 'tehostamo_outbox_oldest_unsent_age_seconds',
    help: 'Age of the oldest email not yet sent (pending or sending); 0 when none waits.',
    registers: [registry],
    async collect() {
      const oldest = (await OutboxMessage.min('createdAt', {
        where: { status: ['pending', 'sending'] },
      })) as Date | string | null;
      this.set(oldest ? Math.max(0, (Date.now() - new Date(oldest).getTime()) / 1000) : 0);
    },
  });

  const middleware = (req: Request, res: Response, next: NextFunction) => {
    const start = process.hrtime.bigint();
    res.on('finish', () => {
      // The route's pattern, not the path: /api/v1/tasks/:id, so ids do not explode the labels.
      const pattern = (req.route as { path?: string } | undefined)?.path;
      const route = pattern
        ? `${req.baseUrl}${pattern}`
        : res.statusCode === 404
          ? 'unmatched'
          : req.baseUrl || 'other';
      const labels = { method: req.method, route, status: String(res.statusCode) };
      requests.inc(labels);
      durations.observe(labels, Number(process.hrtime.bigint() - start) / 1e9);
    });
    next();
  };
  return { registry, middleware };
}

/**
 * `/healthz`: the process answers. `/readyz`: the database answers and its migrations are those
 * of this build, so a load balancer sends no traffic to a server that cannot serve it.
 * `/metrics`: with `METRICS_TOKEN` set, only with `Authorization: Bearer <token>`; without,
 * only to loopback (a scraper on the same host, or through the reverse proxy's own rule).
 */
export function operationsRoutes(deps: Deps, metrics: Metrics): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ ok: true });
  });
  router.get('/readyz', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    try {
      const pending = await deps.db.pendingMigrations();
      if (pending.length > 0) {
        res.status(503).json({ ok: false, reason: 'migrations_pending', pending });
        return;
      }
      res.json({ ok: true });
    } catch (err) {
      deps.logger.warn({ err }, 'not ready: database unreachable');
      res.status(503).json({ ok: false, reason: 'database_unreachable' });
    }
  });
  router.get('/metrics', async (req, res) => {
    const token = deps.config.metricsToken;
    // Without a token: only a scraper on this host, never a request a reverse proxy forwarded.
    const allowed = token
      ? req.get('authorization') === `Bearer ${token}`
      : ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(req.socket.remoteAddress ?? '') &&
        !req.get('x-forwarded-for') &&
        !req.get('forwarded');
    if (!allowed) {
      res
        .status(404)
        .json({ error: { code: 'route_not_found', message: 'No endpoint GET /metrics.' } });
      return;
    }
    let body: string;
    try {
      body = await metrics.registry.metrics();
    } catch (err) {
      deps.logger.warn({ err }, 'metrics: a collector failed');
      res
        .status(503)
        .json({ error: { code: 'service_unavailable', message: 'Metrics are unavailable.' } });
      return;
    }
    res
      .set('Content-Type', metrics.registry.contentType)
      .set('Cache-Control', 'no-store')
      .send(body);
  });
  return router;
}
