/**
 * What the SDK throws. Three kinds, kept apart because they call for different handling:
 * the API said no (`ApiError` and its subclasses), the request never got an answer
 * (`NetworkError`), or the answer did not match the contract (`ResponseValidationError`).
 */
import type { z } from 'zod';
import type { ErrorCode } from './error-codes.ts';

// A global symbol, so that the guards recognise errors from another copy of the SDK too.
const kind = Symbol.for('tehostamo.error');

type Kind = 'api' | 'network' | 'response';

export class TehostamoError extends Error {
  declare readonly [kind]: Kind;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

function brand(error: TehostamoError, value: Kind) {
  Object.defineProperty(error, kind, { value, enumerable: false });
}

export interface ApiErrorInit {
  status: number;
  code: string;
  message: string;
  details?: unknown;
  requestId?: string | undefined;
  headers?: Headers;
}

/** The API answered with an error: `{ error: { code, message, details? } }` and a status. */
export class ApiError extends TehostamoError {
  // Distinct brands keep the guards from narrowing one kind of error into another.
  declare readonly [kind]: 'api';
  /** HTTP status, e.g. 404. */
  readonly status: number;
  /**
   * Stable snake_case code from the API, e.g. `task_not_open`: one of `errorCodes`
   * (`sdk/error-codes.ts`), or a newer one this copy of the SDK does not know yet. Branch on it
   * with `isApiErrorWith(error, 'task_not_open')`.
   */
  readonly code: ErrorCode | (string & {});
  readonly details: unknown;
  /** The server's request id, when it sent one (`X-Request-Id`): quote it in bug reports. */
  readonly requestId: string | undefined;
  readonly headers: Headers;

  constructor(init: ApiErrorInit) {
    super(init.message);
    brand(this, 'api');
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.requestId = init.requestId;
    this.headers = init.headers ?? new Headers();
  }
}

/** 400 or 422: the request was malformed or failed validation. */
export class ValidationError extends ApiError {
  /** Each field at fault, when the server named them. */
  get issues(): { path: string; message: string; code: string }[] {
    const d = this.details as { issues?: unknown } | undefined;
    return Array.isArray(d?.issues) ? (d.issues as ValidationError['issues']) : [];
  }
}
/** 401: no credential, or one that is invalid, expired or revoked. */
export class UnauthenticatedError extends ApiError {}
/** 403: you may see it but not do that. */
export class ForbiddenError extends ApiError {}
/** 404: it does not exist, or you may not see it. */
export class NotFoundError extends ApiError {}
/** 409: the state does not allow it (`task_not_open`, `already_applied`, …). */
export class ConflictError extends ApiError {}
/** 429: slow down; `retryAfter` says for how many seconds. */
export class RateLimitedError extends ApiError {
  /** Seconds to wait before trying again, from `Retry-After` (null when the server gave none). */
  readonly retryAfter: number | null;

  constructor(init: ApiErrorInit) {
    super(init);
    this.retryAfter = parseRetryAfter(init.headers?.get('retry-after') ?? null);
  }
}

function parseRetryAfter(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** 503: the service is briefly unavailable (e.g. its database); `retryAfter` in seconds. */
export class ServiceUnavailableError extends ApiError {
  /** Seconds to wait before trying again, from `Retry-After` (null when the server gave none). */
  readonly retryAfter: number | null;

  constructor(init: ApiErrorInit) {
    super(init);
    this.retryAfter = parseRetryAfter(init.headers?.get('retry-after') ?? null);
  }
}

/** Picks the subclass from the status (the code refines nothing yet, but stays the key). */
export function apiErrorFrom(init: ApiErrorInit): ApiError {
  switch (init.status) {
    case 400:
    case 422:
      return new ValidationError(init);
    case 401:
      return new UnauthenticatedError(init);
    case 403:
      return new ForbiddenError(init);
    case 404:
      return new NotFoundError(init);
    case 409:
      return new ConflictError(init);
    case 429:
      return new RateLimitedError(init);
    case 503:
      return new ServiceUnavailableError(init);
    default:
      return new ApiError(init);
  }
}

/** No answer: the connection failed, was cut, or timed out (after any retries). */
export class NetworkError extends TehostamoError {
  declare readonly [kind]: 'network';
  constructor(message: string, cause: unknown) {
    super(message, { cause });
    brand(this, 'network');
  }
}

/** The server answered, but not as the contract says: `issues` are zod's. */
export class ResponseValidationError extends TehostamoError {
  declare readonly [kind]: 'response';
  readonly issues: z.core.$ZodIssue[];
  readonly status: number;
  /** The parsed JSON that failed (or the raw text when it was not JSON). */
  readonly body: unknown;

  constructor(
    message: string,
    init: { issues: z.core.$ZodIssue[]; status: number; body: unknown },
  ) {
    super(message);
    brand(this, 'response');
    this.issues = init.issues;
    this.status = init.status;
    this.body = init.body;
  }
}

function isKind(error: unknown, value: Kind): boolean {
  return typeof error === 'object' && error !== null && (error as TehostamoError)[kind] === value;
}

export function isTehostamoError(error: unknown): error is TehostamoError {
  return typeof error === 'object' && error !== null && kind in error;
}
export function isApiError(error: unknown): error is ApiError {
  return isKind(error, 'api');
}
export function isNetworkError(error: unknown): error is NetworkError {
  return isKind(error, 'network');
}
export function isResponseValidationError(error: unknown): error is ResponseValidationError {
  return isKind(error, 'response');
}
/**
 * An API error with this status or code: `isApiErrorWith(e, 'task_not_open')`, `(e, 404)`. The
 * code must be one of the contract's (`sdk/error-codes.ts`): a misspelt code does not compile.
 */
export function isApiErrorWith<C extends ErrorCode>(
  error: unknown,
  code: C,
): error is ApiError & { readonly code: C };
export function isApiErrorWith(error: unknown, status: number): error is ApiError;
export function isApiErrorWith(
  error: unknown,
  statusOrCode: number | ErrorCode,
): error is ApiError {
  return (
    isApiError(error) &&
    (typeof statusOrCode === 'number' ? error.status === statusOrCode : error.code === statusOrCode)
  );
}
