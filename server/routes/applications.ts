import { Router } from 'express';
import { endpoints } from '../../sdk/endpoints.ts';
import { mount } from '../http/route.ts';
import * as applications from '../services/applications.ts';
import * as assignments from '../services/assignments.ts';
import * as feedback from '../services/feedback.ts';
import * as messages from '../services/messages.ts';
import * as participants from '../services/participants.ts';

/** Applications, assignments, feedback and chat: everything that happens on a task after it opens. */
export function applicationRoutes(): Router {
  const router = Router();
  mount(router, endpoints.closeApplications, ({ params }, ctx) =>
    applications.closeApplications(ctx, params.id),
  );
  mount(router, endpoints.listApplications, ({ params }, ctx) =>
    applications.listApplications(ctx, params.id),
  );
  mount(router, endpoints.createApplication, ({ params, body }, ctx) =>
    applications.createApplication(ctx, params.id, body),
  );
  mount(router, endpoints.withdrawApplication, ({ params }, ctx) =>
    applications.withdrawApplication(ctx, params.id, params.appId),
  );
  mount(router, endpoints.selectApplication, ({ params }, ctx) =>
    applications.selectApplication(ctx, params.id, params.appId),
  );
  mount(router, endpoints.declineApplication, ({ params }, ctx) =>
    applications.declineApplication(ctx, params.id, params.appId),
  );
  mount(router, endpoints.markDone, ({ params }, ctx) =>
    assignments.markDone(ctx, params.id, params.appId),
  );
  mount(router, endpoints.approveAssignment, ({ params, body }, ctx) =>
    assignments.approveAssignment(ctx, params.id, params.appId, body),
  );
  mount(router, endpoints.listFeedback, ({ params }, ctx) => feedback.listFeedback(ctx, params.id));
  mount(router, endpoints.createFeedback, ({ params, body }, ctx) =>
    feedback.createFeedback(ctx, params.id, body),
  );
  mount(router, endpoints.listMessages, ({ params, query }, ctx) =>
    messages.listMessages(ctx, params.id, query),
  );
  mount(router, endpoints.createMessage, ({ params, body }, ctx) =>
    messages.createMessage(ctx, params.id, body),
  );
  mount(router, endpoints.getReadState, ({ params }, ctx) => messages.getReadState(ctx, params.id));
  mount(router, endpoints.markRead, ({ params, body }, ctx) =>
    messages.markRead(ctx, params.id, body),
  );
  mount(router, endpoints.getParticipants, ({ params }, ctx) =>
    participants.getParticipants(ctx, params.id),
  );
  return router;
}
