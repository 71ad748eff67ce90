import express from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Deps } from './context.ts';
import { contextMiddleware } from './http/auth.ts';
import { compression } from './http/compression.ts';
import { cors } from './http/cors.ts';
import { errorHandler, notFoundHandler } from './http/errors.ts';
import { noStoreForCredentials } from './http/no-store.ts';
import { clearSharedCacheOnWrites } from './http/shared-cache.ts';
import { createMetrics, operationsRoutes, requestId } from './http/observability.ts';
import { appRoutes } from './routes/app.ts';
import { devMailboxRoutes } from './routes/dev-mailbox.ts';
import { apiRoutes } from './routes/index.ts';
import { calendarRoutes } from './routes/calendar.ts';
import { unsubscribeRoutes } from './routes/unsubscribe.ts';
import { widgetRoutes } from './routes/widgets.ts';

/** Builds the HTTP application. It does not listen: `main.ts` and the tests do. */
export function createApp(deps: Deps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.trustProxy);
  const metrics = createMetrics(deps);
  app.use(requestId());
  app.use(metrics.middleware);
  app.use(
    pinoHttp({
      logger: deps.logger,
      // The id set by requestId(): every line logged through req.log carries it as reqId.
      genReqId: (req) => (req as unknown as { id: string }).id,
      autoLogging: { ignore: (req) => ['/healthz', '/readyz', '/metrics'].includes(req.url ?? '') },
      // Log what a request was, never its credentials or personal data.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url.replace(/([?&](code|token)=)[^&]*/g, '$1***'),
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  // The API and the widget bundle are meant to be used from other sites.
  app.use(helmet({ crossOriginResourcePolicy: { policy: 'cross-origin' } }));
  app.use(compression());

  app.use(operationsRoutes(deps, metrics));

  const api = express.Router();
  api.use(cors());
  api.use(noStoreForCredentials());
  api.use(
    express.json({
      limit: deps.config.bodyLimit,
      strict: true,
      type: ['application/json', 'application/*+json'],
    }),
  );
  api.use(clearSharedCacheOnWrites(deps.db));
  api.use(contextMiddleware(deps));
  api.use(apiRoutes(deps));
  api.use(notFoundHandler);
  app.use('/api/v1', api);

  if (deps.config.devMailbox) app.use('/dev/mailbox', devMailboxRoutes(deps));

  app.use(unsubscribeRoutes(deps));
  app.use(calendarRoutes(deps));
  app.use(widgetRoutes(deps));
  app.use(appRoutes(deps));
  app.use(notFoundHandler);
  app.use(errorHandler(deps.logger));
  return app;
}
