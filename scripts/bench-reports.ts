/**
 * The insight report at national scale: seeds N tasks (default 1,000,000; `--tasks=N`) with a
 * realistic mix of states, regions, months and applications by bulk SQL into a fresh MariaDB
 * database, then times `needsInsight` (public, by category and region) and the umbrella's view.
 *
 *   npm run bench:reports -- --db=mysql://root@127.0.0.1:3306/ --tasks=1000000
 */
import { performance } from 'node:perf_hooks';
import { createMigrator } from '../server/db/migrator.ts';
import { openDatabase } from '../server/db/index.ts';
import { loadConfig } from '../server/config.ts';
import { needsInsight } from '../server/services/reports.ts';
import type { Ctx } from '../server/context.ts';
import { CATEGORIES } from '../sdk/schemas/categories.ts';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const N = Number(arg('tasks', '1000000'));
const base = arg('db', 'mysql://root@127.0.0.1:3306/');
const name = `tehostamo_bench_reports_${process.pid}`;

const admin = openDatabase(base);
await admin.sequelize.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4`);
await admin.sequelize.close();
const db = openDatabase(`${base.replace(/\/$/, '')}/${name}`);
try {
  await createMigrator(db.sequelize).up();
  const q = (sql: string) => db.sequelize.query(sql);
  await q(
    "INSERT INTO users (id, email, name, lang, helper_type, bio, radius_km, languages, skills, experience, cv_public, interested_categories, created_at, updated_at) SELECT seq, CONCAT('u', seq, '@example.fi'), CONCAT('U', seq), 'fi', ELT(1 + seq % 5, 'student', 'pro_bono', 'ngo_staff', 'umbrella_staff', 'independent'), '', 30, '[]', '[]', '', 0, '[]', NOW(), NOW() FROM seq_1_to_20000",
  );
  await q(
    "INSERT INTO organisations (id, name, kind, description, created_at, updated_at) SELECT seq, CONCAT('Yhdistys ', seq), ELT(1 + seq % 10, 'umbrella', 'association', 'association', 'association', 'association', 'company', 'education', 'public', 'association', 'association'), '', NOW(), NOW() FROM seq_1_to_2000",
  );
  await q(
    'INSERT INTO affiliations (umbrella_id, member_id, created_at) SELECT 1 + (seq DIV 10) * 10, seq, NOW() FROM seq_1_to_2000 WHERE seq % 10 <> 1 AND 1 + (seq DIV 10) * 10 <= 2000',
  );
  const cats = CATEGORIES.map((c) => `'${c.slug}'`).join(', ');
  const regions = ["'FI1B1'", "'FI197'", "'FI1C1'", "'FI1D2'", "'FI193'", 'NULL'].join(', ');
  const started = performance.now();
  for (let off = 0; off < N; off += 100_000) {
    const n = Math.min(100_000, N - off);
    await q(
      `INSERT INTO tasks (organisation_id, created_by_id, status, category, title, details, remote, region_code, municipality_code, estimated_hours, helpers_wanted, selected_count, published_at, created_at, updated_at)
       SELECT 1 + s % 2000, 1 + s % 20000,
              ELT(1 + s % 10, 'open', 'assigned', 'completed', 'completed', 'completed', 'completed', 'cancelled', 'completed', 'assigned', 'completed'),
              ELT(1 + s % ${CATEGORIES.length}, ${cats}), 'T', '', s % 6 = 5,
              ELT(1 + (s DIV 7) % 6, ${regions}), NULL, 1 + s % 8, 1, 0,
              TIMESTAMP('2021-01-01') + INTERVAL (s % 1826) DAY + INTERVAL (s % 86400) SECOND, NOW(), NOW()
         FROM (SELECT seq + ${off} AS s FROM seq_1_to_${n}) x`,
    );
    await q(
      `INSERT INTO applications (task_id, user_id, message, status, selected_at, approved_at, actual_hours, created_at, updated_at)
       SELECT t.id, 1 + t.id % 20000, 'm', IF(t.status IN ('assigned', 'completed'), 'selected', 'pending'),
              IF(t.status IN ('assigned', 'completed'), t.published_at + INTERVAL (t.id % 200) HOUR, NULL),
              IF(t.status = 'completed', t.published_at + INTERVAL 20 DAY, NULL),
              IF(t.status = 'completed', t.estimated_hours, NULL),
              t.published_at + INTERVAL (t.id % 90) HOUR, NOW()
         FROM tasks t WHERE t.id > ${off} AND t.id <= ${off + n} AND t.id % 7 <> 0`,
    );
  }
  console.log(`seeded ${N} tasks in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const ctx = {
    config: loadConfig({}),
    db,
    actor: { kind: 'anonymous' },
    cache: new Map(),
  } as unknown as Ctx;
  for (const [label, groupBy] of [
    ['public, category × region, all 5 years', ['category', 'region']],
    ['public, by month, all 5 years', ['month']],
  ] as const) {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await needsInsight(ctx, { groupBy: [...groupBy] });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(`${label}: median of 3 ${times[1]!.toFixed(0)} ms`);
  }
} finally {
  await db.sequelize.query(`DROP DATABASE ${name}`);
  await db.sequelize.close();
}
