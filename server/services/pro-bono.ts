/**
 * Pro bono programmes: a company states which requesting organisations (by sector or by name),
 * which categories and which regions its employees' feed shows, and why. The statement is
 * public; only the company's admins change it. `programmeScope` gives the tasks it chooses, which
 * the company's publishable key reads through (visibility.ts).
 *
 * Matching, dimension by dimension (an empty list leaves its dimension unrestricted):
 * - organisations and sectors together choose requesting organisations: one listed by id, OR one
 *   whose sector is listed (the pilot's "which sector's organisations, or which organisations");
 * - categories: the task's category is listed;
 * - regions: the task's region, from its postal code, is listed (a task without one is in none).
 * The dimensions are combined with AND. Sectors match exactly as written; when a programme is
 * saved, each sector is spelt as organisations already spell it if it differs only in case.
 */
import type { CodeOf } from '../../sdk/error-codes.ts';
import { Op, type Transaction } from 'sequelize';
import type { z } from 'zod';
import type {
  ProBonoProgramme as ProBonoShape,
  ProBonoUpdate,
} from '../../sdk/schemas/embedding.ts';
import type { Ctx } from '../context.ts';
import { Group, GroupMember, Organisation, ProBonoProgramme } from '../db/models/index.ts';
import { fieldError, NotFound, Validation } from '../errors.ts';
import { currentUserId, requireOrgAdmin } from './access.ts';
import { findRegionCode, regionName } from './places.ts';

type UpdateInput = z.output<typeof ProBonoUpdate>;

function invalid(path: string, code: CodeOf<422>, message: string, details?: unknown): Validation {
  return fieldError({
    field: path,
    message,
    issue: message,
    code,
    ...(details ? { extra: { values: details } } : {}),
  });
}

/** The organisation, if it is a company; 404 when it does not exist, 422 when not a company. */
async function company(id: number, t?: Transaction): Promise<Organisation> {
  const organisation = await Organisation.findByPk(id, { transaction: t });
  if (!organisation) throw new NotFound('organisation');
  if (organisation.kind !== 'company') {
    throw new Validation('Only a company has a pro bono programme.', undefined, 'not_a_company');
  }
  return organisation;
}

/** Organisations whose sector is exactly one of `sectors` (the database may compare loosely). */
async function organisationsInSectors(sectors: string[]): Promise<number[]> {
  if (sectors.length === 0) return [];
  const rows = await Organisation.findAll({
    where: { sector: { [Op.in]: sectors } },
    attributes: ['id', 'sector'],
  });
  return rows.filter((o) => o.sector !== null && sectors.includes(o.sector)).map((o) => o.id);
}

/**
 * Which tasks a company's programme (or any other view of tasks) chooses: each list that is not
 * null must contain the task's value (organisation, category, region); null leaves that dimension
 * unrestricted. services/visibility.ts reads it both for one task and as SQL.
 */
export interface TaskScope {
  organisationIds?: readonly number[] | null;
  categories?: readonly string[] | null;
  regionCodes?: readonly string[] | null;
}

/**
 * The programme of company `organisationId` as a scope of tasks (see the top of this file);
 * a company that has stated none is unrestricted.
 */
export async function programmeScope(organisationId: number): Promise<TaskScope> {
  const programme = await ProBonoProgramme.findOne({ where: { organisationId } });
  if (!programme) return {};
  const scope: TaskScope = {};
  const { organisationIds, sectors, categories, regionCodes } = programme;
  if (organisationIds.length > 0 || sectors.length > 0) {
    scope.organisationIds = [
      ...new Set([...organisationIds, ...(await organisationsInSectors(sectors))]),
    ];
  }
  if (categories.length > 0) scope.categories = categories;
  if (regionCodes.length > 0) scope.regionCodes = regionCodes;
  return scope;
}

/**
 * The `proBonoOf` filter of the task lists: the programme of company `organisationId` as a
 * scope. The programme is public, so anyone may filter by it; it only narrows what the caller
 * may see anyway.
 */
export async function programmeFilter(organisationId: number): Promise<TaskScope> {
  const organisation = await Organisation.findByPk(organisationId, { attributes: ['id', 'kind'] });
  const refused = (code: CodeOf<422>, message: string) =>
    fieldError({ field: 'proBonoOf', message, issue: message, code, in: 'query' });
  if (!organisation) throw refused('unknown_organisation', 'No such organisation.');
  if (organisation.kind !== 'company') {
    throw refused('not_a_company', 'Only a company has a pro bono programme.');
  }
  return programmeScope(organisationId);
}

