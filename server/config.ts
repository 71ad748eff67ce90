import path from 'node:path';
import { z } from 'zod';

export interface Config {
  port: number;
  /** `sqlite:path/to/file.db` or `mysql://user:pass@host:port/db`. */
  databaseUrl: string;
  /** Public address of this server, used in emailed links. */
  publicUrl: string;
  /** Where .eml files go when no SMTP server is configured. */
  mailDir: string;
  smtpUrl: string | null;
  mailFrom: string;
  /** Messages the mailer has in flight at once (and SMTP connections it keeps open). */
  mailConcurrency: number;
  /** SMTP timeouts: to connect, for the server's greeting, and for a silent socket. */
  smtpConnectionTimeoutMs: number;
  smtpGreetingTimeoutMs: number;
  smtpSocketTimeoutMs: number;
  /** How long ordinary mail is worth sending; retried with backoff until then, then `failed`. */
  mailMaxAgeHours: number;
  /**
   * The development mailbox page at /dev/mailbox, which shows every email (sign-in codes too):
   * only when asked for (`DEV_MAILBOX=1`, or `npm start` for the demo), never in production.
   */
  devMailbox: boolean;
  /** `NODE_ENV=production`: mail must go through SMTP, and the mailbox is refused. */
  production: boolean;
  /** Cut a request whose headers, or whole body, have not arrived within these (slow uploads). */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** Longest a database query may run before the request answers 503 (0: no limit). */
  statementTimeoutMs: number;
  /** On SIGTERM: time to finish the requests already received before exiting anyway. */
  shutdownGraceMs: number;
  /** Bearer token that /metrics requires; unset: /metrics answers only from loopback. */
  metricsToken: string | null;
  tokenTtlDays: number;
  codeTtlMinutes: number;
  codeMaxAttempts: number;
  /** Codes one email address may request in an hour, and one IP address. */
  codesPerEmailPerHour: number;
  codesPerIpPerHour: number;
  groupMemberCap: number;
  /** Hours a visitor has to confirm a help request sent through a publishable key. */
  visitorRequestTtlHours: number;
  /** Visitors' help requests per hour from one IP address, and through one publishable key. */
  visitorRequestsPerIpPerHour: number;
  visitorRequestsPerKeyPerHour: number;
  /** Unconfirmed help requests one email address may have waiting at once. */
  visitorRequestsPerEmailPerHour: number;
  visitorPendingPerEmail: number;
  /**
   * Reminders that keep tasks moving, in days (0 turns one off): applicants not reviewed; applications
   * still open after the schedule; a selected helper not marked done after the schedule; done but
   * not approved (each number one reminder); no applicant since publishing. Tasks whose schedule
   * passed `expireAfterDays` ago with nobody selected are closed as expired.
   */
  nudges: {
    applicantsWaitingDays: number;
    applicationsOverdueDays: number;
    doneOverdueDays: number;
    approvalOverdueDays: number[];
    noApplicantsDays: number;
    expireAfterDays: number;
  };
  /** Invitations to apply that one task may send. */
  invitationsPerTask: number;
  /** How often each server process looks for due scheduled work (0: this process runs none). */
  schedulerTickMs: number;
  /** How long audit events are kept. */
  auditRetentionDays: number;
  /** Accounts unused this long are warned by email, and erased `inactivityGraceDays` later. */
  inactiveAccountDays: number;
  inactivityGraceDays: number;
  /** How long sent (and failed) emails stay in the outbox. */
  outboxRetentionDays: number;
  /** How long idempotency records are kept (the promise to clients is at least 24 hours). */
  idempotencyRetentionHours: number;
  /**
   * What an hour of help is worth, to show the value of the hours given (`HOURLY_VALUE`, e.g.
   * `35` or `35.50`, and `HOURLY_VALUE_CURRENCY`, default `EUR`); null when not set.
   */
  hourlyValue: { amount: number; currency: string } | null;
  logLevel: string;
  /** Body size limit for JSON requests. */
  bodyLimit: string;
  trustProxy: boolean;
}

/** A variable that is unset and one set to the empty string mean the same: the default. */
const unset = (value: unknown) => (value === '' ? undefined : value);

/** A whole number ≥ 0, or `fallback` when unset. */
function whole(fallback: number) {
  return z.preprocess(
    unset,
    z
      .string()
      .regex(/^\d+$/, 'expected a whole number (0 or more)')
      .transform(Number)
      .optional()
      .transform((n) => n ?? fallback),
  );
}

/** Whole numbers ≥ 1 separated by commas (0 leaves one out), or `fallback` when unset. */
function wholeList(fallback: string) {
  return z.preprocess(
    unset,
    z
      .string()
      .regex(/^\s*\d+\s*(,\s*\d+\s*)*,?\s*$/, 'expected whole numbers separated by commas')
      .optional()
      .transform((v) =>
        (v ?? fallback)
          .split(',')
          .filter((d) => d.trim() !== '')
          .map((d) => Number(d.trim()))
          .filter((d) => d > 0),
      ),
  );
}

