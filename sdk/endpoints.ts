/**
 * Every endpoint of the API, described once. The server validates requests with these schemas,
 * the SDK builds its methods from them and parses responses with them, and the OpenAPI document
 * is generated from them.
 */
import * as z from 'zod';
import * as s from './schemas/index.ts';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Who may call: `none` anyone; `user` a signed-in user; `credential` a user or an API key. */
export type Auth = 'none' | 'user' | 'credential';

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
  /** Creating calls: the SDK sends an Idempotency-Key so a retry never creates twice. */
  idempotent?: boolean;
}

const idParams = z.object({ id: s.IdParam });
const taskAppParams = z.object({ id: s.IdParam, appId: s.IdParam });
const orgMemberParams = z.object({ id: s.IdParam, userId: s.IdParam });
const orgKeyParams = z.object({ id: s.IdParam, keyId: s.IdParam });
const orgChildParams = z.object({ id: s.IdParam, memberId: s.IdParam });
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
    summary: 'Sign out: revoke the token used for this call',
    response: null,
  },

  // me
  getMe: {
    method: 'GET',
    path: '/me',
    tag: 'me',
    auth: 'user',
    summary: 'The signed-in user, with memberships and groups',
    response: s.Me,
  },
  updateMe: {
    method: 'PATCH',
    path: '/me',
    tag: 'me',
    auth: 'user',
    summary: 'Update your own profile',
    body: s.MeUpdate,
    response: s.Me,
  },
  listOpportunities: {
    method: 'GET',
    path: '/me/opportunities',
    tag: 'me',
    auth: 'user',
    summary: 'Open tasks for you: your categories, remote or within your radius',
    query: s.TaskListQuery,
    response: s.Page(s.Task),
  },
  listMyApplications: {
    method: 'GET',
    path: '/me/applications',
    tag: 'me',
    auth: 'user',
    summary: 'Your applications and assignments, newest first',
    query: s.PageQuery,
    response: s.Page(s.Application.extend({ task: s.Task })),
  },

  // reference data
  listCategories: {
    method: 'GET',
    path: '/categories',
    tag: 'reference',
    auth: 'none',
    summary: 'The support-service categories',
    response: z.object({ data: z.array(s.Category) }),
  },
  getPostalCode: {
    method: 'GET',
    path: '/postal-codes/:code',
    tag: 'reference',
    auth: 'none',
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
    summary: 'Find organisations',
    query: s.OrganisationListQuery,
    response: s.Page(s.Organisation),
  },
  createOrganisation: {
    method: 'POST',
    path: '/organisations',
    tag: 'organisations',
    auth: 'user',
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
    summary: 'An organisation',
    params: idParams,
    response: s.Organisation,
  },
  updateOrganisation: {
    method: 'PATCH',
    path: '/organisations/:id',
    tag: 'organisations',
    auth: 'credential',
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
    summary: 'Remove a member (admins, or the member)',
    params: orgMemberParams,
    response: null,
  },
  listMemberOrganisations: {
    method: 'GET',
    path: '/organisations/:id/member-organisations',
    tag: 'organisations',
    auth: 'none',
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
    status: 201,
    summary: "Add a member organisation to an umbrella (the umbrella's admins)",
    params: idParams,
    body: s.MemberOrganisationAdd,
    response: s.Organisation,
  },
  removeMemberOrganisation: {
    method: 'DELETE',
    path: '/organisations/:id/member-organisations/:memberId',
    tag: 'organisations',
    auth: 'credential',
    summary: 'Remove a member organisation (admins of either side)',
    params: orgChildParams,
    response: null,
  },
  listApiKeys: {
    method: 'GET',
    path: '/organisations/:id/api-keys',
    tag: 'organisations',
    auth: 'user',
    summary: "The organisation's API keys (admins)",
    params: idParams,
    response: z.object({ data: z.array(s.ApiKey) }),
  },
  createApiKey: {
    method: 'POST',
    path: '/organisations/:id/api-keys',
    tag: 'organisations',
    auth: 'user',
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
    summary: 'Revoke an API key (admins)',
    params: orgKeyParams,
    response: null,
  },

  // groups
  listGroups: {
    method: 'GET',
    path: '/groups',
    tag: 'groups',
    auth: 'credential',
    summary: 'Groups you belong to or whose organisation you belong to',
    response: z.object({ data: z.array(s.Group) }),
  },
  createGroup: {
    method: 'POST',
    path: '/groups',
    tag: 'groups',
    auth: 'credential',
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
    summary: 'A group (its members and its organisation)',
    params: idParams,
    response: s.Group,
  },
  updateGroup: {
    method: 'PATCH',
    path: '/groups/:id',
    tag: 'groups',
    auth: 'credential',
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
    summary: "A group's members (the organisation's members)",
    params: idParams,
    response: z.object({ data: z.array(s.GroupMember) }),
  },
  addGroupMembers: {
    method: 'POST',
    path: '/groups/:id/members',
    tag: 'groups',
    auth: 'credential',
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
    summary: "Remove a member (the organisation's members, or the member)",
    params: orgChildParams,
    response: null,
  },
  joinGroup: {
    method: 'POST',
    path: '/groups/join',
    tag: 'groups',
    auth: 'user',
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
    summary: 'Tasks you may see, newest first',
    query: s.TaskListQuery,
    response: s.Page(s.Task),
  },
  createTask: {
    method: 'POST',
    path: '/tasks',
    tag: 'tasks',
    auth: 'credential',
    status: 201,
    idempotent: true,
    summary: 'Post a help request',
    body: s.TaskCreate,
    response: s.Task,
  },
  getTask: {
    method: 'GET',
    path: '/tasks/:id',
    tag: 'tasks',
    auth: 'none',
    summary: 'A task',
    params: idParams,
    response: s.Task,
  },
  updateTask: {
    method: 'PATCH',
    path: '/tasks/:id',
    tag: 'tasks',
    auth: 'credential',
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
    summary: 'Close applications: the task is assigned and the rest are thanked',
    params: idParams,
    response: s.CloseResult,
  },
  listApplications: {
    method: 'GET',
    path: '/tasks/:id/applications',
    tag: 'applications',
    auth: 'credential',
    summary: "A task's applications (the requesting organisation; applicants see their own)",
    params: idParams,
    response: z.object({ data: z.array(s.Application) }),
  },
  createApplication: {
    method: 'POST',
    path: '/tasks/:id/applications',
    tag: 'applications',
    auth: 'user',
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
    summary: 'Withdraw your pending application',
    params: taskAppParams,
    response: s.Application,
  },
  selectApplication: {
    method: 'POST',
    path: '/tasks/:id/applications/:appId/select',
    tag: 'applications',
    auth: 'credential',
    summary: 'Select an applicant; answers whether more can be selected',
    params: taskAppParams,
    response: s.SelectResult,
  },
  declineApplication: {
    method: 'POST',
    path: '/tasks/:id/applications/:appId/decline',
    tag: 'applications',
    auth: 'credential',
    summary: 'Decline a pending application with thanks',
    params: taskAppParams,
    response: s.Application,
  },
  markDone: {
    method: 'POST',
    path: '/tasks/:id/assignments/:appId/done',
    tag: 'assignments',
    auth: 'user',
    summary: 'The selected helper marks the assignment done',
    params: taskAppParams,
    response: s.Application,
  },
  approveAssignment: {
    method: 'POST',
    path: '/tasks/:id/assignments/:appId/approve',
    tag: 'assignments',
    auth: 'credential',
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
    summary: "A task's feedback",
    params: idParams,
    response: z.object({ data: z.array(s.Feedback) }),
  },
  createFeedback: {
    method: 'POST',
    path: '/tasks/:id/feedback',
    tag: 'feedback',
    auth: 'user',
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
    status: 201,
    idempotent: true,
    summary: 'Write in the task chat',
    params: idParams,
    body: s.MessageCreate,
    response: s.Message,
  },

  // users and reports
  getUser: {
    method: 'GET',
    path: '/users/:id',
    tag: 'users',
    auth: 'none',
    summary: 'A public profile',
    params: idParams,
    response: s.PublicProfile,
  },
  getNeedsReport: {
    method: 'GET',
    path: '/reports/needs',
    tag: 'reports',
    auth: 'none',
    summary: 'Where help is needed: counts by category and region',
    query: s.NeedsQuery,
    response: s.NeedsReport,
  },
});

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;
