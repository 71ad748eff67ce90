/**
 * Every endpoint of the API, described once. The server validates requests with these schemas,
 * the SDK builds its methods from them and parses responses with them, and the OpenAPI document
 * is generated from them.
 */
import * as z from 'zod';
import type { ErrorCode } from './error-codes.ts';
import * as s from './schemas/index.ts';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * Who may call: `none` anyone; `user` a signed-in user; `credential` a user or an API key;
 * `visitor` a user, an API key, or a publishable key alone (someone not signed in, on a site).
 */
export type Auth = 'none' | 'user' | 'credential' | 'visitor';

export interface Endpoint {
  method: Method;
  path: string;
  summary: string;
  tag: string;
  auth: Auth;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** `null` means 204 No Content. */
  response: z.ZodType | null;
  status?: number;
  /**
   * Creating calls, and the changes of state a person makes with one click (cancel, withdraw,
   * decline, mark done, approve): the SDK sends an Idempotency-Key, so a retry after a lost
   * answer gets the first answer again instead of doing it twice or failing with a conflict.
   */
  idempotent?: boolean;
  /**
   * The error codes of the endpoint's own rules (`task_full`, `not_an_admin`, …). The ones every
   * endpoint of its kind can answer (a bad credential, 422 on bad input, 404 for an id, the
   * idempotency codes, 500 and 503) are added by `errorsOf`, so they are not repeated here.
   */
  errors?: readonly ErrorCode[];
}

const idParams = z.object({ id: s.IdParam });
const taskAppParams = z.object({ id: s.IdParam, appId: s.IdParam });
const orgMemberParams = z.object({ id: s.IdParam, userId: s.IdParam });
const orgKeyParams = z.object({ id: s.IdParam, keyId: s.IdParam });
const joinRequestParams = z.object({ id: s.IdParam, requestId: s.IdParam });
const orgChildParams = z.object({ id: s.IdParam, memberId: s.IdParam });
const umbrellaInvitationParams = z.object({ id: s.IdParam, umbrellaId: s.IdParam });
const postalParams = z.object({ code: s.PostalCode });

function define<const T extends Record<string, Endpoint>>(table: T): T {
  return table;
}

