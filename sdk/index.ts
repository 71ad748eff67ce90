export { createClient, type Client } from './client.ts';
export type {
  Args,
  ClientOptions,
  CreateOptions,
  EndpointMethod,
  Filter,
  Output,
  Page,
  PagePromise,
  RequestOptions,
  RetryPolicy,
} from './request.ts';
export {
  ApiError,
  ConflictError,
  ForbiddenError,
  NetworkError,
  NotFoundError,
  RateLimitedError,
  ResponseValidationError,
  ServiceUnavailableError,
  TehostamoError,
  UnauthenticatedError,
  ValidationError,
  isApiError,
  isApiErrorWith,
  isNetworkError,
  isResponseValidationError,
  isTehostamoError,
} from './errors.ts';
export {
  errorCodes,
  isErrorCode,
  statusesOf,
  type CodeOf,
  type ErrorCode,
  type StatusOf,
} from './error-codes.ts';
export { browserStorage, memoryStorage, type TokenStorage } from './storage.ts';
export { endpoints, type Endpoint, type EndpointName } from './endpoints.ts';
export type * from './schemas/index.ts';
