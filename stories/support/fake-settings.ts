/**
 * The fake client's groups and organisations, for `<tehostamo-groups>` and
 * `<tehostamo-organisation>`: answers from memory with the server's rules that the widgets show
 * (the cap, taken codes, the last admin, join requests decided once).
 */
import type { ProBonoProgramme, ProBonoUpdate } from '../../sdk/schemas/embedding.ts';
import type { JoinRequest } from '../../sdk/schemas/embedding.ts';
import type { Group, GroupCreate, GroupMember } from '../../sdk/schemas/groups.ts';
import type {
  ApiKey,
  Organisation,
  UmbrellaInvitation,
  OrganisationMember,
  OrganisationUpdate,
} from '../../sdk/schemas/organisations.ts';
import type { Task } from '../../sdk/schemas/tasks.ts';
import type { Me } from '../../sdk/schemas/users.ts';
import type { SettingsClient } from '../../widgets/context.ts';

export type SettingsOperation =
  | 'groups.list'
  | 'groups.create'
  | 'groups.join'
  | 'groups.members.list'
  | 'groups.members.add'
  | 'groups.members.remove'
  | 'organisations.get'
  | 'organisations.create'
  | 'organisations.update'
  | 'organisations.list'
  | 'organisations.members.list'
  | 'organisations.members.add'
  | 'organisations.members.update'
  | 'organisations.members.remove'
  | 'organisations.memberOrganisations.list'
  | 'organisations.memberOrganisations.add'
  | 'organisations.memberOrganisations.remove'
  | 'organisations.joinRequests.list'
  | 'organisations.joinRequests.approve'
  | 'organisations.joinRequests.decline'
  | 'organisations.joinRequests.create'
  | 'organisations.proBono.get'
  | 'organisations.proBono.set'
  | 'organisations.umbrellaInvitations.list'
  | 'organisations.umbrellaInvitations.accept'
  | 'organisations.umbrellaInvitations.decline'
  | 'organisations.apiKeys.list'
  | 'organisations.apiKeys.create'
  | 'organisations.apiKeys.update'
  | 'organisations.apiKeys.rotate'
  | 'organisations.apiKeys.revoke';

export interface FakeSettingsOptions {
  /** Groups the user sees (`groups.list`), and the members of each by group id. */
  groups?: Group[];
  groupMembers?: Record<number, GroupMember[]>;
  /** Groups that `groups.join` finds by code (besides those in `groups`). */
  joinable?: Group[];
  /** Business ids already registered (`business_id_taken`). */
  takenBusinessIds?: string[];
  /** Codes already taken by other groups (`code_taken`). */
  takenCodes?: string[];
  organisations?: Organisation[];
  /** Members by organisation id. */
  organisationMembers?: Record<number, OrganisationMember[]>;
  /** An umbrella's member organisations by umbrella id. */
  memberOrganisations?: Record<number, Organisation[]>;
  joinRequests?: JoinRequest[];
  /** Pro bono programmes by company id. */
  proBono?: Record<number, ProBonoProgramme>;
  /** API keys by organisation id. */
  apiKeys?: Record<number, ApiKey[]>;
  /** Umbrellas' invitations waiting, by invited organisation id. */
  umbrellaInvitations?: Record<number, UmbrellaInvitation[]>;
}

interface Kit {
  run: <T>(op: SettingsOperation, args: unknown[], answer: () => T) => Promise<T>;
  requireUser: () => Me;
  apiError: (status: number, code: string, details?: unknown) => unknown;
  page: <T>(first: Promise<{ data: T[]; nextCursor: string | null }>) => unknown;
  tasks: () => Task[];
}

