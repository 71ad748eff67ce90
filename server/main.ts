import { pino } from 'pino';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import type { Deps } from './context.ts';
import { openDatabase } from './db/index.ts';
import { createMailer } from './mail/mailer.ts';
import { sweepExpiredVisitorRequests } from './services/visitors.ts';

const USAGE = `usage: tsx server/main.ts <command>
  start    migrate, load demo data into an empty database, and serve
  serve    serve the API (no migrations)
  migrate  run pending migrations
  seed     load demo data (into an empty database)`;

async function main(command: string | undefined) {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  const db = openDatabase(config.databaseUrl);
  const mailer = createMailer(config, logger);
  const deps: Deps = { config, db, mailer, logger };

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
  // Unconfirmed visitors' requests past their time are also swept on every new request; this
  // catches a quiet site. Safe on several servers at once: the sweep is idempotent.
  const sweeper = setInterval(() => {
    sweepExpiredVisitorRequests().catch((err) =>
      logger.error({ err }, 'visitor request sweep failed'),
    );
  }, 10 * 60_000);
  sweeper.unref();

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    // Stop taking connections, let requests in flight finish, then close the pool.
    server.close(async () => {
      clearInterval(sweeper);
      await mailer.stop();
      await db.close();
      process.exit(0);
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main(process.argv[2]).catch((err) => {
  console.error(err);
  process.exit(1);
});
