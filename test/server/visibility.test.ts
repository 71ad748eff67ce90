/**
 * Who may see a task, in its two forms (services/visibility.ts): the rule for one loaded task and
 * the SQL condition that lists use must give the same answer for every task and every caller.
 * A matrix of tasks (two requesting organisations × every status × public or one of two groups ×
 * two categories × three places) against every kind of caller, with and without a publishable key.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Op } from 'sequelize';
import { randomSecret, sha256 } from '../../server/auth/tokens.ts';
import type { Actor, Ctx } from '../../server/context.ts';
import {
  Affiliation,
  ApiKey,
  Application,
  Group,
  GroupMember,
  Membership,
  Organisation,
  ProBonoProgramme,
  Task,
  User,
} from '../../server/db/models/index.ts';
import type { TaskStatus } from '../../server/db/models/task.ts';
import { lookupPlace } from '../../server/services/places.ts';
import {
  canSeeTask,
  keyViewWhere,
  loadVisibleTask,
  visibleTasksWhere,
} from '../../server/services/visibility.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

const STATUSES: TaskStatus[] = [
  'pending_verification',
  'open',
  'assigned',
  'completed',
  'cancelled',
  'expired',
];

describe(`who may see a task: the rule and its SQL agree (${dialectName})`, () => {
  let server: TestServer;
  const callers: { name: string; ctx: Ctx }[] = [];
  const tasks: Task[] = [];
  // Names for failure messages and the expectations below.
  const org: Record<string, number> = {};
  const group: Record<string, number> = {};
  let uusimaa = '';

  before(async () => {
    server = await startTestServer();
    const organisation = async (name: string, kind: string, sector: string | null = null) =>
      (org[name] = (await Organisation.create({ name, kind, sector } as never)).id);
    const requester = await organisation('requester', 'association', 'sosiaaliala');
    const other = await organisation('other', 'association', 'kulttuuri');
    const umbrella = await organisation('umbrella', 'umbrella');
    const company = await organisation('company', 'company');
    await organisation('bare company', 'company');
    await Affiliation.create({ umbrellaId: umbrella, memberId: requester } as never);

    const user = async (email: string) => User.create({ email, name: email.split('@')[0]! });
    const member = await user('member@requester.example');
    const groupie = await user('groupie@example.fi');
    const staff = await user('staff@umbrella.example');
    const applicant = await user('applicant@example.fi');
    const stranger = await user('stranger@example.fi');
    const employee = await user('employee@company.example');
    const join = (u: User, organisationId: number) =>
      Membership.create({ organisationId, userId: u.id, role: 'member' } as never);
    await join(member, requester);
    await join(staff, umbrella);
    await join(employee, company);

    const makeGroup = async (name: string, organisationId: number, code: string) =>
      (group[name] = (
        await Group.create({ organisationId, name, code, memberCap: 30 } as never)
      ).id);
    const requesterGroup = await makeGroup('requester group', requester, 'REQGRP01');
    const companyGroup = await makeGroup('company group', company, 'PROBONO1');
    await GroupMember.create({ groupId: requesterGroup, email: groupie.email } as never);
    await GroupMember.create({ groupId: companyGroup, email: employee.email } as never);

    // The company's programme chooses by every dimension: sector, category and region.
    uusimaa = lookupPlace('00100')!.region.code;
    await ProBonoProgramme.create({
      organisationId: company,
      sectors: ['sosiaaliala'],
      organisationIds: [],
      categories: ['viestinta'],
      regionCodes: [uusimaa],
      justification: 'Lähellä meitä.',
    } as never);

    const key = async (organisationId: number, kind: 'secret' | 'publishable') => {
      const secret = randomSecret(kind === 'secret' ? 'sk_' : 'pk_');
      return ApiKey.create({
        organisationId,
        kind,
        name: kind,
        prefix: secret.slice(0, 10),
        keyHash: sha256(secret),
        createdById: member.id,
        allowedOrigins: [],
      } as never);
    };
    const requesterSecret = await key(requester, 'secret');
    const otherSecret = await key(other, 'secret');
    const companyKey = await key(company, 'publishable');
    const bareCompanyKey = await key(org['bare company']!, 'publishable');
    const umbrellaKey = await key(umbrella, 'publishable');
    const requesterKey = await key(requester, 'publishable');

    // Every combination.
    const places = [null, '00100', '33100'];
    let n = 0;
    for (const organisationId of [requester, other]) {
      for (const status of STATUSES) {
        for (const groupId of [null, requesterGroup, companyGroup]) {
          for (const category of ['viestinta', 'kirjanpito-talous']) {
            for (const postalCode of places) {
              const place = postalCode ? lookupPlace(postalCode)! : null;
              tasks.push(
                await Task.create({
                  organisationId,
                  createdById: member.id,
                  status,
                  category,
                  title: `Tehtävä ${++n}`,
                  details: 'Apua tarvitaan.',
                  postalCode,
                  municipalityCode: place?.municipality.code ?? null,
                  regionCode: place?.region.code ?? null,
                  lat: place?.lat ?? null,
                  lng: place?.lng ?? null,
                  remote: postalCode === null,
                  estimatedHours: 2,
                  helpersWanted: 1,
                  groupId,
                  publishedAt: status === 'pending_verification' ? null : new Date(),
                }),
              );
            }
          }
        }
      }
    }
    // The applicant applied to every third task (group tasks among them).
    for (const task of tasks.filter((_, i) => i % 3 === 0)) {
      await Application.create({ taskId: task.id, userId: applicant.id, message: 'Voin auttaa.' });
    }

    const userActor = (u: User): Actor => ({ kind: 'user', user: u, tokenId: 0 });
    const secretActor = (k: ApiKey): Actor => ({
      kind: 'secret_key',
      key: k,
      organisationId: k.organisationId,
    });
    const add = (name: string, actor: Actor, publishableKey: ApiKey | null = null) =>
      callers.push({
        name,
        ctx: { ...server.deps, actor, publishableKey, ip: '127.0.0.1', cache: new Map() },
      });
    add('anonymous', { kind: 'anonymous' });
    add('member of the requesting organisation', userActor(member));
    add("member of the requesting organisation's group", userActor(groupie));
    add('umbrella staff', userActor(staff));
    add('applicant', userActor(applicant));
    add('signed-in stranger', userActor(stranger));
    add("company's employee (member of its group)", userActor(employee));
    add("requesting organisation's secret key", secretActor(requesterSecret));
    add("another organisation's secret key", secretActor(otherSecret));
    add("anonymous, company's key (pro bono programme)", { kind: 'anonymous' }, companyKey);
    add("employee, company's key", userActor(employee), companyKey);
    add("requester's member, company's key", userActor(member), companyKey);
    add("groupie, company's key", userActor(groupie), companyKey);
    add('anonymous, key of a company without programme', { kind: 'anonymous' }, bareCompanyKey);
    add("anonymous, umbrella's key", { kind: 'anonymous' }, umbrellaKey);
    add("umbrella staff, umbrella's key", userActor(staff), umbrellaKey);
    add("applicant, requester's key", userActor(applicant), requesterKey);
    add(
      "another organisation's secret key, requester's key",
      secretActor(otherSecret),
      requesterKey,
    );
  });

  after(() => server?.close());

  /**
   * Ids of the tasks each form lets `ctx` see. The SQL is joined with other conditions as the
   * feed joins it (the key's view again among them), so that a condition that would bind wrongly
   * next to an AND shows.
   */
  async function bothForms(ctx: Ctx) {
    const view = await keyViewWhere(ctx);
    const listed = await Task.findAll({
      where: {
        [Op.and]: [{ id: { [Op.gt]: 0 } }, await visibleTasksWhere(ctx), ...(view ? [view] : [])],
      },
      attributes: ['id'],
      raw: true,
    });
    const bySql = new Set(listed.map((t) => t.id));
    const byRule = new Set<number>();
    for (const task of tasks) if (await canSeeTask(ctx, task)) byRule.add(task.id);
    return { bySql, byRule };
  }

  const describeTask = (id: number) => {
    const t = tasks.find((x) => x.id === id)!;
    const owner = Object.keys(org).find((k) => org[k] === t.organisationId);
    const g = Object.keys(group).find((k) => group[k] === t.groupId) ?? 'public';
    return `#${id} ${owner} ${t.status} ${g} ${t.category} ${t.postalCode ?? 'remote'}`;
  };

  it('the rule for one task and the SQL condition agree for every task and every caller', async () => {
    assert.equal(tasks.length, 2 * STATUSES.length * 3 * 2 * 3);
    for (const { name, ctx } of callers) {
      const { bySql, byRule } = await bothForms(ctx);
      const onlySql = [...bySql].filter((id) => !byRule.has(id)).map(describeTask);
      const onlyRule = [...byRule].filter((id) => !bySql.has(id)).map(describeTask);
      assert.deepEqual(
        { onlySql, onlyRule },
        { onlySql: [], onlyRule: [] },
        `${name}: the two forms disagree`,
      );
    }
  });

  it('the matrix tells the callers apart as the rule says', async () => {
    const seen = async (name: string) => {
      const caller = callers.find((c) => c.name === name)!;
      const { byRule } = await bothForms({ ...caller.ctx, cache: new Map() });
      return tasks.filter((t) => byRule.has(t.id));
    };
    const anonymous = await seen('anonymous');
    assert.deepEqual(
      anonymous.map((t) => t.id),
      tasks
        .filter((t) => t.groupId === null && t.status !== 'pending_verification')
        .map((t) => t.id),
      'anonymous: every public task that is not waiting for confirmation, in every other state',
    );
    const member = await seen('member of the requesting organisation');
    assert.ok(
      tasks
        .filter((t) => t.organisationId === org.requester)
        .every((t) => member.some((m) => m.id === t.id)),
      'the requesting organisation sees all its tasks, waiting, cancelled and expired included',
    );
    assert.ok(!member.some((t) => t.organisationId === org.other && t.groupId !== null));
    const groupie = await seen("member of the requesting organisation's group");
    assert.ok(
      groupie.some((t) => t.organisationId === org.other && t.groupId === group['requester group']),
    );
    assert.ok(!groupie.some((t) => t.groupId === group['company group']));
    assert.ok(!groupie.some((t) => t.status === 'pending_verification'));
    // Umbrella staff gain nothing over a stranger by being the umbrella's.
    assert.deepEqual(
      (await seen('umbrella staff')).map((t) => t.id),
      (await seen('signed-in stranger')).map((t) => t.id),
    );
    const applicant = await seen('applicant');
    assert.ok(
      applicant.some((t) => t.groupId !== null),
      'an applicant sees the group task applied to',
    );
    assert.ok(applicant.length < tasks.length && applicant.length > anonymous.length);
    const viaCompany = await seen("anonymous, company's key (pro bono programme)");
    assert.ok(viaCompany.length > 0);
    for (const t of viaCompany) {
      assert.equal(t.organisationId, org.requester, 'the programme chooses by sector');
      assert.equal(t.category, 'viestinta');
      assert.equal(t.regionCode, uusimaa);
      assert.equal(t.groupId, null);
    }
    const employeeViaCompany = await seen("employee, company's key");
    assert.ok(
      employeeViaCompany.some(
        (t) => t.organisationId === org.other && t.groupId === group['company group'],
      ),
      "a key shows its organisation's own group's tasks to the group's members",
    );
    const memberViaCompany = await seen("requester's member, company's key");
    assert.ok(!memberViaCompany.some((t) => t.category !== 'viestinta' && t.groupId === null));
    assert.equal(
      (await seen('anonymous, key of a company without programme')).length,
      anonymous.length,
    );
    const viaUmbrella = await seen("anonymous, umbrella's key");
    assert.ok(
      viaUmbrella.length > 0 && viaUmbrella.every((t) => t.organisationId === org.requester),
    );
  });

  it('a task the caller may not see is not found, one they may is loaded', async () => {
    const anonymous = callers.find((c) => c.name === 'anonymous')!.ctx;
    const hidden = tasks.find((t) => t.groupId !== null)!;
    const shown = tasks.find((t) => t.groupId === null && t.status === 'open')!;
    await assert.rejects(loadVisibleTask(anonymous, hidden.id), { status: 404 });
    assert.equal((await loadVisibleTask(anonymous, shown.id)).id, shown.id);
    await assert.rejects(loadVisibleTask(anonymous, 987_654_321), { status: 404 });
  });
});
