/**
 * A long read (a report) runs beside the feed, not in front of it: on SQLite it has a connection
 * of its own (`db.longRead`), on MariaDB the pool gives it one. Shown by order, not by time: the
 * feed answers while the long statement is still running.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { QueryTypes } from 'sequelize';
import { get } from '../helpers/http.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

describe(`a long read does not hold up the feed (${dialectName})`, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server?.close());

  it('the feed and a task answer while a long report statement is still running', async () => {
    const db = server.db;
    // Seconds of work in the database alone, whatever the data.
    const long =
      db.dialect === 'sqlite'
        ? 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 20000000) SELECT COUNT(*) AS n FROM c'
        : 'SELECT SLEEP(3) AS n';
    const order: string[] = [];
    const report = db.sequelize
      .query(long, { type: QueryTypes.SELECT, ...db.longRead })
      .then(() => order.push('report'));
    // Let the long statement start first.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const feed = await get(server, '/tasks');
    order.push('feed');
    assert.equal(feed.status, 200);
    const categories = await get(server, '/categories');
    order.push('categories');
    assert.equal(categories.status, 200);
    await report;
    assert.deepEqual(order, ['feed', 'categories', 'report']);
  });
});