/** `1`/`true` or `0`/`false`; unset: off. */
const flag = z.preprocess(
  unset,
  z
    .enum(['1', 'true', '0', 'false'], { error: 'expected 1, true, 0 or false' })
    .optional()
    .transform((v) => v === '1' || v === 'true'),
);

const text = z.preprocess(unset, z.string().optional());

function url(protocols: string[], example: string) {
  return z.preprocess(
    unset,
    z
      .string()
      .refine((v) => {
        try {
          return protocols.includes(new URL(v).protocol);
        } catch {
          return false;
        }
      }, `expected a URL such as ${example}`)
      .optional(),
  );
}

/**
 * The environment the server reads, every variable in one place: unset (or empty) means the
 * default; anything else is checked, and every variable at fault is named at once.
 */
const Environment = z.object({
  PORT: whole(3000),
  DATA_DIR: text,
  DATABASE_URL: z.preprocess(
    unset,
    z
      .string()
      .regex(/^(sqlite:|mysql:|mariadb:)/, 'expected sqlite:<file> or mysql://user:pass@host/db')
      .optional(),
  ),
  PUBLIC_URL: url(['http:', 'https:'], 'https://tehostamo.example.org'),
  MAIL_DIR: text,
  SMTP_URL: url(['smtp:', 'smtps:'], 'smtp://user:pass@smtp.example.org:587'),
  MAIL_FROM: text,
  MAIL_CONCURRENCY: whole(20),
  SMTP_CONNECTION_TIMEOUT_MS: whole(5_000),
  SMTP_GREETING_TIMEOUT_MS: whole(5_000),
  SMTP_SOCKET_TIMEOUT_MS: whole(15_000),
  MAIL_MAX_AGE_HOURS: whole(72),
  DEV_MAILBOX: flag,
  NODE_ENV: text,
  HEADERS_TIMEOUT_MS: whole(20_000),
  REQUEST_TIMEOUT_MS: whole(30_000),
  STATEMENT_TIMEOUT_MS: whole(10_000),
  SHUTDOWN_GRACE_MS: whole(20_000),
  METRICS_TOKEN: text,
  TOKEN_TTL_DAYS: whole(30),
  CODE_TTL_MINUTES: whole(10),
  CODES_PER_EMAIL_PER_HOUR: whole(5),
  CODES_PER_IP_PER_HOUR: whole(30),
  GROUP_MEMBER_CAP: whole(30),
  VISITOR_REQUEST_TTL_HOURS: whole(48),
  VISITOR_REQUESTS_PER_IP_PER_HOUR: whole(10),
  VISITOR_REQUESTS_PER_KEY_PER_HOUR: whole(200),
  VISITOR_REQUESTS_PER_EMAIL_PER_HOUR: whole(10),
  VISITOR_PENDING_PER_EMAIL: whole(3),
  NUDGE_APPLICANTS_WAITING_DAYS: whole(3),
  NUDGE_APPLICATIONS_OVERDUE_DAYS: whole(1),
  NUDGE_DONE_OVERDUE_DAYS: whole(7),
  NUDGE_APPROVAL_OVERDUE_DAYS: wholeList('7,14'),
  NUDGE_NO_APPLICANTS_DAYS: whole(7),
  EXPIRE_AFTER_DAYS: whole(30),
  INVITATIONS_PER_TASK: whole(5),
  SCHEDULER_TICK_SECONDS: whole(60),
  AUDIT_RETENTION_DAYS: whole(365),
  INACTIVE_ACCOUNT_DAYS: whole(3 * 365),
  INACTIVITY_GRACE_DAYS: whole(30),
  OUTBOX_RETENTION_DAYS: whole(30),
  IDEMPOTENCY_RETENTION_HOURS: whole(48),
  HOURLY_VALUE: z.preprocess(
    unset,
    z
      .string()
      .regex(/^\d+([.,]\d+)?$/, 'expected an amount such as 35 or 35,50')
      .transform((v) => Number(v.replace(',', '.')))
      .optional(),
  ),
  HOURLY_VALUE_CURRENCY: z.preprocess(
    unset,
    z
      .string()
      .regex(/^[A-Za-z]{3}$/, 'expected a three-letter currency code such as EUR')
      .optional(),
  ),
  LOG_LEVEL: z.preprocess(
    unset,
    z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'expected fatal, error, warn, info, debug, trace or silent',
      })
      .optional(),
  ),
  BODY_LIMIT: z.preprocess(
    unset,
    z
      .string()
      .regex(/^\d+(\.\d+)?\s*(b|kb|mb)?$/i, 'expected a size such as 100kb or 1mb')
      .optional(),
  ),
  TRUST_PROXY: flag,
});

