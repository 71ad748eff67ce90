/**
 * Mail benchmark: how fast the outbox empties into a local SMTP server, and how long a sign-in
 * code takes to arrive while a long queue of other mail waits.
 *
 *   npm run bench:mail                                           # SQLite (a temporary file)
 *   BENCH_DATABASE_URL=mysql://root@127.0.0.1:3306/ npm run bench:mail   # MariaDB/MySQL too
 *   BENCH_MAILS=20000 BENCH_CODES=50 MAIL_CONCURRENCY=16 npm run bench:mail
 *
 * The SMTP server is the test suite's sink (test/helpers/smtp-sink.ts) in a worker thread, so it
 * does not share the sender's event loop.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { pino } from 'pino';
import { Sequelize } from 'sequelize';
import { loadConfig, type Config } from '../server/config.ts';
import { openDatabase, type Database } from '../server/db/index.ts';
import { OutboxMessage } from '../server/db/models/index.ts';
import { createMailer } from '../server/mail/mailer.ts';
import { enqueueMail } from '../server/mail/outbox.ts';

const MAILS = Number(process.env.BENCH_MAILS ?? 10_000);
const CODES = Number(process.env.BENCH_CODES ?? 40);
/** A new code every this many ms while the queue drains. */
const CODE_EVERY_MS = Number(process.env.BENCH_CODE_EVERY_MS ?? 100);

const SINK_WORKER = `
  const { parentPort } = require('node:worker_threads');
  require('tsx/cjs');
  const { startSmtpSink } = require(${JSON.stringify(path.resolve('test/helpers/smtp-sink.ts'))});
  startSmtpSink().then((sink) => {
    sink.behaviour = ({ kind }) => 'accept';
    const origPush = sink.messages.push.bind(sink.messages);
    sink.messages.push = (m) => {
      parentPort.postMessage({ kind: m.kind, subject: m.subject, at: m.at });
      return origPush(m);
    };
    parentPort.postMessage({ ready: sink.url });
  });
`;

interface Delivered {
  kind: string | null;
  subject: string | null;
  at: number;
}

async function startSink(): Promise<{ url: string; delivered: Delivered[]; stop: () => void }> {
  const worker = new Worker(SINK_WORKER, { eval: true });
  const delivered: Delivered[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    worker.on('error', reject);
    worker.on('message', (m: Delivered & { ready?: string }) => {
      if (m.ready) resolve(m.ready);
      else delivered.push(m);
    });
  });
  return { url, delivered, stop: () => void worker.terminate() };
}

async function freshDatabase(kind: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tehostamo-bench-mail-'));
    return {
      url: `sqlite:${path.join(dir, 'bench.db')}`,
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `tehostamo_bench_mail_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new Sequelize(kind, { dialect: 'mysql', logging: false });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.close();
  const url = new URL(kind);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const again = new Sequelize(kind, { dialect: 'mysql', logging: false });
      await again.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await again.close();
    },
  };
}

async function queueMail(db: Database, config: Config, n: number) {
  const batch = 500;
  for (let start = 0; start < n; start += batch) {
    await db.write(async (t) => {
      for (let i = start; i < Math.min(n, start + batch); i++) {
        await enqueueMail({ config }, t, {
          to: `helper-${i}@example.fi`,
          lang: 'fi',
          template: 'new_message',
          data: {
            taskId: 1 + (i % 500),
            taskTitle: 'Tilinpäätöksen valmistelu',
            authorName: 'Tuula Toiminnanjohtaja',
            body: 'Sopisiko verkkotapaaminen torstaina klo 14? Lähetän kutsun.',
          },
        });
      }
    });
  }
}

async function queueCode(db: Database, config: Config, code: string) {
  await db.write((t) =>
    enqueueMail({ config }, t, {
      to: `signin-${code}@example.fi`,
      lang: 'fi',
      template: 'sign_in_code',
      data: { code, minutes: 10 },
    }),
  );
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function run(kind: string) {
  const label = kind === 'sqlite' ? 'SQLite' : 'MariaDB/MySQL';
  const { url, drop } = await freshDatabase(kind);
  const sink = await startSink();
  const db = openDatabase(url);
  await db.migrate();
  const config: Config = {
    ...loadConfig(process.env),
    databaseUrl: url,
    smtpUrl: sink.url,
    publicUrl: 'https://tehostamo.example',
  };
  const logger = pino({ level: 'warn' });
  try {
    // 1. Throughput: a full queue, emptied.
    await queueMail(db, config, MAILS);
    let mailer = createMailer(config, logger);
    let started = performance.now();
    const sent = await mailer.flush();
    const seconds = (performance.now() - started) / 1000;
    await mailer.stop();
    console.log(
      `${label}: ${sent} mails in ${seconds.toFixed(1)} s = ${Math.round(sent / seconds)} mails/s ` +
        `(${config.mailConcurrency} in flight)`,
    );

    // 2. Sign-in codes asked for while MAILS other messages wait.
    await OutboxMessage.destroy({ where: {} });
    sink.delivered.length = 0;
    await queueMail(db, config, MAILS);
    mailer = createMailer(config, logger);
    mailer.start(1000);
    const draining = mailer.flush();
    const asked = new Map<string, number>();
    started = performance.now();
    for (let i = 0; i < CODES; i++) {
      const code = String(100_000 + i);
      asked.set(code, Date.now());
      await queueCode(db, config, code);
      void mailer.flush(); // what POST /auth/code does after its commit
      await new Promise((r) => setTimeout(r, CODE_EVERY_MS));
    }
    while (sink.delivered.filter((d) => d.kind === 'sign_in_code').length < CODES) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const waits = sink.delivered
      .filter((d) => d.kind === 'sign_in_code')
      .map((d) => d.at - asked.get(/(\d{6})/.exec(d.subject ?? '')![1]!)!)
      .sort((a, b) => a - b);
    const otherDelivered = sink.delivered.filter((d) => d.kind !== 'sign_in_code').length;
    console.log(
      `${label}: ${CODES} sign-in codes, one every ${CODE_EVERY_MS} ms, behind ${MAILS} queued mails: ` +
        `p50 ${pct(waits, 50)} ms, p95 ${pct(waits, 95)} ms, max ${waits.at(-1)} ms ` +
        `(${otherDelivered} other mails went out meanwhile)`,
    );
    await draining;
    await mailer.stop();
  } finally {
    sink.stop();
    await db.close();
    await drop();
  }
}

const targets = [
  'sqlite',
  ...(process.env.BENCH_DATABASE_URL ? [process.env.BENCH_DATABASE_URL] : []),
];
for (const target of targets) await run(target);
