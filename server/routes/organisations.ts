import { Router } from 'express';
import { endpoints } from '../../sdk/endpoints.ts';
import { mount } from '../http/route.ts';
import * as apiKeys from '../services/api-keys.ts';
import * as orgs from '../services/organisations.ts';

export function organisationRoutes(): Router {
  const router = Router();
  const e = endpoints;
  mount(router, e.listOrganisations, ({ query }, ctx) => orgs.listOrganisations(ctx, query));
  mount(router, e.createOrganisation, ({ body }, ctx) => orgs.createOrganisation(ctx, body));
  mount(router, e.getOrganisation, ({ params }, ctx) => orgs.getOrganisation(ctx, params.id));
  mount(router, e.updateOrganisation, ({ params, body }, ctx) =>
    orgs.updateOrganisation(ctx, params.id, body),
  );

  mount(router, e.listMembers, ({ params, query }, ctx) => orgs.listMembers(ctx, params.id, query));
  mount(router, e.addMember, ({ params, body }, ctx) => orgs.addMember(ctx, params.id, body));
  mount(router, e.updateMember, ({ params, body }, ctx) =>
    orgs.updateMember(ctx, params.id, params.userId, body),
  );
  mount(router, e.removeMember, ({ params }, ctx) =>
    orgs.removeMember(ctx, params.id, params.userId),
  );

  mount(router, e.listMemberOrganisations, ({ params, query }, ctx) =>
    orgs.listMemberOrganisations(ctx, params.id, query),
  );
  mount(router, e.addMemberOrganisation, ({ params, body }, ctx) =>
    orgs.addMemberOrganisation(ctx, params.id, body),
  );
  mount(router, e.removeMemberOrganisation, ({ params }, ctx) =>
    orgs.removeMemberOrganisation(ctx, params.id, params.memberId),
  );
  mount(router, e.listUmbrellaInvitations, ({ params }, ctx) =>
    orgs.listUmbrellaInvitations(ctx, params.id),
  );
  mount(router, e.acceptUmbrellaInvitation, ({ params }, ctx) =>
    orgs.acceptUmbrellaInvitation(ctx, params.id, params.umbrellaId),
  );
  mount(router, e.declineUmbrellaInvitation, ({ params }, ctx) =>
    orgs.declineUmbrellaInvitation(ctx, params.id, params.umbrellaId),
  );

  mount(router, e.listApiKeys, ({ params }, ctx) => apiKeys.listApiKeys(ctx, params.id));
  mount(router, e.createApiKey, ({ params, body }, ctx) =>
    apiKeys.createApiKey(ctx, params.id, body),
  );
  mount(router, e.revokeApiKey, ({ params }, ctx) =>
    apiKeys.revokeApiKey(ctx, params.id, params.keyId),
  );
  return router;
}
