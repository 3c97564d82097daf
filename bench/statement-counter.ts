// Counts the SQL statements the code under test sends (each query, BEGIN and COMMIT included), so a
// benchmark can report statements per operation beside its timings.
import type { Database, Queryable } from '../sync-server/storage/database';

export interface CountingDatabase {
  /** Hand this to the code under test instead of the database itself. */
  db: Database;
  /** Statements sent since the counter was created. */
  count(): number;
}

export function countStatements(inner: Database): CountingDatabase {
  let statements = 0;
  const counted = (q: Queryable): Queryable => ({
    query: (sql, params, options) => {
      statements++;
      return q.query(sql, params, options);
    },
    exec: (sql) => {
      statements++;
      return q.exec(sql);
    },
  });
  const db: Database = {
    ...counted(inner),
    kind: inner.kind,
    transaction: (fn) => {
      statements += 2; // BEGIN and COMMIT (or ROLLBACK)
      return inner.transaction((tx) => fn(counted(tx)));
    },
    listen: (channel, listener) => inner.listen(channel, listener),
    listenStatus: () => inner.listenStatus(),
    notify: (channel, payload) => {
      statements++;
      return inner.notify(channel, payload);
    },
    close: () => inner.close(),
  };
  return { db, count: () => statements };
}