/** The environment has variables that are not what they should be; `problems` names each. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The configuration has ${problems.length === 1 ? 'a bad variable' : `${problems.length} bad variables`}:\n` +
        problems.map((p) => `  ${p}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

/** Why this configuration must not serve, or null when it may. */
export function refusalOf(config: Config): string | null {
  if (!config.production) return null;
  if (config.devMailbox) {
    return 'DEV_MAILBOX shows every email, sign-in codes too, to anyone: it is refused in production.';
  }
  if (!config.smtpUrl) {
    return 'Production needs a way to send mail: set SMTP_URL (e.g. smtp://user:pass@smtp.example.org:587).';
  }
  return null;
}

/**
 * Reads the configuration from the environment through one schema (`Environment`). Every
 * variable at fault is reported in one `ConfigError`, not the first one alone.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Environment.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? '');
        const value = env[name];
        return `${name}: ${issue.message}${value === undefined ? '' : `, got ${JSON.stringify(value)}`}`;
      }),
    );
  }
  const e = parsed.data;
  const dataDir = e.DATA_DIR ?? 'data';
  return {
    port: e.PORT,
    databaseUrl: e.DATABASE_URL ?? `sqlite:${path.join(dataDir, 'tehostamo.db')}`,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    mailDir: e.MAIL_DIR ?? path.join(dataDir, 'mail'),
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM ?? 'Tehostamo <no-reply@tehostamo.local>',
    mailConcurrency: Math.max(1, e.MAIL_CONCURRENCY),
    smtpConnectionTimeoutMs: e.SMTP_CONNECTION_TIMEOUT_MS,
    smtpGreetingTimeoutMs: e.SMTP_GREETING_TIMEOUT_MS,
    smtpSocketTimeoutMs: e.SMTP_SOCKET_TIMEOUT_MS,
    mailMaxAgeHours: Math.max(1, e.MAIL_MAX_AGE_HOURS),
    devMailbox: e.DEV_MAILBOX,
    production: e.NODE_ENV === 'production',
    headersTimeoutMs: Math.max(1_000, e.HEADERS_TIMEOUT_MS),
    requestTimeoutMs: Math.max(1_000, e.REQUEST_TIMEOUT_MS),
    statementTimeoutMs: e.STATEMENT_TIMEOUT_MS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    metricsToken: e.METRICS_TOKEN ?? null,
    tokenTtlDays: e.TOKEN_TTL_DAYS,
    codeTtlMinutes: Math.min(e.CODE_TTL_MINUTES, 10),
    codeMaxAttempts: 5,
    codesPerEmailPerHour: e.CODES_PER_EMAIL_PER_HOUR,
    codesPerIpPerHour: e.CODES_PER_IP_PER_HOUR,
    groupMemberCap: e.GROUP_MEMBER_CAP,
    visitorRequestTtlHours: Math.max(1, e.VISITOR_REQUEST_TTL_HOURS),
    visitorRequestsPerIpPerHour: e.VISITOR_REQUESTS_PER_IP_PER_HOUR,
    visitorRequestsPerKeyPerHour: e.VISITOR_REQUESTS_PER_KEY_PER_HOUR,
    visitorRequestsPerEmailPerHour: e.VISITOR_REQUESTS_PER_EMAIL_PER_HOUR,
    visitorPendingPerEmail: e.VISITOR_PENDING_PER_EMAIL,
    nudges: {
      applicantsWaitingDays: e.NUDGE_APPLICANTS_WAITING_DAYS,
      applicationsOverdueDays: e.NUDGE_APPLICATIONS_OVERDUE_DAYS,
      doneOverdueDays: e.NUDGE_DONE_OVERDUE_DAYS,
      approvalOverdueDays: e.NUDGE_APPROVAL_OVERDUE_DAYS,
      noApplicantsDays: e.NUDGE_NO_APPLICANTS_DAYS,
      expireAfterDays: e.EXPIRE_AFTER_DAYS,
    },
    invitationsPerTask: e.INVITATIONS_PER_TASK,
    schedulerTickMs: e.SCHEDULER_TICK_SECONDS * 1000,
    auditRetentionDays: Math.max(1, e.AUDIT_RETENTION_DAYS),
    inactiveAccountDays: Math.max(1, e.INACTIVE_ACCOUNT_DAYS),
    inactivityGraceDays: Math.max(1, e.INACTIVITY_GRACE_DAYS),
    outboxRetentionDays: Math.max(1, e.OUTBOX_RETENTION_DAYS),
    idempotencyRetentionHours: Math.max(24, e.IDEMPOTENCY_RETENTION_HOURS),
    hourlyValue:
      e.HOURLY_VALUE === undefined
        ? null
        : { amount: e.HOURLY_VALUE, currency: (e.HOURLY_VALUE_CURRENCY ?? 'EUR').toUpperCase() },
    logLevel: e.LOG_LEVEL ?? 'info',
    bodyLimit: e.BODY_LIMIT ?? '100kb',
    trustProxy: e.TRUST_PROXY,
  };
}