export function settingsMethods(kit: Kit, options: FakeSettingsOptions) {
  const { run, requireUser, apiError } = kit;
  const groups: Group[] = structuredClone(options.groups ?? []);
  const joinable: Group[] = structuredClone(options.joinable ?? []);
  const members = new Map<number, GroupMember[]>(
    Object.entries(structuredClone(options.groupMembers ?? {})).map(([k, v]) => [Number(k), v]),
  );
  const orgs: Organisation[] = structuredClone(options.organisations ?? []);
  const orgMembers = new Map<number, OrganisationMember[]>(
    Object.entries(structuredClone(options.organisationMembers ?? {})).map(([k, v]) => [
      Number(k),
      v,
    ]),
  );
  const memberOrgs = new Map<number, Organisation[]>(
    Object.entries(structuredClone(options.memberOrganisations ?? {})).map(([k, v]) => [
      Number(k),
      v,
    ]),
  );
  const joinRequests: JoinRequest[] = structuredClone(options.joinRequests ?? []);
  const proBono = new Map<number, ProBonoProgramme>(
    Object.entries(structuredClone(options.proBono ?? {})).map(([k, v]) => [Number(k), v]),
  );
  const apiKeys = new Map<number, ApiKey[]>(
    Object.entries(structuredClone(options.apiKeys ?? {})).map(([k, v]) => [Number(k), v]),
  );
  const invitations = new Map<number, UmbrellaInvitation[]>(
    Object.entries(structuredClone(options.umbrellaInvitations ?? {})).map(([k, v]) => [
      Number(k),
      v,
    ]),
  );
  let nextId = 5000;
  /** A key as the server makes it: shown once, then only its prefix. */
  const secretOf = (kind: ApiKey['kind']) =>
    `${kind === 'secret' ? 'sk_' : 'pk_'}fake${String(nextId++).padStart(20, '0')}`;

  const findGroup = (id: number) => {
    const g = groups.find((x) => x.id === id);
    if (!g) throw apiError(404, 'not_found');
    return g;
  };
  const findOrg = (id: number) => {
    const o = orgs.find((x) => x.id === id);
    if (!o) throw apiError(404, 'not_found');
    return o;
  };
  const roleIn = (orgId: number) =>
    requireUser().memberships.find((m) => m.organisation.id === orgId)?.role ?? null;
  const requireAdmin = (orgId: number) => {
    const role = roleIn(orgId);
    if (role === null) throw apiError(403, 'not_a_member');
    if (role !== 'admin') throw apiError(403, 'not_an_admin');
  };
  const sync = (g: Group) => (g.memberCount = (members.get(g.id) ?? []).length);
  const now = () => new Date().toISOString();

  type G = SettingsClient['groups'];
  type O = SettingsClient['organisations'];

  const client: SettingsClient = {
    groups: {
      list: (() =>
        run('groups.list', [], () => {
          requireUser();
          return { data: structuredClone(groups) };
        })) as G['list'],
      create: ((input: GroupCreate) =>
        run('groups.create', [input], () => {
          requireUser();
          if (roleIn(input.organisationId) === null) throw apiError(403, 'not_a_member');
          const code = input.code?.toUpperCase() ?? 'QWERTY';
          if (
            options.takenCodes?.includes(code) ||
            groups.some((g) => g.code === code) ||
            joinable.some((g) => g.code === code)
          ) {
            throw apiError(409, 'code_taken', { code });
          }
          const group: Group = {
            id: nextId++,
            organisationId: input.organisationId,
            name: input.name.trim(),
            code,
            memberCap: 30,
            memberCount: 0,
            createdAt: now(),
          };
          groups.push(group);
          members.set(group.id, []);
          return structuredClone(group);
        })) as G['create'],
      join: ((body: { code: string }) =>
        run('groups.join', [body], () => {
          const user = requireUser();
          const code = body.code.toUpperCase();
          const found =
            groups.find((g) => g.code === code) ?? joinable.find((g) => g.code === code);
          if (!found) throw apiError(404, 'not_found');
          if (!groups.includes(found)) groups.push(found);
          const list = members.get(found.id) ?? [];
          if (!list.some((m) => m.email === user.email)) {
            if (list.length >= found.memberCap) throw apiError(409, 'group_full');
            list.push({
              id: nextId++,
              email: user.email,
              user: { id: user.id, name: user.name },
              createdAt: now(),
            });
          }
          members.set(found.id, list);
          sync(found);
          return structuredClone(found);
        })) as G['join'],
      members: {
        list: ((id: number) =>
          run('groups.members.list', [id], () => {
            requireUser();
            findGroup(id);
            return { data: structuredClone(members.get(id) ?? []) };
          })) as G['members']['list'],
        add: ((id: number, body: { emails: string[] }) =>
          run('groups.members.add', [id, body], () => {
            requireUser();
            const group = findGroup(id);
            if (roleIn(group.organisationId) === null) throw apiError(403, 'not_a_member');
            const list = members.get(id) ?? [];
            const already = body.emails.filter((e) => list.some((m) => m.email === e));
            if (already.length) throw apiError(409, 'already_in_group', { emails: already });
            if (list.length + body.emails.length > group.memberCap) {
              throw apiError(409, 'group_full', {
                memberCap: group.memberCap,
                memberCount: list.length,
              });
            }
            const added = body.emails.map((email) => ({
              id: nextId++,
              email,
              user: null,
              createdAt: now(),
            }));
            list.push(...added);
            members.set(id, list);
            sync(group);
            return { data: structuredClone(added) };
          })) as G['members']['add'],
        remove: ((id: number, memberId: number) =>
          run('groups.members.remove', [id, memberId], () => {
            requireUser();
            const group = findGroup(id);
            const list = members.get(id) ?? [];
            members.set(
              id,
              list.filter((m) => m.id !== memberId),
            );
            sync(group);
            if (roleIn(group.organisationId) === null) {
              groups.splice(groups.indexOf(group), 1);
            }
          })) as G['members']['remove'],
      },
    },
    organisations: {
      get: ((id: number) =>
        run('organisations.get', [id], () => structuredClone(findOrg(id)))) as O['get'],
      create: ((body: {
        name: string;
        kind: Organisation['kind'];
        businessId?: string;
        sector?: string;
        postalCode?: string;
      }) =>
        run('organisations.create', [body], () => {
          const user = requireUser();
          if (options.takenBusinessIds?.includes(body.businessId ?? '')) {
            throw apiError(409, 'business_id_taken');
          }
          const org: Organisation = {
            id: nextId++,
            name: body.name.trim(),
            kind: body.kind,
            sector: body.sector ?? null,
            businessId: body.businessId ?? null,
            description: '',
            website: null,
            postalCode: body.postalCode ?? null,
            municipality: null,
            umbrellas: [],
            memberOrganisationCount: 0,
            createdAt: now(),
          };
          orgs.push(org);
          orgMembers.set(org.id, [
            {
              user: { id: user.id, name: user.name, email: user.email },
              role: 'admin',
              createdAt: now(),
            },
          ]);
          user.memberships.push({
            organisation: { id: org.id, name: org.name, kind: org.kind },
            role: 'admin',
          });
          return structuredClone(org);
        })) as O['create'],
      list: ((query: { q?: string } = {}) =>
        kit.page(
          run('organisations.list', [query], () => ({
            data: structuredClone(
              // By part of the name, or the whole business id, as the server finds them.
              orgs.filter(
                (o) =>
                  !query.q ||
                  o.name.toLowerCase().includes(query.q.toLowerCase()) ||
                  o.businessId === query.q.trim(),
              ),
            ),
            nextCursor: null,
          })),
        )) as O['list'],
      update: ((id: number, body: OrganisationUpdate) =>
        run('organisations.update', [id, body], () => {
          requireAdmin(id);
          const org = findOrg(id);
          Object.assign(org, body);
          return structuredClone(org);
        })) as O['update'],
      members: {
        list: ((id: number) =>
          kit.page(
            run('organisations.members.list', [id], () => {
              if (roleIn(id) === null) throw apiError(403, 'not_a_member');
              return { data: structuredClone(orgMembers.get(id) ?? []), nextCursor: null };
            }),
          )) as O['members']['list'],
        add: ((id: number, body: { email: string; role?: 'member' | 'admin' }) =>
          run('organisations.members.add', [id, body], () => {
            requireAdmin(id);
            const list = orgMembers.get(id) ?? [];
            const email = body.email.trim().toLowerCase();
            if (list.some((m) => m.user.email === email)) throw apiError(409, 'already_member');
            const member: OrganisationMember = {
              user: { id: nextId++, name: '', email },
              role: body.role ?? 'member',
              createdAt: now(),
            };
            list.push(member);
            orgMembers.set(id, list);
            return structuredClone(member);
          })) as O['members']['add'],
        update: ((id: number, userId: number, body: { role: 'member' | 'admin' }) =>
          run('organisations.members.update', [id, userId, body], () => {
            requireAdmin(id);
            const list = orgMembers.get(id) ?? [];
            const m = list.find((x) => x.user.id === userId);
            if (!m) throw apiError(404, 'not_found');
            const admins = list.filter((x) => x.role === 'admin').length;
            if (m.role === 'admin' && body.role !== 'admin' && admins <= 1) {
              throw apiError(409, 'last_admin');
            }
            m.role = body.role;
            return structuredClone(m);
          })) as O['members']['update'],
        remove: ((id: number, userId: number) =>
          run('organisations.members.remove', [id, userId], () => {
            const user = requireUser();
            if (user.id !== userId) requireAdmin(id);
            const list = orgMembers.get(id) ?? [];
            const m = list.find((x) => x.user.id === userId);
            if (!m) throw apiError(404, 'not_found');
            const admins = list.filter((x) => x.role === 'admin').length;
            if (m.role === 'admin' && admins <= 1) throw apiError(409, 'last_admin');
            orgMembers.set(
              id,
              list.filter((x) => x !== m),
            );
          })) as O['members']['remove'],
      },
      memberOrganisations: {
        list: ((id: number) =>
          kit.page(
            run('organisations.memberOrganisations.list', [id], () => ({
              data: structuredClone(memberOrgs.get(id) ?? []),
              nextCursor: null,
            })),
          )) as O['memberOrganisations']['list'],
        add: ((id: number, body: { organisationId: number }) =>
          run('organisations.memberOrganisations.add', [id, body], () => {
            requireAdmin(id);
            const org = findOrg(body.organisationId);
            const list = memberOrgs.get(id) ?? [];
            if (list.some((o) => o.id === org.id)) throw apiError(409, 'already_member');
            const umbrella = findOrg(id);
            // As the server: an admin of both organisations speaks for the member, so it joins at
            // once; anyone else's choice waits for the invited organisation's admins.
            if (roleIn(org.id) === 'admin') {
              memberOrgs.set(id, [...list, structuredClone(org)]);
              org.umbrellas.push({ id: umbrella.id, name: umbrella.name, kind: umbrella.kind });
              return { ...structuredClone(org), affiliation: 'member' as const };
            }
            const waiting = invitations.get(org.id) ?? [];
            if (!waiting.some((i) => i.umbrella.id === id)) {
              invitations.set(org.id, [
                ...waiting,
                {
                  umbrella: { id: umbrella.id, name: umbrella.name, kind: umbrella.kind },
                  invitedAt: now(),
                },
              ]);
            }
            return { ...structuredClone(org), affiliation: 'invited' as const };
          })) as O['memberOrganisations']['add'],
        remove: ((id: number, memberId: number) =>
          run('organisations.memberOrganisations.remove', [id, memberId], () => {
            requireAdmin(id);
            memberOrgs.set(
              id,
              (memberOrgs.get(id) ?? []).filter((o) => o.id !== memberId),
            );
          })) as O['memberOrganisations']['remove'],
      },
      joinRequests: {
        list: ((id: number) =>
          run('organisations.joinRequests.list', [id], () => {
            requireAdmin(id);
            return {
              data: structuredClone(
                joinRequests.filter((r) => r.organisationId === id && r.status === 'pending'),
              ),
            };
          })) as O['joinRequests']['list'],
        approve: ((id: number, requestId: number) =>
          run('organisations.joinRequests.approve', [id, requestId], () =>
            decide(id, requestId, 'approved'),
          )) as O['joinRequests']['approve'],
        decline: ((id: number, requestId: number) =>
          run('organisations.joinRequests.decline', [id, requestId], () =>
            decide(id, requestId, 'declined'),
          )) as O['joinRequests']['decline'],
        // The signed-in person asks to join (the first sign-in's organisation step).
        create: ((id: number) =>
          run('organisations.joinRequests.create', [id], () => {
            const user = requireUser();
            const org = findOrg(id);
            if (user.memberships.some((m) => m.organisation.id === id)) {
              throw apiError(409, 'already_member');
            }
            let request = joinRequests.find(
              (r) => r.organisationId === id && r.user.id === user.id && r.status === 'pending',
            );
            if (!request) {
              request = {
                id: nextId++,
                organisationId: id,
                user: { id: user.id, name: user.name, email: user.email },
                status: 'pending',
                task: null,
                createdAt: now(),
                decidedAt: null,
              };
              joinRequests.push(request);
              user.joinRequests.push({
                id: request.id,
                organisation: { id: org.id, name: org.name, kind: org.kind },
                createdAt: request.createdAt,
              });
            }
            return structuredClone(request);
          })) as O['joinRequests']['create'],
      },
      proBono: {
        get: ((id: number) =>
          run('organisations.proBono.get', [id], () => {
            const org = findOrg(id);
            if (org.kind !== 'company') throw apiError(422, 'not_a_company');
            return structuredClone(proBono.get(id) ?? emptyProgramme(org));
          })) as O['proBono']['get'],
        set: ((id: number, body: ProBonoUpdate) =>
          run('organisations.proBono.set', [id, body], () => {
            requireAdmin(id);
            const org = findOrg(id);
            const programme: ProBonoProgramme = {
              ...emptyProgramme(org),
              sectors: body.sectors ?? [],
              organisations: orgs
                .filter((o) => body.organisationIds?.includes(o.id))
                .map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
              categories: body.categories ?? [],
              regions: (body.regions ?? []).map((r) => ({ code: r, name: r })),
              justification: body.justification ?? '',
              updatedAt: now(),
            };
            proBono.set(id, programme);
            return structuredClone(programme);
          })) as O['proBono']['set'],
      },
      umbrellaInvitations: {
        list: ((id: number) =>
          run('organisations.umbrellaInvitations.list', [id], () => {
            requireAdmin(id);
            return { data: structuredClone(invitations.get(id) ?? []) };
          })) as O['umbrellaInvitations']['list'],
        accept: ((id: number, umbrellaId: number) =>
          run('organisations.umbrellaInvitations.accept', [id, umbrellaId], () => {
            requireAdmin(id);
            const list = invitations.get(id) ?? [];
            const found = list.find((i) => i.umbrella.id === umbrellaId);
            if (!found) throw apiError(404, 'not_found');
            invitations.set(
              id,
              list.filter((i) => i !== found),
            );
            const umbrella = orgs.find((o) => o.id === umbrellaId);
            findOrg(id).umbrellas.push(found.umbrella);
            return structuredClone(umbrella ?? findOrg(id));
          })) as O['umbrellaInvitations']['accept'],
        decline: ((id: number, umbrellaId: number) =>
          run('organisations.umbrellaInvitations.decline', [id, umbrellaId], () => {
            requireAdmin(id);
            invitations.set(
              id,
              (invitations.get(id) ?? []).filter((i) => i.umbrella.id !== umbrellaId),
            );
          })) as O['umbrellaInvitations']['decline'],
      },
      apiKeys: {
        list: ((id: number) =>
          run('organisations.apiKeys.list', [id], () => {
            requireAdmin(id);
            return { data: structuredClone(apiKeys.get(id) ?? []) };
          })) as O['apiKeys']['list'],
        create: ((
          id: number,
          body: Pick<ApiKey, 'kind' | 'name'> &
            Partial<Pick<ApiKey, 'allowedOrigins' | 'autoJoin' | 'autoJoinDomains'>>,
        ) =>
          run('organisations.apiKeys.create', [id, body], () => {
            requireAdmin(id);
            const key = secretOf(body.kind);
            const row: ApiKey = {
              id: nextId++,
              kind: body.kind,
              name: body.name,
              prefix: key.slice(0, 12),
              allowedOrigins: body.allowedOrigins ?? [],
              autoJoin: body.autoJoin ?? false,
              autoJoinDomains: body.autoJoinDomains ?? [],
              createdAt: now(),
              lastUsedAt: null,
              revokedAt: null,
              rotatedAt: null,
            };
            apiKeys.set(id, [...(apiKeys.get(id) ?? []), row]);
            return { ...structuredClone(row), key };
          })) as O['apiKeys']['create'],
        update: ((
          id: number,
          keyId: number,
          body: Partial<Pick<ApiKey, 'name' | 'allowedOrigins' | 'autoJoin' | 'autoJoinDomains'>>,
        ) =>
          run('organisations.apiKeys.update', [id, keyId, body], () => {
            requireAdmin(id);
            const row = (apiKeys.get(id) ?? []).find((k) => k.id === keyId);
            if (!row) throw apiError(404, 'not_found');
            Object.assign(row, body);
            return structuredClone(row);
          })) as O['apiKeys']['update'],
        rotate: ((id: number, keyId: number) =>
          run('organisations.apiKeys.rotate', [id, keyId], () => {
            requireAdmin(id);
            const row = (apiKeys.get(id) ?? []).find((k) => k.id === keyId);
            if (!row) throw apiError(404, 'not_found');
            const key = secretOf(row.kind);
            row.prefix = key.slice(0, 12);
            row.rotatedAt = now();
            return { ...structuredClone(row), key };
          })) as O['apiKeys']['rotate'],
        revoke: ((id: number, keyId: number) =>
          run('organisations.apiKeys.revoke', [id, keyId], () => {
            requireAdmin(id);
            const row = (apiKeys.get(id) ?? []).find((k) => k.id === keyId);
            if (!row) throw apiError(404, 'not_found');
            row.revokedAt = now();
          })) as O['apiKeys']['revoke'],
      },
    },
  };

  function decide(id: number, requestId: number, status: 'approved' | 'declined') {
    requireAdmin(id);
    const r = joinRequests.find((x) => x.id === requestId && x.organisationId === id);
    if (!r) throw apiError(404, 'not_found');
    if (r.status !== 'pending') throw apiError(409, 'join_request_decided');
    r.status = status;
    r.decidedAt = now();
    if (status === 'approved') {
      const list = orgMembers.get(id) ?? [];
      list.push({ user: r.user, role: 'member', createdAt: now() });
      orgMembers.set(id, list);
    }
    return structuredClone(r);
  }

  return client;
}

function emptyProgramme(org: Organisation): ProBonoProgramme {
  return {
    organisation: { id: org.id, name: org.name, kind: org.kind },
    sectors: [],
    organisations: [],
    categories: [],
    regions: [],
    justification: '',
    group: null,
    updatedAt: null,
  };
}
