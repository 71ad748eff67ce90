/**
 * Data export (GDPR Art. 15 and 20): everything stored about the signed-in person, or, for its
 * admins, about an organisation, as one JSON document and the same as a readable HTML page.
 *
 * Records are exported with every stored column (so a column added later is exported without
 * anyone remembering to), less the ones that are not information about anyone: hashes, locks and
 * delivery bookkeeping. Other people appear only by the id and name their public profile shows.
 */
import type { Model, ModelStatic } from 'sequelize';
import type { OrganisationExport, PersonalExport } from '../../sdk/schemas/privacy.ts';
import type { Ctx } from '../context.ts';
import {
  AccessToken,
  Affiliation,
  ApiKey,
  Application,
  AlertSetting,
  AuditEvent,
  DirectoryEditLink,
  DirectoryListing,
  DirectoryService,
  Feedback,
  Group,
  GroupMember,
  JoinRequest,
  Membership,
  Message,
  MessageRead,
  Organisation,
  OutboxMessage,
  ProBonoProgramme,
  Task,
  TaskInvitation,
  User,
  VisitorRequest,
} from '../db/models/index.ts';
import { NotFound } from '../errors.ts';
import { currentUserId, requireOrgAdmin } from './access.ts';
import { recordAudit, toAuditEvent } from './audit.ts';

type Row = Record<string, unknown>;

/** Columns that describe no one: secrets' hashes, send locks, delivery internals. */
const INTERNAL = new Set([
  'codeHash',
  'tokenHash',
  'keyHash',
  'lockedUntil',
  'claim',
  'dataSentAt',
  'messageId',
  'priority',
  'nextAttemptAt',
  'notAfter',
  'attempts',
  'otherAttempts',
  'lat',
  'lng',
]);

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/** A stored record as plain JSON, without internal columns, with `extra` fields added. */
function row(instance: Model, extra: Row = {}, omit: string[] = []): Row {
  // The model's own columns (through their getters), never the associations included with it.
  const columns = Object.keys((instance.constructor as ModelStatic<Model>).getAttributes());
  const out: Row = {};
  for (const key of columns) {
    if (INTERNAL.has(key) || omit.includes(key)) continue;
    out[key] = plain(instance.get(key));
  }
  return { ...out, ...(plain(extra) as Row) };
}

const ref = (u: User | null | undefined) => (u ? { id: u.id, name: u.name } : null);
const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

async function usersById(ids: number[]): Promise<Map<number, User>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  return byId(await User.findAll({ where: { id: unique }, attributes: ['id', 'name'] }));
}

async function taskTitles(ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await Task.findAll({ where: { id: unique }, attributes: ['id', 'title'] });
  return new Map(rows.map((t) => [t.id, t.title]));
}

