/**
 * MySQL/MariaDB limit prepared statements for all clients of a server together
 * (max_prepared_stmt_count). Each query whose text differs, such as one with a literal id list,
 * is a new statement; a long-running process must close old ones rather than hold them until
 * the whole server refuses to prepare any more.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PREPARED_STATEMENTS_PER_CONNECTION } from '../../server/db/index.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

describe('prepared statements', { skip: dialectName !== 'mariadb' && 'MySQL only' }, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server?.close());

  test('a connection keeps a bounded number of them open, however many distinct queries it runs', async () => {
    const { sequelize } = server.db;
    const distinct = PREPARED_STATEMENTS_PER_CONNECTION * 3;
    await sequelize.transaction(async (transaction) => {
      for (let i = 0; i < distinct; i++) {
        const [rows] = await sequelize.query(`SELECT $1 + ${i} AS n`, {
          bind: [1],
          transaction,
        });
        assert.equal(Number((rows as { n: number | string }[])[0]!.n), i + 1);
      }
      // The statements the server holds for this connection (its own count, not the shared
      // server's, so other clients of the same server do not disturb the figure).
      const connection = (
        transaction as unknown as { connection: { _statements: { size: number } } }
      ).connection;
      assert.ok(
        connection._statements.size <= PREPARED_STATEMENTS_PER_CONNECTION,
        `${connection._statements.size} statements open on one connection`,
      );
    });
  });
});
