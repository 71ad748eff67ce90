/**
 * Each test file's database is a copy of a template migrated once per run: it must be exactly
 * what running the migrations on an empty database makes, or every other test here would be
 * testing a schema that no deployment has.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { QueryTypes } from 'sequelize';
import fs from 'node:fs';
import { openDatabase, type Database } from '../../server/db/index.ts';
import { Organisation } from '../../server/db/models/index.ts';
import { createTestDatabase, dialectName, type TestDatabase } from '../helpers/server.ts';

type Row = Record<string, unknown>;

/** Every table's definition (as the database prints it) and every row, in a stable order. */
async function describeDatabase(db: Database) {
  const query = (sql: string) => db.sequelize.query<Row>(sql, { type: QueryTypes.SELECT });
  const rowsOf = async (table: string) =>
    (await query(`SELECT * FROM ${db.sequelize.getQueryInterface().quoteIdentifier(table)}`))
      .map((row) => JSON.stringify(row))
      .sort();
  const tables: Record<string, { definition: unknown; rows: string[] }> = {};
  if (db.dialect === 'sqlite') {
    for (const entry of await query(
      `SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name`,
    )) {
      const name = String(entry.name);
      tables[name] = {
        definition: entry,
        rows: entry.type === 'table' ? await rowsOf(name) : [],
      };
    }
    return { journal: await query('PRAGMA journal_mode'), tables };
  }
  for (const { name } of await query(
    `SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME`,
  )) {
    const [created] = await query(`SHOW CREATE TABLE \`${String(name)}\``);
    tables[String(name)] = {
      definition: created!['Create Table'],
      rows: await rowsOf(String(name)),
    };
  }
  const triggers = await query(
    `SELECT TRIGGER_NAME, ACTION_TIMING, EVENT_MANIPULATION, EVENT_OBJECT_TABLE, ACTION_ORDER,
            ACTION_STATEMENT, SQL_MODE
       FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() ORDER BY TRIGGER_NAME`,
  );
  return { tables, triggers };
}

describe(`test databases (${dialectName})`, () => {
  const made: TestDatabase[] = [];
  const opened: Database[] = [];
  let migrated: Awaited<ReturnType<typeof describeDatabase>>;

  before(async () => {
    const empty = await createTestDatabase({ empty: true });
    made.push(empty);
    const db = openDatabase(empty.url);
    opened.push(db);
    await db.migrate();
    migrated = await describeDatabase(db);
  });

  after(async () => {
    for (const db of opened) await db.close();
    for (const database of made) await database.drop();
  });

  it('a copy of the template has the tables, keys and rows of a freshly migrated database', async () => {
    const copy = await createTestDatabase();
    made.push(copy);
    const db = openDatabase(copy.url);
    opened.push(db);
    const copied = await describeDatabase(db);
    assert.ok(Object.keys(migrated.tables).length > 10, 'the migrations made the tables');
    assert.ok(migrated.tables.schema_migrations!.rows.length > 0, 'the migrations are recorded');
    assert.deepEqual(copied, migrated);
    assert.deepEqual(await db.pendingMigrations(), []);
  });

  it('numbers the first row of a copy as a migrated database does, and copies are independent', async () => {
    const [a, b] = [await createTestDatabase(), await createTestDatabase()];
    made.push(a, b);
    assert.notEqual(a.url, b.url);
    const ids: unknown[] = [];
    for (const { url } of [a, b]) {
      // The models are bound to the database opened last: this one.
      opened.push(openDatabase(url));
      ids.push((await Organisation.create({ name: 'Omaishoitajat ry', kind: 'association' })).id);
      assert.equal(await Organisation.count(), 1);
    }
    assert.deepEqual(ids, [1, 1]);
  });

  it('a dropped database is gone', async () => {
    const copy = await createTestDatabase();
    await copy.drop();
    if (dialectName === 'sqlite') {
      assert.equal(fs.existsSync(copy.url.slice('sqlite:'.length)), false);
      return;
    }
    const name = new URL(copy.url).pathname.slice(1);
    const found = await opened[0]!.sequelize.query(
      'SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?',
      { replacements: [name], type: QueryTypes.SELECT },
    );
    assert.deepEqual(found, []);
  });
});