export const endpoints = define({
  // auth
  requestCode: {
    method: 'POST',
    path: '/auth/code',
    tag: 'auth',
    auth: 'none',
    errors: ['rate_limited'],
    status: 202,
    summary: 'Email a one-time sign-in code',
    body: s.CodeRequest,
    response: s.CodeRequested,
  },
  createToken: {
    method: 'POST',
    path: '/auth/token',
    tag: 'auth',
    auth: 'none',
    errors: ['invalid_code', 'too_many_attempts'],
    status: 201,
    summary: 'Exchange an emailed code for a bearer token',
    body: s.TokenRequest,
    response: s.TokenResponse,
  },
  revokeToken: {
    method: 'DELETE',
    path: '/auth/token',
    tag: 'auth',
    auth: 'user',
    errors: [],
    summary: 'Sign out: revoke the token used for this call',
    response: null,
  },

  // me
  getMe: {
    method: 'GET',
    path: '/me',
    tag: 'me',
    auth: 'user',
    errors: [],
    summary: 'The signed-in user, with memberships and groups',
    response: s.Me,
  },
  updateMe: {
    method: 'PATCH',
    path: '/me',
    tag: 'me',
    auth: 'user',
    errors: ['unknown_postal_code'],
    summary: 'Update your own profile',
    body: s.MeUpdate,
    response: s.Me,
  },
  listOpportunities: {
    method: 'GET',
    path: '/me/opportunities',
    tag: 'me',
    auth: 'user',
    errors: ['unknown_region', 'unknown_municipality', 'unknown_postal_code', 'invalid_cursor'],
    summary: 'Open tasks for you: your categories, remote or within your radius',
    query: s.TaskListQuery,
    response: s.Page(s.Task),
  },
  listMyApplications: {
    method: 'GET',
    path: '/me/applications',
    tag: 'me',
    auth: 'user',
    errors: [],
    summary: 'Your applications and assignments, newest first',
    query: s.PageQuery,
    response: s.Page(s.Application.extend({ task: s.Task })),
  },
  getMyWork: {
    method: 'GET',
    path: '/me/work',
    tag: 'me',
    auth: 'user',
    errors: [],
    summary:
      "Your work in both roles: applications, assignments, your organisations' tasks, history, and what needs you",
    response: s.MyWork,
  },

  // privacy: export, erasure, closing an organisation, the audit log
  exportMe: {
    method: 'GET',
    path: '/me/export',
    tag: 'privacy',
    auth: 'user',
    errors: [],
    summary:
      'Everything stored about you, as one JSON document (GDPR Art. 15 and 20); /me/export.html is the same as a page',
    response: s.PersonalExport,
  },
  requestErasureCode: {
    method: 'POST',
    path: '/me/erasure/code',
    tag: 'privacy',
    auth: 'user',
    errors: ['last_admin', 'rate_limited'],
    status: 202,
    summary: 'Email yourself the code that confirms erasing your account',
    response: s.ConfirmationRequested,
  },
  eraseMe: {
    method: 'POST',
    path: '/me/erasure',
    tag: 'privacy',
    auth: 'user',
    errors: ['last_admin', 'invalid_code', 'too_many_attempts'],
    summary: 'Erase your account with the emailed code (GDPR Art. 17); cannot be undone',
    body: s.ConfirmWithCode,
    response: null,
  },
  listMyAudit: {
    method: 'GET',
    path: '/me/audit',
    tag: 'privacy',
    auth: 'user',
    errors: ['invalid_cursor'],
    summary: 'Security events about you (sign-ins, role changes, exports…), newest first',
    query: s.AuditQuery,
    response: s.AuditPage,
  },
  exportOrganisation: {
    method: 'GET',
    path: '/organisations/:id/export',
    tag: 'privacy',
    auth: 'credential',
    errors: ['not_a_member', 'not_an_admin'],
    summary:
      'Everything stored about the organisation, as one JSON document (admins); …/export.html is the same as a page',
    params: idParams,
    response: s.OrganisationExport,
  },
  requestClosureCode: {
    method: 'POST',
    path: '/organisations/:id/closure/code',
    tag: 'privacy',
    auth: 'user',
    errors: ['not_a_member', 'not_an_admin', 'organisation_closed', 'rate_limited'],
    status: 202,
    summary: 'Email yourself the code that confirms closing the organisation (admins)',
    params: idParams,
    response: s.ConfirmationRequested,
  },
  closeOrganisation: {
    method: 'POST',
    path: '/organisations/:id/closure',
    tag: 'privacy',
    auth: 'user',
    errors: [
      'not_a_member',
      'not_an_admin',
      'organisation_closed',
      'invalid_code',
      'too_many_attempts',
    ],
    summary:
      'Close the organisation with the emailed code (admins): open tasks cancelled, members, keys and groups emptied',
    params: idParams,
    body: s.ConfirmWithCode,
    response: null,
  },
  listOrganisationAudit: {
    method: 'GET',
    path: '/organisations/:id/audit',
    tag: 'privacy',
    auth: 'credential',
    errors: ['not_a_member', 'not_an_admin', 'invalid_cursor'],
    summary:
      'Security events of the organisation (members, roles, keys, exports), newest first (admins)',
    params: idParams,
    query: s.AuditQuery,
    response: s.AuditPage,
  },

  // reference data
  listCategories: {
    method: 'GET',
    path: '/categories',
    tag: 'reference',
    auth: 'none',
    errors: [],
    summary: 'The support-service categories',
    response: z.object({ data: z.array(s.Category) }),
  },
  getPostalCode: {
    method: 'GET',
    path: '/postal-codes/:code',
    tag: 'reference',
    auth: 'none',
    errors: [],
    summary: 'Municipality and region of a Finnish postal code',
    params: postalParams,
    response: s.Place,
  },

  // organisations
  listOrganisations: {
    method: 'GET',
    path: '/organisations',
    tag: 'organisations',
    auth: 'none',
    errors: ['invalid_cursor'],
    summary: 'Find organisations by name or business id',
    query: s.OrganisationListQuery,
    response: s.Page(s.Organisation),
  },
  createOrganisation: {
    method: 'POST',
    path: '/organisations',
    tag: 'organisations',
    auth: 'user',
    errors: ['business_id_taken', 'unknown_postal_code'],
    status: 201,
    idempotent: true,
    summary: 'Register an organisation; you become its admin',
    body: s.OrganisationCreate,
    response: s.Organisation,
  },
  getOrganisation: {
    method: 'GET',
    path: '/organisations/:id',
    tag: 'organisations',
    auth: 'none',
    errors: [],
    summary: 'An organisation',
    params: idParams,
    response: s.Organisation,
  },
  updateOrganisation: {
    method: 'PATCH',
    path: '/organisations/:id',
    tag: 'organisations',
    auth: 'credential',
    errors: [
      'not_a_member',
      'not_an_admin',
      'has_member_organisations',
      'business_id_taken',
      'unknown_postal_code',
    ],
    summary: 'Update an organisation (admins)',
    params: idParams,
    body: s.OrganisationUpdate,
    response: s.Organisation,
  },
  listMembers: {
    method: 'GET',
    path: '/organisations/:id/members',
    tag: 'organisations',
    auth: 'credential',
    errors: ['not_a_member'],
    summary: "The organisation's members (members only)",
    params: idParams,
    query: s.PageQuery,
    response: s.Page(s.OrganisationMember),
  },
  addMember: {
    method: 'POST',
    path: '/organisations/:id/members',
    tag: 'organisations',
    auth: 'credential',
    errors: ['not_a_member', 'not_an_admin', 'already_member'],
    status: 201,
    summary: 'Add a member by email (admins)',
    params: idParams,
    body: s.MemberAdd,
    response: s.OrganisationMember,
  },
  updateMember: {
    method: 'PATCH',
    path: '/organisations/:id/members/:userId',
    tag: 'organisations',
    auth: 'credential',
    errors: ['not_a_member', 'not_an_admin', 'last_admin'],
    summary: "Change a member's role (admins)",
    params: orgMemberParams,
    body: s.MemberUpdate,
    response: s.OrganisationMember,
  },
  removeMember: {
    method: 'DELETE',
    path: '/organisations/:id/members/:userId',
    tag: 'organisations',
    auth: 'credential',
    errors: ['not_a_member', 'not_an_admin', 'last_admin'],
    summary: 'Remove a member (admins, or the member)',
    params: orgMemberParams,
    response: null,
  },
  listMemberOrganisations: {
    method: 'GET',
    path: '/organisations/:id/member-organisations',
    tag: 'organisations',
    auth: 'none',
    errors: [],
    summary: "An umbrella's member organisations",
    params: idParams,
    query: s.PageQuery,
    response: s.Page(s.Organisation),
  },
  addMemberOrganisation: {
    method: 'POST',
    path: '/organisations/:id/member-organisations',
    tag: 'organisations',
    auth: 'credential',
    errors: [
      'not_a_member',
      'not_an_admin',
      'not_an_umbrella',
      'self_membership',
      'already_member',
      'unknown_organisation',
    ],
    status: 201,
    summary:
      "Add a member organisation to an umbrella (the umbrella's admins): a member at once when the caller is also its admin, else invited until its admins accept",
    params: idParams,
    body: s.MemberOrganisationAdd,
    response: s.MemberOrganisationAdded,
  },
  listUmbrellaInvitations: {
    method: 'GET',
    path: '/organisations/:id/umbrella-invitations',
    tag: 'organisations',
    auth: 'credential',
    errors: ['not_a_member', 'not_an_admin'],
    summary:
      "Umbrellas that invited the organisation to be their member (the organisation's admins)",
    params: idParams,
    response: z.object({ data: z.array(s.UmbrellaInvitation) }),
  },
  acceptUmbrellaInvitation: {
    method: 'POST',
    path: '/organisations/:id/umbrella-invitations/:umbrellaId/accept',
    tag: 'organisations',
    auth: 'credential',
    errors: ['not_a_member', 'not_an_admin'],
    summary: "Accept an umbrella's invitation: the organisation becomes its member",
    params: umbrellaInvitationParams,
    response: s.Organisation,
  },
  declineUmbrellaInvitation: {
    method: 'POST',
    path: '/organisations/:id/umbrella-invitations/:umbrellaId/decline',
    tag: 'organisations',
    auth: 'credential',
    errors: ['not_a_member', 'not_an_admin'],
    summary: "Decline an umbrella's invitation",
    params: umbrellaInvitationParams,
    response: null,
  },
  removeMemberOrganisation: {
    method: 'DELETE',
    path: '/organisations/:id/member-organisations/:memberId',
    tag: 'organisations',
    auth: 'credential',
    errors: ['not_an_admin'],
    summary: 'Remove a member organisation (admins of either side)',
    params: orgChildParams,
    response: null,
  },
  listApiKeys: {
    method: 'GET',
    path: '/organisations/:id/api-keys',
    tag: 'organisations',
    auth: 'user',
    errors: ['not_a_member', 'not_an_admin'],
    summary: "The organisation's API keys (admins)",
    params: idParams,
    response: z.object({ data: z.array(s.ApiKey) }),
  },
  createApiKey: {
    method: 'POST',
    path: '/organisations/:id/api-keys',
    tag: 'organisations',
    auth: 'user',
    errors: ['not_a_member', 'not_an_admin'],
    status: 201,
    summary: 'Create an API key (admins); the key is shown once',
    params: idParams,
    body: s.ApiKeyCreate,
    response: s.ApiKeyCreated,
  },
  revokeApiKey: {
    method: 'DELETE',
    path: '/organisations/:id/api-keys/:keyId',
    tag: 'organisations',
    auth: 'user',
    errors: ['not_a_member', 'not_an_admin'],
    summary: 'Revoke an API key (admins)',
    params: orgKeyParams,
    response: null,
  },
  updateApiKey: {
    method: 'PATCH',
    path: '/organisations/:id/api-keys/:keyId',
    tag: 'organisations',
    auth: 'user',
    errors: ['not_a_member', 'not_an_admin', 'key_revoked'],
    summary: "Change a key's name, allowed origins or joining rule (admins)",
    params: orgKeyParams,
    body: s.ApiKeyUpdate,
    response: s.ApiKey,
  },
  rotateApiKey: {
    method: 'POST',
    path: '/organisations/:id/api-keys/:keyId/rotate',
    tag: 'organisations',
    auth: 'user',
    errors: ['not_a_member', 'not_an_admin', 'key_revoked'],
    summary: 'Give a key a new secret, same settings; the old secret stops at once (admins)',
    params: orgKeyParams,
    response: s.ApiKeyCreated,
  },
  getPublishableKey: {
    method: 'GET',
    path: '/publishable-key',
    tag: 'organisations',
    auth: 'none',
    errors: ['publishable_key_required'],
    summary: 'The organisation behind the publishable key this request carries, and its view',
    response: s.PublishableKeyInfo,
  },
  getProBono: {
    method: 'GET',
    path: '/organisations/:id/pro-bono',
    tag: 'organisations',
    auth: 'none',
    errors: ['not_a_company'],
    summary: "A company's pro bono programme: what its employees' feed shows, and why",
    params: idParams,
    response: s.ProBonoProgramme,
  },
  setProBono: {
    method: 'PUT',
    path: '/organisations/:id/pro-bono',
    tag: 'organisations',
    auth: 'credential',
    errors: [
      'not_a_member',
      'not_an_admin',
      'not_a_company',
      'unknown_region',
      'unknown_organisation',
      'group_not_owned',
    ],
    summary: "State a company's pro bono programme (the company's admins)",
    params: idParams,
    body: s.ProBonoUpdate,
    response: s.ProBonoProgramme,
  },
  requestToJoin: {
    method: 'POST',
    path: '/organisations/:id/join-requests',
    tag: 'organisations',
    auth: 'user',
    errors: ['already_member'],
    status: 201,
    summary:
      "Ask to become a member; the organisation's admins approve or decline (asking again while the request waits changes nothing)",
    params: idParams,
    response: s.JoinRequest,
  },
  listJoinRequests: {
    method: 'GET',
    path: '/organisations/:id/join-requests',
    tag: 'organisations',
    auth: 'credential',
    errors: ['not_a_member', 'not_an_admin'],
    summary: 'People asking to become members, newest first (admins)',
    params: idParams,
    query: s.JoinRequestListQuery,
    response: z.object({ data: z.array(s.JoinRequest) }),
  },
  approveJoinRequest: {
    method: 'POST',
    path: '/organisations/:id/join-requests/:requestId/approve',
    tag: 'organisations',
    auth: 'credential',
    errors: ['not_a_member', 'not_an_admin', 'join_request_decided'],
    summary: 'Make the person a member (admins)',
    params: joinRequestParams,
    response: s.JoinRequest,
  },
  declineJoinRequest: {
    method: 'POST',
    path: '/organisations/:id/join-requests/:requestId/decline',
    tag: 'organisations',
    auth: 'credential',
    errors: ['not_a_member', 'not_an_admin', 'join_request_decided'],
    summary: 'Decline a request to join (admins)',
    params: joinRequestParams,
    response: s.JoinRequest,
  },

  // groups
  listGroups: {
    method: 'GET',
    path: '/groups',
    tag: 'groups',
    auth: 'credential',
    errors: [],
    summary: 'Groups you belong to or whose organisation you belong to',
    response: z.object({ data: z.array(s.Group) }),
  },
  createGroup: {
    method: 'POST',
    path: '/groups',
    tag: 'groups',
    auth: 'credential',
    errors: ['not_a_member', 'not_an_admin', 'code_taken'],
    status: 201,
    idempotent: true,
    summary: 'Create a group owned by one of your organisations',
    body: s.GroupCreate,
    response: s.Group,
  },
  getGroup: {
    method: 'GET',
    path: '/groups/:id',
    tag: 'groups',
    auth: 'credential',
    errors: [],
    summary: 'A group (its members and its organisation)',
    params: idParams,
    response: s.Group,
  },
  updateGroup: {
    method: 'PATCH',
    path: '/groups/:id',
    tag: 'groups',
    auth: 'credential',
    errors: ['not_an_admin', 'cap_below_member_count', 'code_taken'],
    summary: "Rename a group or change its cap (the organisation's admins)",
    params: idParams,
    body: s.GroupUpdate,
    response: s.Group,
  },
  listGroupMembers: {
    method: 'GET',
    path: '/groups/:id/members',
    tag: 'groups',
    auth: 'credential',
    errors: [],
    summary: "A group's members (the organisation's members)",
    params: idParams,
    response: z.object({ data: z.array(s.GroupMember) }),
  },
  addGroupMembers: {
    method: 'POST',
    path: '/groups/:id/members',
    tag: 'groups',
    auth: 'credential',
    errors: ['not_a_member', 'already_in_group', 'group_full'],
    status: 201,
    summary: 'Invite members by email; emails need no account yet',
    params: idParams,
    body: s.GroupMembersAdd,
    response: z.object({ data: z.array(s.GroupMember) }),
  },
  removeGroupMember: {
    method: 'DELETE',
    path: '/groups/:id/members/:memberId',
    tag: 'groups',
    auth: 'credential',
    errors: ['forbidden'],
    summary: "Remove a member (the organisation's members, or the member)",
    params: orgChildParams,
    response: null,
  },
  joinGroup: {
    method: 'POST',
    path: '/groups/join',
    tag: 'groups',
    auth: 'user',
    errors: ['forbidden', 'group_full'],
    summary: 'Join a group with its code',
    body: s.GroupJoin,
    response: s.Group,
  },

  // tasks
  listTasks: {
    method: 'GET',
    path: '/tasks',
    tag: 'tasks',
    auth: 'none',
    errors: ['unknown_region', 'unknown_municipality', 'unknown_postal_code', 'invalid_cursor'],
    summary: 'Tasks you may see, newest first',
    query: s.TaskListQuery,
    response: s.Page(s.Task),
  },
  createTask: {
    method: 'POST',
    path: '/tasks',
    tag: 'tasks',
    auth: 'visitor',
    errors: [
      'forbidden',
      'not_a_member',
      'organisation_required',
      'unknown_group_code',
      'not_a_group_member',
      'unknown_postal_code',
      'postal_code_required',
      'visitor_required',
      'too_many_pending',
      'rate_limited',
    ],
    status: 201,
    idempotent: true,
    summary:
      'Post a help request; with a publishable key and no sign-in, it waits for the emailed code',
    body: s.TaskCreate,
    response: s.Task,
  },
  verifyTask: {
    method: 'POST',
    path: '/tasks/:id/verify',
    tag: 'tasks',
    auth: 'none',
    errors: [
      'already_verified',
      'verification_expired',
      'task_not_pending',
      'invalid_code',
      'too_many_attempts',
    ],
    summary: "Confirm a visitor's help request with the emailed code: the task is published",
    params: idParams,
    body: s.TaskVerify,
    response: s.VisitorVerification,
  },
  getTask: {
    method: 'GET',
    path: '/tasks/:id',
    tag: 'tasks',
    auth: 'none',
    errors: [],
    summary: 'A task',
    params: idParams,
    response: s.Task,
  },
  updateTask: {
    method: 'PATCH',
    path: '/tasks/:id',
    tag: 'tasks',
    auth: 'credential',
    errors: [
      'forbidden',
      'task_not_open',
      'postal_code_required',
      'helpers_below_selected',
      'unknown_postal_code',
    ],
    summary: 'Edit a task while it is open',
    params: idParams,
    body: s.TaskUpdate,
    response: s.Task,
  },
  cancelTask: {
    method: 'POST',
    path: '/tasks/:id/cancel',
    tag: 'tasks',
    auth: 'credential',
    idempotent: true,
    errors: ['forbidden', 'task_not_cancellable'],
    summary: 'Cancel a task',
    params: idParams,
    body: s.TaskCancel,
    response: s.Task,
  },
  closeApplications: {
    method: 'POST',
    path: '/tasks/:id/close-applications',
    tag: 'tasks',
    auth: 'credential',
    idempotent: true,
    errors: ['forbidden', 'task_not_open', 'no_selection'],
    summary: 'Close applications: the task is assigned and the rest are thanked',
    params: idParams,
    response: s.CloseResult,
  },
  listApplications: {
    method: 'GET',
    path: '/tasks/:id/applications',
    tag: 'applications',
    auth: 'credential',
    errors: ['not_an_applicant'],
    summary: "A task's applications (the requesting organisation; applicants see their own)",
    params: idParams,
    response: z.object({ data: z.array(s.Application) }),
  },
  createApplication: {
    method: 'POST',
    path: '/tasks/:id/applications',
    tag: 'applications',
    auth: 'user',
    errors: ['own_task', 'task_not_open', 'already_applied'],
    status: 201,
    idempotent: true,
    summary: 'Apply to a task',
    params: idParams,
    body: s.ApplicationCreate,
    response: s.Application,
  },
  withdrawApplication: {
    method: 'POST',
    path: '/tasks/:id/applications/:appId/withdraw',
    tag: 'applications',
    auth: 'user',
    idempotent: true,
    errors: ['not_the_applicant', 'application_not_pending'],
    summary: 'Withdraw your pending application',
    params: taskAppParams,
    response: s.Application,
  },
  selectApplication: {
    method: 'POST',
    path: '/tasks/:id/applications/:appId/select',
    tag: 'applications',
    auth: 'credential',
    idempotent: true,
    errors: ['forbidden', 'task_full', 'task_not_open', 'application_not_pending'],
    summary: 'Select an applicant; answers whether more can be selected',
    params: taskAppParams,
    response: s.SelectResult,
  },
  declineApplication: {
    method: 'POST',
    path: '/tasks/:id/applications/:appId/decline',
    tag: 'applications',
    auth: 'credential',
    idempotent: true,
    errors: ['forbidden', 'application_not_pending'],
    summary: 'Decline a pending application with thanks',
    params: taskAppParams,
    response: s.Application,
  },
  markDone: {
    method: 'POST',
    path: '/tasks/:id/assignments/:appId/done',
    tag: 'assignments',
    auth: 'user',
    idempotent: true,
    errors: ['not_the_applicant', 'task_not_active', 'not_selected', 'already_done'],
    summary: 'The selected helper marks the assignment done',
    params: taskAppParams,
    response: s.Application,
  },
  approveAssignment: {
    method: 'POST',
    path: '/tasks/:id/assignments/:appId/approve',
    tag: 'assignments',
    auth: 'credential',
    idempotent: true,
    errors: [
      'forbidden',
      'task_not_active',
      'not_selected',
      'not_done',
      'already_approved',
      'feedback_exists',
    ],
    summary: 'The requester approves with the actual hours (and may give feedback)',
    params: taskAppParams,
    body: s.AssignmentApprove,
    response: s.Application,
  },
  listFeedback: {
    method: 'GET',
    path: '/tasks/:id/feedback',
    tag: 'feedback',
    auth: 'none',
    errors: [],
    summary: "A task's feedback",
    params: idParams,
    response: z.object({ data: z.array(s.Feedback) }),
  },
  createFeedback: {
    method: 'POST',
    path: '/tasks/:id/feedback',
    tag: 'feedback',
    auth: 'user',
    errors: ['not_done', 'feedback_exists'],
    status: 201,
    idempotent: true,
    summary: 'Give feedback on an assignment, either way',
    params: idParams,
    body: s.FeedbackCreate,
    response: s.Feedback,
  },
  listMessages: {
    method: 'GET',
    path: '/tasks/:id/messages',
    tag: 'messages',
    auth: 'user',
    errors: ['not_in_chat'],
    summary: "The task's chat (the requesting organisation and the selected helpers)",
    params: idParams,
    query: s.MessageListQuery,
    response: s.Page(s.Message),
  },
  createMessage: {
    method: 'POST',
    path: '/tasks/:id/messages',
    tag: 'messages',
    auth: 'user',
    errors: ['not_in_chat'],
    status: 201,
    idempotent: true,
    summary: 'Write in the task chat',
    params: idParams,
    body: s.MessageCreate,
    response: s.Message,
  },
  getReadState: {
    method: 'GET',
    path: '/tasks/:id/messages/read',
    tag: 'messages',
    auth: 'user',
    errors: ['not_in_chat'],
    summary: 'How far you have read the chat: the last message seen and how many are unread',
    params: idParams,
    response: s.ReadState,
  },
  markRead: {
    method: 'PUT',
    path: '/tasks/:id/messages/read',
    tag: 'messages',
    auth: 'user',
    errors: ['not_in_chat'],
    summary: 'Mark the chat read up to a message (the mark never moves back)',
    params: idParams,
    body: s.ReadStateUpdate,
    response: s.ReadState,
  },
  getParticipants: {
    method: 'GET',
    path: '/tasks/:id/participants',
    tag: 'messages',
    auth: 'user',
    errors: ['not_in_chat'],
    summary:
      "The requester and the selected helpers, with the other side's contact details (participants only)",
    params: idParams,
    response: s.TaskParticipants,
  },

  // users and reports
  getUser: {
    method: 'GET',
    path: '/users/:id',
    tag: 'users',
    auth: 'none',
    errors: [],
    summary: 'A public profile',
    params: idParams,
    response: s.PublicProfile,
  },
  getNeedsReport: {
    method: 'GET',
    path: '/reports/needs',
    tag: 'reports',
    auth: 'none',
    errors: [],
    summary: 'Where help is needed: counts by category and region',
    query: s.NeedsQuery,
    response: s.NeedsReport,
  },
});

