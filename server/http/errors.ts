import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { BaseError, ForeignKeyConstraintError, UniqueConstraintError } from 'sequelize';
import { Conflict, HttpError, NotFound } from '../errors.ts';

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
    } else if (err && typeof err === 'object' && 'type' in err && fromBodyParser(err as never)) {
      http = fromBodyParser(err as never)!;
    } else {
      const isDb = err instanceof BaseError;
      logger.error(
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
    res.status(http.status).json(http.toBody());
  };
}
