import { pino } from 'pino';
import { createApp } from './app.ts';
import { systemClock } from './clock.ts';
import { ConfigError, loadConfig, refusalOf } from './config.ts';
import type { Deps } from './context.ts';
import { openDatabase } from './db/index.ts';
import { createScheduler, jobs } from './jobs/index.ts';
import { createMailer } from './mail/mailer.ts';

const USAGE = `usage: node dist/server/main.js <command>   (from source: node --import tsx server/main.ts)
  start    the demo: migrate, load demo data, development mailbox on, and serve
  serve    serve the API (no migrations, no demo data; production with NODE_ENV=production)
  migrate  run pending migrations
  seed     load demo data (into an empty database)
  import-directory <file.csv>
           add or update organisations and their directory listings from CSV (idempotent)`;

async function main(command: string | undefined) {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // One message that names every variable at fault; a stack trace would only hide it.
    console.error(`Not starting. ${error.message}`);
    process.exitCode = 78; // EX_CONFIG
    return;
  }
  // The demo shows its emails on a page; nothing else turns the mailbox on unasked.
  if (command === 'start') config.devMailbox = true;
  const logger = pino({ level: config.logLevel });
  const refusal = command === 'start' || command === 'serve' ? refusalOf(config) : null;
  if (refusal) {
    logger.fatal(refusal);
    console.error(`Not starting: ${refusal}`);
    process.exitCode = 78; // EX_CONFIG
    return;
  }
  const db = openDatabase(config.databaseUrl, { statementTimeoutMs: config.statementTimeoutMs });
  const mailer = createMailer(config, logger);
  const deps: Deps = { config, db, mailer, logger, clock: systemClock };

  switch (command) {
    case 'migrate':
      await db.migrate();
      logger.info('migrations are up to date');
      return db.close();
    case 'seed': {
      await db.migrate();
      const { seedDemo } = await import('./seed/demo.ts');
      await seedDemo(deps);
      await mailer.flush();
      return db.close();
    }
    case 'start': {
      await db.migrate();
      const { seedDemo } = await import('./seed/demo.ts');
      await seedDemo(deps);
      return serve(deps);
    }
    case 'serve':
      return serve(deps);
    case 'import-directory': {
      const file = process.argv[3];
      if (!file) {
        console.error(USAGE);
        process.exitCode = 2;
        return db.close();
      }
      const fs = await import('node:fs');
      const { importOrganisations } = await import('./services/directory-open-data.ts');
      const report = await importOrganisations(
        {
          ...deps,
          actor: { kind: 'anonymous' },
          publishableKey: null,
          ip: 'cli',
          cache: new Map(),
        },
        fs.readFileSync(file, 'utf8'),
      );
      console.log(JSON.stringify(report, null, 2));
      if (report.errors.length > 0) process.exitCode = 1;
      return db.close();
    }
    default:
      console.error(USAGE);
      process.exitCode = 2;
      return db.close();
  }
}

async function serve(deps: Deps) {
  const { config, logger, db, mailer } = deps;
  const app = createApp(deps);
  const server = app.listen(config.port, () => {
    const url = config.publicUrl;
    const lines = [
      `Tehostamo is running at ${url}`,
      `  API:        ${url}/api/v1  (OpenAPI: ${url}/api/v1/openapi.json)`,
      config.devMailbox
        ? `  Sign in:    ask for a code with any demo email, then read it at ${url}/dev/mailbox`
        : `  Mail:       sent through SMTP`,
      `  Database:   ${config.databaseUrl.replace(/\/\/[^@]*@/, '//***@')}`,
    ];
    console.log(lines.join('\n'));
  });
  mailer.start();
  // Digests, nudges and expiry: every process may run them; the database decides who does each item.
  const scheduler = createScheduler(deps, jobs);
  if (config.schedulerTickMs > 0) scheduler.start(config.schedulerTickMs);
  // Unconfirmed visitors' requests past their time are swept on every new request, and by the
  // retention job (server/jobs/retention.ts) every ten minutes on a quiet site.

  // Slow uploads and idle sockets are cut instead of holding a connection for minutes.
  server.headersTimeout = config.headersTimeoutMs;
  server.requestTimeout = config.requestTimeoutMs;

  let closing = false;
  // Once closing, every answer tells its keep-alive client to go, and idle sockets are closed,
  // so that server.close() finishes while every request already received is answered.
  server.prependListener('request', (_req, res) => {
    if (closing) res.setHeader('Connection', 'close');
  });
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal, graceMs: config.shutdownGraceMs }, 'shutting down');
    // For a short while the server still listens, and every answer carries Connection: close,
    // so that busy keep-alive clients leave after their next answer instead of having a socket
    // closed under a request they are sending. Then it stops listening and closes what is idle.
    const drainMs = Math.min(1000, config.shutdownGraceMs / 4);
    let idle: NodeJS.Timeout | undefined;
    const stopListening = () =>
      server.close(async () => {
        clearInterval(idle);
        try {
          await scheduler.stop();
          await mailer.stop();
          await db.close();
        } catch (err) {
          logger.error({ err }, 'error while shutting down');
        }
        logger.info('stopped');
        process.exit(0);
      });
    setTimeout(() => {
      idle = setInterval(() => server.closeIdleConnections(), 100);
      stopListening();
    }, drainMs);
    setTimeout(() => {
      logger.warn('grace period over: closing the remaining connections');
      server.closeAllConnections();
      process.exit(1);
    }, config.shutdownGraceMs).unref();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main(process.argv[2]).catch((err) => {
  console.error(err);
  process.exit(1);
});
