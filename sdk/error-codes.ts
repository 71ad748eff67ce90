/**
 * Every error code the API answers with, its HTTP status and what it means: the one table that
 * the server's error classes, the SDK's `isApiErrorWith`, the OpenAPI document, the widgets'
 * messages and the tests all read. A code is stable once published; add, never rename.
 *
 * The body is always `{ "error": { "code", "message", "details"?, "requestId"? } }`. Field
 * problems inside a 422 carry their own codes in `details.issues[].code` (zod's, or ours such
 * as `visitor_required`); those are not listed here.
 */

interface ErrorCodeEntry {
  /** One status, or the few a code answers with in different places. */
  readonly status: number | readonly number[];
  readonly meaning: string;
}

function table<const T extends Record<string, ErrorCodeEntry>>(entries: T): T {
  return entries;
}

export const errorCodes = table({
  // 400: the request itself is malformed
  invalid_json: { status: 400, meaning: 'The request body is not valid JSON.' },
  invalid_cursor: { status: 400, meaning: 'The cursor is not one this server handed out.' },
  invalid_path: { status: 400, meaning: 'The path is not valid percent-encoding.' },
  invalid_body_encoding: {
    status: 400,
    meaning: 'The body could not be decoded as its Content-Encoding (gzip, deflate, br) says.',
  },
  invalid_idempotency_key: {
    status: 400,
    meaning: 'The Idempotency-Key header is not 1 to 255 visible ASCII characters.',
  },
  publishable_key_required: {
    status: 400,
    meaning: 'The call needs a publishable key in X-Publishable-Key.',
  },

  // 401: no credential, or a bad one
  unauthenticated: { status: 401, meaning: 'Sign in first: the call needs a credential.' },
  invalid_token: { status: 401, meaning: 'The bearer token is unknown, expired or revoked.' },
  invalid_api_key: { status: 401, meaning: 'The secret key is unknown or revoked.' },
  invalid_publishable_key: {
    status: 401,
    meaning: 'The publishable key is unknown, revoked or rotated out.',
  },
  user_required: { status: 401, meaning: 'The call needs a signed-in person, not an API key.' },
  invalid_code: {
    status: [401, 422],
    meaning:
      'The one-time code is wrong or has expired (401 when signing in; 422 when confirming a ' +
      "visitor's request, where the caller's credential is not in question).",
  },

  // 403: the caller may see it, but not do that
  forbidden: { status: 403, meaning: 'You may not do that.' },
  not_a_member: { status: 403, meaning: "Only the organisation's members may do that." },
  not_an_admin: { status: 403, meaning: "Only the organisation's admins may do that." },
  not_a_group_member: { status: 403, meaning: "Only the group's members may do that." },
  own_task: { status: 403, meaning: "One cannot apply to one's own organisation's task." },
  not_the_applicant: { status: 403, meaning: 'Only the applicant may do that.' },
  not_an_applicant: {
    status: 403,
    meaning: "Only the requesting organisation sees the task's applicants.",
  },
  not_in_chat: {
    status: 403,
    meaning: "Only the requesting organisation and the selected helpers use the task's chat.",
  },
  origin_not_allowed: {
    status: 403,
    meaning: "The page's origin is not one of the publishable key's allowed origins.",
  },

  // 404, 405
  not_found: { status: 404, meaning: 'No such object, or not one the caller may see.' },
  route_not_found: { status: 404, meaning: 'No endpoint has this path.' },
  method_not_allowed: {
    status: 405,
    meaning: 'The path exists, but not with this method (`Allow` lists those it takes).',
  },

  // 409: the state of things does not allow it
  already_exists: { status: 409, meaning: 'That already exists.' },
  task_full: { status: 409, meaning: 'The task already has all the helpers it wants.' },
  task_not_open: { status: 409, meaning: 'The task is no longer open.' },
  task_not_active: { status: 409, meaning: 'The task is cancelled or completed.' },
  task_not_cancellable: {
    status: 409,
    meaning: 'Only a waiting, open or assigned task can be cancelled.',
  },
  task_not_pending: {
    status: 409,
    meaning: "The visitor's request is no longer waiting to be confirmed.",
  },
  helpers_below_selected: {
    status: 409,
    meaning: 'Fewer helpers wanted than are already selected.',
  },
  already_applied: { status: 409, meaning: 'This person has already applied to the task.' },
  invitation_limit: {
    status: 409,
    meaning: 'The task has sent as many invitations to apply as allowed (INVITATIONS_PER_TASK).',
  },
  not_invitable: {
    status: 409,
    meaning:
      'The person is not among the helpers this task may invite (not available, not fitting, or ' +
      'already involved); the reason is not told.',
  },
  application_not_pending: { status: 409, meaning: 'The application was already handled.' },
  no_selection: { status: 409, meaning: 'Applications cannot close before anyone is selected.' },
  not_selected: { status: 409, meaning: 'Only a selected application is an assignment.' },
  already_done: { status: 409, meaning: 'The assignment is already marked done.' },
  not_done: { status: 409, meaning: 'The helper has not marked the assignment done yet.' },
  already_approved: { status: 409, meaning: 'The assignment is already approved.' },
  feedback_exists: { status: 409, meaning: 'Feedback has already been given this way.' },
  already_verified: { status: 409, meaning: "The visitor's request is already confirmed." },
  too_many_pending: {
    status: 409,
    meaning: 'This address already has as many unconfirmed requests as allowed.',
  },
  business_id_taken: { status: 409, meaning: 'An organisation has this business id already.' },
  already_member: { status: 409, meaning: 'Already a member of the organisation.' },
  last_admin: {
    status: 409,
    meaning:
      'An organisation keeps at least one admin; its last admin hands it over or closes it before ' +
      'erasing their account (`details.organisations` names them).',
  },
  organisation_closed: { status: 409, meaning: 'The organisation is closed.' },
  has_member_organisations: {
    status: 409,
    meaning: 'An umbrella with member organisations cannot change its kind.',
  },
  join_request_decided: { status: 409, meaning: 'The join request is already decided.' },
  key_revoked: { status: 409, meaning: 'The key is revoked; create a new one.' },
  code_taken: { status: 409, meaning: 'Another group has this join code.' },
  group_full: { status: 409, meaning: 'The group has as many members as its cap allows.' },
  already_in_group: { status: 409, meaning: 'Some of the addresses are members already.' },
  cap_below_member_count: {
    status: 409,
    meaning: 'The member cap cannot go below the number of members.',
  },
  idempotency_key_reused: {
    status: 409,
    meaning: 'The Idempotency-Key was used with another body.',
  },
  idempotency_in_progress: {
    status: 409,
    meaning: 'A request with this Idempotency-Key is still being processed; retry shortly.',
  },

  // 410, 413, 415
  verification_expired: {
    status: 410,
    meaning: "The visitor's request expired before it was confirmed.",
  },
  edit_link_invalid: {
    status: 410,
    meaning: 'The edit link is unknown, used or expired; ask for a new one.',
  },
  payload_too_large: { status: 413, meaning: 'The request body is larger than allowed.' },
  unsupported_encoding: { status: 415, meaning: "The body's encoding or charset is unsupported." },

  // 422: the request is well-formed but its content is refused; `details.issues` names fields
  validation_failed: {
    status: 422,
    meaning: 'Some fields are invalid; `details.issues` says which.',
  },
  organisation_required: {
    status: 422,
    meaning: 'The caller belongs to several organisations: `organisationId` says which asks.',
  },
  visitor_required: {
    status: 422,
    meaning: 'Without a sign-in, a request through a publishable key needs `visitor`.',
  },
  postal_code_required: { status: 422, meaning: 'A task not done remotely needs a postal code.' },
  unknown_group_code: { status: 422, meaning: 'No group has this join code.' },
  unknown_postal_code: { status: 422, meaning: 'No such Finnish postal code.' },
  unknown_region: { status: 422, meaning: 'No such region.' },
  unknown_municipality: { status: 422, meaning: 'No such municipality.' },
  no_contact_address: {
    status: 422,
    meaning: 'The listing has no contact address to send an edit link to.',
  },
  unknown_organisation: { status: 422, meaning: 'No such organisation.' },
  group_not_owned: { status: 422, meaning: "The pro bono group must be the company's own." },
  not_a_company: { status: 422, meaning: 'Only a company has a pro bono programme.' },
  not_an_umbrella: { status: 422, meaning: 'Only an umbrella has member organisations.' },
  self_membership: { status: 422, meaning: 'An organisation cannot be its own member.' },

  // 429: slow down (`Retry-After` says for how long)
  rate_limited: { status: 429, meaning: 'Too many requests; `Retry-After` says when to retry.' },
  too_many_attempts: { status: 429, meaning: 'Too many wrong codes; ask for a new one.' },

  // 5xx
  internal_error: { status: 500, meaning: 'A failure on the server; it has been logged.' },
  service_unavailable: {
    status: 503,
    meaning: 'The database is unreachable or too slow; retry after `Retry-After` seconds.',
  },
  try_again: {
    status: 503,
    meaning: 'The request collided with another and was undone; retry it with the same key.',
  },
  widgets_not_built: { status: 503, meaning: 'The widget bundle has not been built.' },
});

export type ErrorCodes = typeof errorCodes;
/** Every code the API answers with. */
export type ErrorCode = keyof ErrorCodes;

type StatusesOf<S> = S extends readonly (infer N)[] ? N : S;
/** The status (or statuses) a code answers with: `StatusOf<'task_full'>` is 409. */
export type StatusOf<C extends ErrorCode> = StatusesOf<ErrorCodes[C]['status']>;
/** The codes answered with a status: `CodeOf<409>` is `'task_full' | 'task_not_open' | …`. */
export type CodeOf<S extends number> = {
  [C in ErrorCode]: S extends StatusOf<C> ? C : never;
}[ErrorCode];
/** Every status some code answers with. */
export type ErrorStatus = StatusOf<ErrorCode>;

/** The statuses a code answers with, as a list. */
export function statusesOf(code: ErrorCode): readonly number[] {
  const status = errorCodes[code].status;
  return typeof status === 'number' ? [status] : status;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(errorCodes, value);
}
