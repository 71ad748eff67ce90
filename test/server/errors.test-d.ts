/**
 * Type tests: checked by `tsc --noEmit`, never run. The server's errors take their codes and
 * statuses from the contract's table (`sdk/error-codes.ts`).
 */
import { apiError, Conflict, Forbidden, HttpError, Validation } from '../../server/errors.ts';

export function errorsFromTheTable() {
  const errors = [
    new Conflict('task_full', 'Full.'),
    new HttpError(429, 'too_many_attempts', 'Too many.'),
    new HttpError(401, 'invalid_code', 'Wrong.'),
    new HttpError(422, 'invalid_code', 'Wrong.'),
    apiError('task_full', 'Full.'),
    new Forbidden('No.', 'not_an_admin'),
    new Validation('Bad.', undefined, 'unknown_region'),
    // @ts-expect-error a code that is not in the table
    new Conflict('task_ful', 'Full.'),
    // @ts-expect-error task_full is a 409, not a 404
    new HttpError(404, 'task_full', 'Full.'),
    // @ts-expect-error not_found is not a 409
    new Conflict('not_found', 'Gone.'),
    // @ts-expect-error invalid_code answers 401 or 422: say which
    apiError('invalid_code', 'Wrong.'),
    // @ts-expect-error not_an_admin is a 403, not a 422
    new Validation('Bad.', undefined, 'not_an_admin'),
  ];
  void errors;
}