/** Everything stored about the signed-in person. */
export async function exportMe(ctx: Ctx): Promise<PersonalExport> {
  const userId = currentUserId(ctx)!;
  const user = await User.findByPk(userId);
  if (!user) throw new NotFound('user');
  const email = user.email;
  const [
    memberships,
    groupRows,
    joinRequests,
    tasksPosted,
    applications,
    messages,
    given,
    received,
    tokens,
    emails,
    visitorRequests,
    keys,
    audit,
  ] = await Promise.all([
    Membership.findAll({
      where: { userId },
      include: [{ model: Organisation, as: 'organisation' }],
      order: [['id', 'ASC']],
    }),
    GroupMember.findAll({
      where: { email },
      include: [{ model: Group, as: 'group' }],
      order: [['id', 'ASC']],
    }),
    JoinRequest.findAll({ where: { userId }, order: [['id', 'ASC']] }),
    Task.findAll({ where: { createdById: userId }, order: [['id', 'ASC']] }),
    Application.findAll({ where: { userId }, order: [['id', 'ASC']] }),
    Message.findAll({ where: { authorId: userId }, order: [['id', 'ASC']] }),
    Feedback.findAll({ where: { fromUserId: userId }, order: [['id', 'ASC']] }),
    Feedback.findAll({ where: { toUserId: userId }, order: [['id', 'ASC']] }),
    AccessToken.findAll({ where: { userId }, order: [['id', 'ASC']] }),
    OutboxMessage.findAll({
      where: { toEmail: email },
      attributes: [
        'id',
        'kind',
        'toEmail',
        'subject',
        'status',
        'lastError',
        'createdAt',
        'sentAt',
      ],
      order: [['id', 'ASC']],
    }),
    VisitorRequest.findAll({ where: { email }, order: [['id', 'ASC']] }),
    ApiKey.findAll({ where: { createdById: userId }, order: [['id', 'ASC']] }),
    AuditEvent.findAll({ where: { userId }, order: [['id', 'ASC']] }),
  ]);
  const [editLinks, readMarks, alertSettings, invitations] = await Promise.all([
    DirectoryEditLink.findAll({ where: { email }, order: [['id', 'ASC']] }),
    MessageRead.findAll({ where: { userId }, order: [['taskId', 'ASC']] }),
    AlertSetting.findAll({ where: { email }, order: [['id', 'ASC']] }),
    TaskInvitation.findAll({ where: { userId }, order: [['id', 'ASC']] }),
  ]);
  const titles = await taskTitles([
    ...applications.map((a) => a.taskId),
    ...messages.map((m) => m.taskId),
    ...given.map((f) => f.taskId),
    ...received.map((f) => f.taskId),
  ]);
  const people = await usersById([
    ...given.map((f) => f.toUserId),
    ...received.map((f) => f.fromUserId),
  ]);
  const approved = applications.filter((a) => a.approvedAt);

  const result: PersonalExport = {
    format: 'tehostamo-personal-export/1',
    exportedAt: new Date().toISOString(),
    profile: row(user),
    organisations: memberships.map((m) => {
      const org = (m as Membership & { organisation: Organisation }).organisation;
      return row(m, { organisation: { id: org.id, name: org.name, kind: org.kind } });
    }),
    groups: groupRows.map((gm) => {
      const g = (gm as GroupMember & { group: Group }).group;
      return row(gm, { group: { id: g.id, name: g.name, organisationId: g.organisationId } });
    }),
    joinRequests: joinRequests.map((r) => row(r)),
    tasksPosted: tasksPosted.map((t) => row(t)),
    applications: applications.map((a) => row(a, { taskTitle: titles.get(a.taskId) ?? null })),
    assignments: applications
      .filter((a) => a.selectedAt)
      .map((a) => ({
        applicationId: a.id,
        taskId: a.taskId,
        taskTitle: titles.get(a.taskId) ?? null,
        status: a.status,
        selectedAt: a.selectedAt?.toISOString() ?? null,
        doneAt: a.doneAt?.toISOString() ?? null,
        approvedAt: a.approvedAt?.toISOString() ?? null,
        actualHours: a.actualHours,
      })),
    hours: {
      approvedAssignments: approved.length,
      actualHours: Math.round(approved.reduce((n, a) => n + (a.actualHours ?? 0), 0) * 100) / 100,
    },
    messages: messages.map((m) => row(m, { taskTitle: titles.get(m.taskId) ?? null })),
    chatReadMarks: readMarks.map((r) => row(r)),
    feedbackGiven: given.map((f) =>
      row(f, { taskTitle: titles.get(f.taskId) ?? null, to: ref(people.get(f.toUserId)) }),
    ),
    feedbackReceived: received.map((f) =>
      row(f, { taskTitle: titles.get(f.taskId) ?? null, from: ref(people.get(f.fromUserId)) }),
    ),
    signIns: audit
      .filter((e) => e.kind === 'signed_in')
      .map((e) => ({ at: e.createdAt.toISOString(), ip: e.ip })),
    sessions: tokens.map((t) => row(t)),
    emails: emails.map((m) => row(m)),
    visitorRequests: visitorRequests.map((r) => row(r)),
    apiKeysCreated: keys.map((k) => row(k)),
    directoryEditLinks: editLinks.map((l) => row(l)),
    alertSettings: alertSettings.map((a) => row(a)),
    taskInvitations: invitations.map((i) => row(i)),
    audit: audit.map((e) => toAuditEvent(e) as unknown as Row),
  };
  await ctx.db.write((t) => recordAudit(ctx, t, { kind: 'data_exported', userId }));
  return result;
}

