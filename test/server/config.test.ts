import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../server/config.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('configuration from the environment', () => {
  it('unset and empty variables take their defaults', () => {
    const config = loadConfig({ PORT: '', LOG_LEVEL: '' });
    assert.equal(config.port, 3000);
    assert.equal(config.publicUrl, 'http://localhost:3000');
    assert.equal(config.databaseUrl, `sqlite:${path.join('data', 'tehostamo.db')}`);
    assert.equal(config.smtpUrl, null);
    assert.equal(config.logLevel, 'info');
    assert.equal(config.trustProxy, false);
    assert.equal(config.hourlyValue, null);
    assert.deepEqual(config.nudges.approvalOverdueDays, [7, 14]);
  });

  it('reads what is set, as an operator writes it', () => {
    const config = loadConfig({
      PORT: '8080',
      PUBLIC_URL: 'https://apu.example.fi/',
      DATABASE_URL: 'mariadb://app@db:3306/tehostamo',
      SMTP_URL: 'smtps://user:pass@smtp.example.fi:465',
      HOURLY_VALUE: '35,50',
      HOURLY_VALUE_CURRENCY: 'sek',
      NUDGE_APPROVAL_OVERDUE_DAYS: '3, 0, 10',
      TRUST_PROXY: '1',
      DEV_MAILBOX: 'false',
      CODE_TTL_MINUTES: '60',
      IDEMPOTENCY_RETENTION_HOURS: '1',
    });
    assert.equal(config.port, 8080);
    assert.equal(config.publicUrl, 'https://apu.example.fi');
    assert.equal(config.databaseUrl, 'mariadb://app@db:3306/tehostamo');
    assert.equal(config.smtpUrl, 'smtps://user:pass@smtp.example.fi:465');
    assert.deepEqual(config.hourlyValue, { amount: 35.5, currency: 'SEK' });
    assert.deepEqual(config.nudges.approvalOverdueDays, [3, 10]);
    assert.equal(config.trustProxy, true);
    assert.equal(config.devMailbox, false);
    // Limits that protect users hold whatever is asked.
    assert.equal(config.codeTtlMinutes, 10);
    assert.equal(config.idempotencyRetentionHours, 24);
  });

  it('several bad variables are one error that names every one of them', () => {
    const env = {
      PORT: 'kolmetuhatta',
      DATABASE_URL: 'postgres://db/tehostamo',
      SMTP_URL: 'smtp.example.fi',
      LOG_LEVEL: 'loud',
      TRUST_PROXY: 'yes',
      HOURLY_VALUE: '-5',
      NUDGE_APPROVAL_OVERDUE_DAYS: '7,x',
      TOKEN_TTL_DAYS: '30', // good: not named
    };
    assert.throws(
      () => loadConfig(env),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        const named = error.problems.map((p) => p.split(':')[0]);
        assert.deepEqual(named.sort(), [
          'DATABASE_URL',
          'HOURLY_VALUE',
          'LOG_LEVEL',
          'NUDGE_APPROVAL_OVERDUE_DAYS',
          'PORT',
          'SMTP_URL',
          'TRUST_PROXY',
        ]);
        assert.match(error.message, /7 bad variables/);
        assert.match(error.message, /PORT: expected a whole number.*got "kolmetuhatta"/);
        return true;
      },
    );
  });

  it('the server does not start on a bad configuration: one message naming each variable, no stack trace, exit code 78', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts', 'serve'], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        PORT: 'x',
        LOG_LEVEL: 'loud',
        SMTP_URL: 'nope',
        DATA_DIR: path.join(root, 'data', 'never-created'),
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(run.status, 78, run.stderr);
    assert.equal(run.stdout, '');
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines[0], 'Not starting. The configuration has 3 bad variables:');
    for (const name of ['PORT', 'LOG_LEVEL', 'SMTP_URL']) {
      assert.equal(lines.filter((l) => l.trim().startsWith(`${name}:`)).length, 1, name);
    }
    assert.equal(lines.length, 4, run.stderr);
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  });
});
