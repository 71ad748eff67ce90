import { endpoints as e } from '../endpoints.ts';

/** Organisations, their members, member organisations and API keys. */
export const organisations = {
  list: e.listOrganisations,
  /** Register an organisation; you become its admin. */
  create: e.createOrganisation,
  get: e.getOrganisation,
  update: e.updateOrganisation,
  /** Everything stored about the organisation, as one JSON document (admins). */
  export: e.exportOrganisation,
  /** Email yourself the code that confirms closing the organisation (admins). */
  requestClosureCode: e.requestClosureCode,
  /** Close the organisation with the emailed code (admins). Cannot be undone. */
  close: e.closeOrganisation,
  /** The organisation's security events, newest first (admins). A list. */
  audit: e.listOrganisationAudit,
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
  /** Umbrellas' invitations to this organisation, for its admins to accept or decline. */
  umbrellaInvitations: {
    list: e.listUmbrellaInvitations,
    accept: e.acceptUmbrellaInvitation,
    decline: e.declineUmbrellaInvitation,
  },
  apiKeys: {
    list: e.listApiKeys,
    /** The answer carries the key itself, shown this once. */
    create: e.createApiKey,
    /** Change the name, allowed origins or joining rule; the secret stays. */
    update: e.updateApiKey,
    /** A new secret with the same settings; the old one stops at once. Shown this once. */
    rotate: e.rotateApiKey,
    revoke: e.revokeApiKey,
  },
  /** The organisation whose publishable key the client carries, and what the key shows. */
  forKey: e.getPublishableKey,
  /** A company's pro bono programme: public to read, its admins set it. */
  proBono: {
    get: e.getProBono,
    set: e.setProBono,
  },
  /** People asking to join: through the organisation's site or in the app (admins decide). */
  joinRequests: {
    /** Ask to join, as the signed-in user. */
    create: e.requestToJoin,
    list: e.listJoinRequests,
    approve: e.approveJoinRequest,
    decline: e.declineJoinRequest,
  },
};