/** Everything stored about an organisation, for its admins (or its secret key). */
export async function exportOrganisation(
  ctx: Ctx,
  organisationId: number,
): Promise<OrganisationExport> {
  const org = await Organisation.findByPk(organisationId);
  if (!org) throw new NotFound('organisation');
  await requireOrgAdmin(ctx, organisationId);
  const [members, ups, downs, keys, groups, proBono, tasks, joinRequests, visitorRequests, audit] =
    await Promise.all([
      Membership.findAll({
        where: { organisationId },
        include: [{ model: User, as: 'user' }],
        order: [['id', 'ASC']],
      }),
      Affiliation.findAll({ where: { memberId: organisationId }, order: [['id', 'ASC']] }),
      Affiliation.findAll({ where: { umbrellaId: organisationId }, order: [['id', 'ASC']] }),
      ApiKey.findAll({ where: { organisationId }, order: [['id', 'ASC']] }),
      Group.findAll({ where: { organisationId }, order: [['id', 'ASC']] }),
      ProBonoProgramme.findOne({ where: { organisationId } }),
      Task.findAll({ where: { organisationId }, order: [['id', 'ASC']] }),
      JoinRequest.findAll({
        where: { organisationId },
        include: [{ model: User, as: 'user' }],
        order: [['id', 'ASC']],
      }),
      VisitorRequest.findAll({ where: { organisationId }, order: [['id', 'ASC']] }),
      AuditEvent.findAll({ where: { organisationId }, order: [['id', 'ASC']] }),
    ]);
  const [listing, services, editLinks] = await Promise.all([
    DirectoryListing.findByPk(organisationId),
    DirectoryService.findAll({ where: { organisationId }, order: [['id', 'ASC']] }),
    DirectoryEditLink.findAll({ where: { organisationId }, order: [['id', 'ASC']] }),
  ]);
  const taskIds = tasks.map((t) => t.id);
  const groupIds = groups.map((g) => g.id);
  const [applications, messages, feedback, groupMembers] = await Promise.all([
    Application.findAll({ where: { taskId: taskIds }, order: [['id', 'ASC']] }),
    Message.findAll({ where: { taskId: taskIds }, order: [['id', 'ASC']] }),
    Feedback.findAll({ where: { taskId: taskIds }, order: [['id', 'ASC']] }),
    GroupMember.findAll({ where: { groupId: groupIds }, order: [['id', 'ASC']] }),
  ]);
  const people = await usersById([
    ...applications.map((a) => a.userId),
    ...messages.map((m) => m.authorId),
    ...feedback.flatMap((f) => [f.fromUserId, f.toUserId]),
    ...tasks.map((t) => t.createdById),
  ]);
  const result: OrganisationExport = {
    format: 'tehostamo-organisation-export/1',
    exportedAt: new Date().toISOString(),
    organisation: row(org),
    // Members' addresses: the organisation's members see them already (GET …/members).
    members: members.map((m) => {
      const u = (m as Membership & { user: User }).user;
      return row(m, { user: { id: u.id, name: u.name, email: u.email } }, ['organisationId']);
    }),
    umbrellas: ups.map((a) => row(a)),
    memberOrganisations: downs.map((a) => row(a)),
    apiKeys: keys.map((k) => row(k)),
    groups: groups.map((g) =>
      row(g, {
        members: groupMembers.filter((m) => m.groupId === g.id).map((m) => row(m, {}, ['groupId'])),
      }),
    ),
    proBono: proBono ? row(proBono) : null,
    tasks: tasks.map((t) => row(t, { requester: ref(people.get(t.createdById)) })),
    applications: applications.map((a) => row(a, { applicant: ref(people.get(a.userId)) })),
    messages: messages.map((m) => row(m, { author: ref(people.get(m.authorId)) })),
    feedback: feedback.map((f) =>
      row(f, { from: ref(people.get(f.fromUserId)), to: ref(people.get(f.toUserId)) }),
    ),
    joinRequests: joinRequests.map((r) => {
      const u = (r as JoinRequest & { user: User | null }).user;
      return row(r, { user: u ? { id: u.id, name: u.name, email: u.email } : null });
    }),
    visitorRequests: visitorRequests.map((r) => row(r)),
    directory: {
      listing: listing ? row(listing) : null,
      services: services.map((x) => row(x)),
      editLinks: editLinks.map((l) => row(l)),
    },
    audit: audit.map((e) => toAuditEvent(e) as unknown as Row),
  };
  await ctx.db.write((t) => recordAudit(ctx, t, { kind: 'organisation_exported', organisationId }));
  return result;
}

export { exportToHtml } from '../../sdk/export-page.ts';