async function present(
  organisation: Organisation,
  programme: ProBonoProgramme | null,
  t?: Transaction,
): Promise<ProBonoShape> {
  const ids = programme?.organisationIds ?? [];
  const [listed, group] = await Promise.all([
    ids.length
      ? Organisation.findAll({
          where: { id: { [Op.in]: ids } },
          attributes: ['id', 'name', 'kind'],
          order: [['name', 'ASC']],
          transaction: t,
        })
      : Promise.resolve([] as Organisation[]),
    programme?.groupId ? Group.findByPk(programme.groupId, { transaction: t }) : null,
  ]);
  const memberCount = group
    ? await GroupMember.count({ where: { groupId: group.id }, transaction: t })
    : 0;
  return {
    organisation: { id: organisation.id, name: organisation.name, kind: organisation.kind },
    sectors: programme?.sectors ?? [],
    organisations: listed.map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
    categories: (programme?.categories ?? []) as ProBonoShape['categories'],
    regions: (programme?.regionCodes ?? []).map((code) => ({
      code,
      name: regionName(code) ?? code,
    })),
    justification: programme?.justification ?? '',
    group: group ? { id: group.id, name: group.name, memberCount } : null,
    updatedAt: programme ? programme.updatedAt.toISOString() : null,
  };
}

/** GET /organisations/:id/pro-bono: public; a company that has stated nothing has an empty one. */
export async function getProBono(_ctx: Ctx, organisationId: number): Promise<ProBonoShape> {
  const organisation = await company(organisationId);
  const programme = await ProBonoProgramme.findOne({ where: { organisationId } });
  return present(organisation, programme);
}

/** Each sector as organisations already spell it, when it differs from one only in case. */
async function canonicalSectors(sectors: string[]): Promise<string[]> {
  if (sectors.length === 0) return [];
  const rows = (await Organisation.findAll({
    attributes: ['sector'],
    where: { sector: { [Op.ne]: null } },
    group: ['sector'],
    raw: true,
  })) as unknown as { sector: string }[];
  const known = new Map(rows.map((r) => [r.sector.toLocaleLowerCase('fi'), r.sector]));
  return [...new Set(sectors.map((s) => known.get(s.toLocaleLowerCase('fi')) ?? s))];
}

function regionCodes(regions: string[]): string[] {
  const codes: string[] = [];
  for (const region of regions) {
    const code = findRegionCode(region);
    if (!code) throw invalid('regions', 'unknown_region', `Unknown region "${region}".`);
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

/** PUT /organisations/:id/pro-bono: the company's admins replace the whole programme. */
export async function setProBono(
  ctx: Ctx,
  organisationId: number,
  input: UpdateInput,
): Promise<ProBonoShape> {
  if (!(await Organisation.findByPk(organisationId))) throw new NotFound('organisation');
  await requireOrgAdmin(ctx, organisationId);
  const organisation = await company(organisationId);

  const regions = regionCodes(input.regions);
  const sectors = await canonicalSectors(input.sectors);
  if (input.organisationIds.length > 0) {
    const found = await Organisation.findAll({
      where: { id: { [Op.in]: input.organisationIds } },
      attributes: ['id'],
    });
    const missing = input.organisationIds.filter((id) => !found.some((o) => o.id === id));
    if (missing.length > 0) {
      throw invalid('organisationIds', 'unknown_organisation', 'No such organisation.', missing);
    }
  }
  if (input.groupId !== null) {
    const group = await Group.findByPk(input.groupId, { attributes: ['id', 'organisationId'] });
    if (!group || group.organisationId !== organisationId) {
      throw invalid('groupId', 'group_not_owned', 'The pro bono group must be the company’s own.');
    }
  }

  const values = {
    sectors,
    organisationIds: input.organisationIds,
    categories: input.categories,
    regionCodes: regions,
    justification: input.justification,
    groupId: input.groupId,
    updatedById: currentUserId(ctx),
  };
  return ctx.db.write(async (t) => {
    const existing = await ProBonoProgramme.findOne({
      where: { organisationId },
      lock: t.LOCK.UPDATE,
      transaction: t,
    });
    let programme: ProBonoProgramme;
    if (existing) {
      // `changed` forces the timestamp forward even when nothing else changed.
      existing.set(values);
      existing.changed('updatedAt', true);
      programme = await existing.save({ transaction: t });
    } else {
      programme = await ProBonoProgramme.create({ organisationId, ...values }, { transaction: t });
    }
    // Read back: the stored time is what GET answers (MySQL keeps no milliseconds).
    await programme.reload({ transaction: t });
    return present(organisation, programme, t);
  });
}