/** Every error code an endpoint can answer with: its own, and those of its kind. */
export function errorsOf(endpoint: Endpoint): ErrorCode[] {
  const codes = new Set<ErrorCode>(['invalid_token', 'invalid_api_key']);
  if (endpoint.auth !== 'none') codes.add('unauthenticated');
  if (endpoint.auth === 'user') codes.add('user_required');
  if (endpoint.auth === 'none' || endpoint.auth === 'visitor') {
    codes.add('invalid_publishable_key').add('origin_not_allowed');
  }
  if (endpoint.body) {
    codes
      .add('invalid_json')
      .add('invalid_body_encoding')
      .add('payload_too_large')
      .add('unsupported_encoding');
  }
  if (endpoint.path.includes('/:')) codes.add('invalid_path');
  if (endpoint.params || endpoint.query || endpoint.body) codes.add('validation_failed');
  if (endpoint.path.includes('/:')) codes.add('not_found');
  // A unique key the database enforces, met by a write that raced another one.
  if (endpoint.method !== 'GET') codes.add('already_exists');
  if (endpoint.idempotent) {
    for (const code of [
      'invalid_idempotency_key',
      'idempotency_key_reused',
      'idempotency_in_progress',
      'try_again',
    ] as const) {
      codes.add(code);
    }
  }
  for (const code of endpoint.errors ?? []) codes.add(code);
  codes.add('internal_error').add('service_unavailable');
  return [...codes];
}

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;
