import { errorCodes, type CodeOf, type ErrorCode, type StatusOf } from '../sdk/error-codes.ts';

/**
 * Every error the API answers with: `{ "error": { "code", "message", "details"? } }`. The code
 * comes from the contract's table (`sdk/error-codes.ts`) and must answer with the status the
 * table gives it: `new HttpError(409, 'task_ful', …)` or `new HttpError(404, 'task_full', …)`
 * does not compile.
 */
export class HttpError<C extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly status: StatusOf<C>,
    readonly code: C,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = new.target.name;
  }

  toBody(requestId?: string) {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.details === undefined ? {} : { details: this.details }),
        ...(requestId === undefined ? {} : { requestId }),
      },
    };
  }
}

/** An error whose code has exactly one status in the table: the status is looked up. */
export function apiError<C extends SingleStatusCode>(
  code: C,
  message: string,
  details?: unknown,
  headers?: Record<string, string>,
): HttpError<C> {
  return new HttpError(errorCodes[code].status as StatusOf<C>, code, message, details, headers);
}

type SingleStatusCode = {
  [C in ErrorCode]: (typeof errorCodes)[C]['status'] extends number ? C : never;
}[ErrorCode];

export class BadRequest extends HttpError {
  constructor(code: CodeOf<400>, message: string, details?: unknown) {
    super(400, code, message, details);
  }
}

export class Unauthenticated extends HttpError {
  constructor(message = 'Sign in first.', code: CodeOf<401> = 'unauthenticated') {
    super(401, code, message, undefined, { 'WWW-Authenticate': 'Bearer' });
  }
}

export class Forbidden extends HttpError {
  constructor(message = 'You may not do that.', code: CodeOf<403> = 'forbidden') {
    super(403, code, message);
  }
}

export class NotFound extends HttpError {
  constructor(what = 'resource') {
    super(404, 'not_found', `No such ${what}.`);
  }
}

export class Conflict extends HttpError {
  constructor(code: CodeOf<409>, message: string, details?: unknown) {
    super(409, code, message, details);
  }
}

export class Validation extends HttpError {
  constructor(message: string, details?: unknown, code: CodeOf<422> = 'validation_failed') {
    super(422, code, message, details);
  }
}

/** One field at fault in a 422's `details.issues`, as the contract's own validation names it. */
export interface FieldIssue {
  /** The field's path, dotted: `services.0.channels.1.postalCode`. */
  path: string;
  /** Short, for a developer: `no such region`. */
  message: string;
  /** A code of the contract's table, or of zod's issues. */
  code?: string;
}

/**
 * A 422 about fields of the request: `message` for people, and in `details` each field's path
 * with a short issue, in the shape the contract's own validation answers with
 * (server/http/validation.ts). `extra` adds facts to `details` (e.g. the values refused).
 */
export function fieldErrors(options: {
  message: string;
  issues: FieldIssue[];
  code?: CodeOf<422>;
  in?: 'body' | 'query' | 'path';
  extra?: Record<string, unknown>;
}): Validation {
  const { message, issues, code, extra } = options;
  return new Validation(message, { in: options.in ?? 'body', issues, ...extra }, code);
}

/** A 422 about one field of the request (see `fieldErrors`); the issue carries `code` too. */
export function fieldError(options: {
  field: string;
  message: string;
  issue: string;
  code?: CodeOf<422>;
  /** The issue's own code when it is not the answer's (e.g. a check the table does not name). */
  issueCode?: string;
  in?: 'body' | 'query' | 'path';
  extra?: Record<string, unknown>;
}): Validation {
  const { field, issue, code } = options;
  const issueCode = options.issueCode ?? code;
  return fieldErrors({
    ...options,
    issues: [{ path: field, message: issue, ...(issueCode ? { code: issueCode } : {}) }],
  });
}

export class RateLimited extends HttpError {
  constructor(retryAfterSeconds: number, message = 'Too many requests; try again later.') {
    super(
      429,
      'rate_limited',
      message,
      { retryAfter: retryAfterSeconds },
      {
        'Retry-After': String(retryAfterSeconds),
      },
    );
  }
}

/** 503: the database is unreachable or too slow; the SDK retries after `Retry-After`. */
export class ServiceUnavailable extends HttpError {
  constructor(
    retryAfterSeconds: number,
    message = 'The service is briefly unavailable; try again shortly.',
  ) {
    super(503, 'service_unavailable', message, undefined, {
      'Retry-After': String(retryAfterSeconds),
    });
  }
}
