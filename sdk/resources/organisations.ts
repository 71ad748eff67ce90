import { endpoints as e } from '../endpoints.ts';

/** Organisations, their members, member organisations and API keys. */
export const organisations = {
  list: e.listOrganisations,
  /** Register an organisation; you become its admin. */
  create: e.createOrganisation,
  get: e.getOrganisation,
  update: e.updateOrganisation,
  members: {
    list: e.listMembers,
    /** Add a member by email (admins). */
    add: e.addMember,
    /** Change a member's role (admins). */
    update: e.updateMember,
    remove: e.removeMember,
  },
  /** An umbrella organisation's member organisations. */
  memberOrganisations: {
    list: e.listMemberOrganisations,
    add: e.addMemberOrganisation,
    remove: e.removeMemberOrganisation,
  },
  apiKeys: {
    list: e.listApiKeys,
    /** The answer carries the key itself, shown this once. */
    create: e.createApiKey,
    revoke: e.revokeApiKey,
  },
};
