import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import {
  BaseError,
  ConnectionError,
  ForeignKeyConstraintError,
  TimeoutError,
  UniqueConstraintError,
} from 'sequelize';
import { Conflict, HttpError, NotFound, ServiceUnavailable } from '../errors.ts';

/** Errors from body-parser carry a `type` and a `status`. */
function fromBodyParser(err: {
  type?: string;
  status?: number;
  message?: string;
}): HttpError | null {
  switch (err.type) {
    case 'entity.parse.failed':
      return new HttpError(400, 'invalid_json', 'The request body is not valid JSON.');
    case 'entity.too.large':
      return new HttpError(413, 'payload_too_large', 'The request body is too large.');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new HttpError(415, 'unsupported_encoding', err.message ?? 'Unsupported encoding.');
    default:
      return null;
  }
}

/**
 * Errors Express and its parsers raise for malformed requests, already 4xx: a path that is not
 * valid percent-encoding, a body that is not in the `Content-Encoding` it claims.
 */
function fromMalformedRequest(err: unknown): HttpError | null {
  if (!err || typeof err !== 'object') return null;
  const { status, expose } = err as { status?: unknown; expose?: unknown };
  if (err instanceof URIError && status === 400) {
    return new HttpError(400, 'invalid_path', 'The path is not valid percent-encoding.');
  }
  if (typeof status === 'number' && status >= 400 && status < 500 && expose === true) {
    return new HttpError(
      400,
      'invalid_body_encoding',
      'The request body could not be decoded as its Content-Encoding says.',
    );
  }
  return null;
}

/** `/tasks/:id` → a pattern of the path's segments. */
function pathPattern(path: string): RegExp {
  const source = path
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}/?$`);
}

/**
 * A path that exists with other methods answers 405 with `Allow`, not 404: the caller has the
 * right address and the wrong verb.
 */
export function methodNotAllowed(routes: readonly { method: string; path: string }[]) {
  const patterns = routes.map((r) => ({ method: r.method, pattern: pathPattern(r.path) }));
  return (req: Request, res: Response, next: NextFunction) => {
    const allowed = new Set(patterns.filter((p) => p.pattern.test(req.path)).map((p) => p.method));
    if (allowed.size === 0 || allowed.has(req.method)) return next();
    if (allowed.has('GET')) allowed.add('HEAD');
    allowed.add('OPTIONS');
    const allow = [...allowed].sort().join(', ');
    res.set('Allow', allow);
    throw new HttpError(405, 'method_not_allowed', `${req.method} is not allowed here.`, {
      allow: [...allowed].sort(),
    });
  };
}

/** Seconds a client should wait before retrying while the database is unreachable or slow. */
export const DATABASE_RETRY_AFTER = 2;

/** MariaDB ER_STATEMENT_TIMEOUT, MySQL ER_QUERY_TIMEOUT, and a connection lost mid-query. */
const UNAVAILABLE_ERRNOS = new Set([1969, 3024, 2006, 2013]);
const UNAVAILABLE_CODES = new Set([
  'PROTOCOL_CONNECTION_LOST',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'SQLITE_BUSY',
]);

/**
 * The database is unreachable, lost the connection, or a statement ran past its time: not the
 * request's fault, and worth retrying shortly (503 with Retry-After), unlike a bug (500).
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  if (err instanceof ConnectionError || err instanceof TimeoutError) return true;
  if (!(err instanceof BaseError)) return false;
  const parent = (err as { parent?: { errno?: number; code?: string; fatal?: boolean } }).parent;
  return (
    (parent?.errno !== undefined && UNAVAILABLE_ERRNOS.has(parent.errno)) ||
    (parent?.code !== undefined && UNAVAILABLE_CODES.has(parent.code)) ||
    // mysql2 marks an error that ended its connection (e.g. a command on a connection the
    // server closed) as fatal: the query never ran, so it is the database, not the request.
    parent?.fatal === true
  );
}

export function notFoundHandler(req: Request) {
  throw new HttpError(404, 'route_not_found', `No endpoint ${req.method} ${req.path}.`);
}

/** The one error middleware: every failure leaves as `{ error: { code, message, details? } }`. */
export function errorHandler(logger: Logger) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction) => {
    let http: HttpError;
    if (err instanceof HttpError) {
      http = err;
    } else if (err instanceof UniqueConstraintError) {
      http = new Conflict('already_exists', 'That already exists.');
    } else if (err instanceof ForeignKeyConstraintError) {
      http = new NotFound('referenced resource');
    } else if (isDatabaseUnavailable(err)) {
      req.log?.warn({ err }, 'database unavailable');
      http = new ServiceUnavailable(DATABASE_RETRY_AFTER);
    } else if (err && typeof err === 'object' && 'type' in err && fromBodyParser(err as never)) {
      http = fromBodyParser(err as never)!;
    } else if (fromMalformedRequest(err)) {
      http = fromMalformedRequest(err)!;
    } else {
      const isDb = err instanceof BaseError;
      (req.log ?? logger).error(
        { err, method: req.method, url: req.originalUrl },
        isDb ? 'database error' : 'unhandled error',
      );
      http = new HttpError(
        500,
        'internal_error',
        'Something went wrong on our side. It has been logged.',
      );
    }
    if (http.headers) res.set(http.headers);
    res.status(http.status).json(http.toBody(res.locals.requestId as string | undefined));
  };
}
