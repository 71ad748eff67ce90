import path from 'node:path';

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

function int(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`expected a whole number, got "${value}"`);
  return n;
}

function hourlyValue(
  amount: string | undefined,
  currency: string | undefined,
): Config['hourlyValue'] {
  if (amount === undefined || amount === '') return null;
  const n = Number(amount.replace(',', '.'));
  if (!Number.isFinite(n) || n < 0)
    throw new Error(`HOURLY_VALUE: expected a number, got "${amount}"`);
  return { amount: n, currency: (currency || 'EUR').toUpperCase() };
}

function flag(value: string | undefined): boolean {
  return value === '1' || value === 'true';
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

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = int(env.PORT, 3000);
  const dataDir = env.DATA_DIR ?? 'data';
  const smtpUrl = env.SMTP_URL || null;
  return {
    port,
    databaseUrl: env.DATABASE_URL || `sqlite:${path.join(dataDir, 'tehostamo.db')}`,
    publicUrl: (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/$/, ''),
    mailDir: env.MAIL_DIR || path.join(dataDir, 'mail'),
    smtpUrl,
    mailFrom: env.MAIL_FROM || 'Tehostamo <no-reply@tehostamo.local>',
    mailConcurrency: Math.max(1, int(env.MAIL_CONCURRENCY, 20)),
    smtpConnectionTimeoutMs: int(env.SMTP_CONNECTION_TIMEOUT_MS, 5_000),
    smtpGreetingTimeoutMs: int(env.SMTP_GREETING_TIMEOUT_MS, 5_000),
    smtpSocketTimeoutMs: int(env.SMTP_SOCKET_TIMEOUT_MS, 15_000),
    mailMaxAgeHours: Math.max(1, int(env.MAIL_MAX_AGE_HOURS, 72)),
    devMailbox: flag(env.DEV_MAILBOX),
    production: env.NODE_ENV === 'production',
    headersTimeoutMs: Math.max(1_000, int(env.HEADERS_TIMEOUT_MS, 20_000)),
    requestTimeoutMs: Math.max(1_000, int(env.REQUEST_TIMEOUT_MS, 30_000)),
    statementTimeoutMs: int(env.STATEMENT_TIMEOUT_MS, 10_000),
    shutdownGraceMs: int(env.SHUTDOWN_GRACE_MS, 20_000),
    metricsToken: env.METRICS_TOKEN || null,
    tokenTtlDays: int(env.TOKEN_TTL_DAYS, 30),
    codeTtlMinutes: Math.min(int(env.CODE_TTL_MINUTES, 10), 10),
    codeMaxAttempts: 5,
    codesPerEmailPerHour: int(env.CODES_PER_EMAIL_PER_HOUR, 5),
    codesPerIpPerHour: int(env.CODES_PER_IP_PER_HOUR, 30),
    groupMemberCap: int(env.GROUP_MEMBER_CAP, 30),
    visitorRequestTtlHours: Math.max(1, int(env.VISITOR_REQUEST_TTL_HOURS, 48)),
    visitorRequestsPerIpPerHour: int(env.VISITOR_REQUESTS_PER_IP_PER_HOUR, 10),
    visitorRequestsPerKeyPerHour: int(env.VISITOR_REQUESTS_PER_KEY_PER_HOUR, 200),
    visitorRequestsPerEmailPerHour: int(env.VISITOR_REQUESTS_PER_EMAIL_PER_HOUR, 10),
    visitorPendingPerEmail: int(env.VISITOR_PENDING_PER_EMAIL, 3),
    nudges: {
      applicantsWaitingDays: int(env.NUDGE_APPLICANTS_WAITING_DAYS, 3),
      applicationsOverdueDays: int(env.NUDGE_APPLICATIONS_OVERDUE_DAYS, 1),
      doneOverdueDays: int(env.NUDGE_DONE_OVERDUE_DAYS, 7),
      approvalOverdueDays: (env.NUDGE_APPROVAL_OVERDUE_DAYS ?? '7,14')
        .split(',')
        .filter((d) => d.trim() !== '')
        .map((d) => int(d.trim(), 0))
        .filter((d) => d > 0),
      noApplicantsDays: int(env.NUDGE_NO_APPLICANTS_DAYS, 7),
      expireAfterDays: int(env.EXPIRE_AFTER_DAYS, 30),
    },
    invitationsPerTask: int(env.INVITATIONS_PER_TASK, 5),
    schedulerTickMs: int(env.SCHEDULER_TICK_SECONDS, 60) * 1000,
    auditRetentionDays: Math.max(1, int(env.AUDIT_RETENTION_DAYS, 365)),
    inactiveAccountDays: Math.max(1, int(env.INACTIVE_ACCOUNT_DAYS, 3 * 365)),
    inactivityGraceDays: Math.max(1, int(env.INACTIVITY_GRACE_DAYS, 30)),
    outboxRetentionDays: Math.max(1, int(env.OUTBOX_RETENTION_DAYS, 30)),
    idempotencyRetentionHours: Math.max(24, int(env.IDEMPOTENCY_RETENTION_HOURS, 48)),
    hourlyValue: hourlyValue(env.HOURLY_VALUE, env.HOURLY_VALUE_CURRENCY),
    logLevel: env.LOG_LEVEL || 'info',
    bodyLimit: env.BODY_LIMIT || '100kb',
    trustProxy: env.TRUST_PROXY === 'true',
  };
}
