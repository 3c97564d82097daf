// One SQL layer over two engines: PostgreSQL through `pg` (production, CI) and embedded PGlite
// (zero-setup default). Same SQL, same migrations; callers never see which engine runs.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { StorageFaultError } from './database-errors';

export interface QueryResult<R> {
  rows: R[];
  rowCount: number;
}

/** How a statement is sent. */
export interface QueryOptions {
  /**
   * PostgreSQL: a named prepared statement, parsed and planned once per connection and then only
   * bound and executed (the same name must always carry the same SQL). PGlite ignores it.
   */
  name?: string;
}

export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[], options?: QueryOptions): Promise<QueryResult<R>>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export type Listener = (payload: string) => void;

/** The LISTEN connection as the health check reports it. */
export interface ListenStatus {
  /** `listening`: notifications arrive; `reconnecting`: lost, retrying forever with backoff; `idle`: nothing subscribed. */
  state: 'listening' | 'reconnecting' | 'idle';
  /** failed reconnection attempts since the connection was lost */
  attempts: number;
  /** when the connection was lost (ISO time), while reconnecting */
  since: string | null;
  last_error: string | null;
}

export interface Database extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  listenStatus(): ListenStatus;
  /** Runs `fn` in one transaction (READ COMMITTED); commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** LISTEN on a channel; resolves to an unsubscribe function. */
  listen(channel: string, listener: Listener): Promise<() => Promise<void>>;
  notify(channel: string, payload: string): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL connection string; when absent, PGlite in `dataDir` (or in memory when dataDir is 'memory://'). */
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** PostgreSQL only: every connection uses this schema (tests isolate themselves this way). */
  schema?: string | undefined;
  poolSize?: number | undefined;
}

const LISTEN_RETRY_MIN_MS = 250;
const LISTEN_RETRY_MAX_MS = 30_000;

// bigint columns hold sequence numbers and counts far below 2^53: numbers are easier to use than strings.
const INT8_OID = 20;

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.schema, options.poolSize);
  return openPglite(options.dataDir ?? './data');
}

function isValidIdentifier(name: string): boolean {
  return /^[a-z_][a-z0-9_]{0,62}$/.test(name);
}

async function openPostgres(url: string, schema: string | undefined, poolSize = 10): Promise<Database> {
  if (schema !== undefined && !isValidIdentifier(schema)) throw new Error(`invalid schema name: ${schema}`);
  const types = {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
  };
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    // While the database is away, a request waits at most this long for a connection, then gets a 503.
    connectionTimeoutMillis: 10_000,
    types,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // A dropped connection (database restart) must not crash the process: the pool replaces an idle
  // one ('error' on the pool), and every client also gets its own listener for the time it is
  // checked out (pg emits 'error' on the client then, and an unhandled 'error' event kills Node).
  // The query that was running on it fails and is answered 503 or retried by its caller.
  pool.on('error', (error) => {
    console.error(`[db] idle PostgreSQL connection failed: ${error.message}`);
  });
  pool.on('connect', (client) => {
    client.on('error', (error) => {
      console.error(`[db] PostgreSQL connection failed while in use: ${error.message}`);
    });
  });
  if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);

  let listenClient: pg.PoolClient | null = null;
  const listeners = new Map<string, Set<Listener>>();
  const listenState: ListenStatus = { state: 'idle', attempts: 0, since: null, last_error: null };
  let reconnecting = false;

  function dropListenClient(client: pg.PoolClient, error: Error): void {
    if (listenClient !== client) return;
    console.error(`[db] LISTEN connection failed: ${error.message}; reconnecting`);
    listenClient = null;
    client.release(true);
    listenState.state = 'reconnecting';
    listenState.since ??= new Date().toISOString();
    listenState.last_error = error.message;
    void reconnectListeners();
  }

  async function ensureListenClient(): Promise<pg.PoolClient> {
    if (listenClient) return listenClient;
    const client = await pool.connect();
    client.on('notification', (message) => {
      for (const listener of listeners.get(message.channel) ?? []) listener(message.payload ?? '');
    });
    client.on('error', (error) => dropListenClient(client, error));
    client.on('end', () => dropListenClient(client, new Error('connection ended')));
    listenClient = client;
    return client;
  }

  /**
   * Retries forever with exponential backoff (0.25 s doubling to 30 s): an outage of any length
   * must end with tills getting pokes again, not with a process that silently stopped listening.
   */
  async function reconnectListeners(): Promise<void> {
    if (reconnecting) return;
    reconnecting = true;
    try {
      for (let delay = LISTEN_RETRY_MIN_MS; listeners.size > 0 && !closed; delay = Math.min(delay * 2, LISTEN_RETRY_MAX_MS)) {
        try {
          const client = await ensureListenClient();
          for (const channel of listeners.keys()) await client.query(`LISTEN ${quoteIdent(channel)}`);
          Object.assign(listenState, { state: 'listening', attempts: 0, since: null, last_error: null });
          return;
        } catch (error) {
          listenState.attempts += 1;
          listenState.last_error = (error as Error).message;
          if (listenClient) {
            const broken = listenClient;
            listenClient = null;
            broken.release(true);
          }
          await new Promise((resolve) => setTimeout(resolve, delay).unref());
        }
      }
    } finally {
      reconnecting = false;
    }
  }

  let closed = false;
  const db: Database = {
    kind: 'postgres',
    listenStatus: () => ({ ...listenState, state: listeners.size === 0 ? 'idle' : listenState.state }),
    async query<R>(sql: string, params?: readonly unknown[], options?: QueryOptions) {
      const result = await pool.query(pgQuery(sql, params, options));
      return { rows: result.rows as R[], rowCount: result.rowCount ?? 0 };
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        // One connection runs one statement at a time: callers may still issue queries concurrently
        // (Promise.all over a transaction), so they are queued here rather than on pg's deprecated path.
        let queue: Promise<unknown> = Promise.resolve();
        const serial = <T>(run: () => Promise<T>): Promise<T> => {
          const next = queue.then(run);
          queue = next.catch(() => undefined);
          return next;
        };
        const tx: Queryable = {
          async query<R>(sql: string, params?: readonly unknown[], options?: QueryOptions) {
            const result = await serial(() => client.query(pgQuery(sql, params, options)));
            return { rows: result.rows as R[], rowCount: result.rowCount ?? 0 };
          },
          async exec(sql: string) {
            await serial(() => client.query(sql));
          },
        };
        const value = await fn(tx);
        await client.query('COMMIT');
        return value;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true; // the connection itself failed; do not return it to the pool
        }
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async listen(channel, listener) {
      let set = listeners.get(channel);
      if (!set) {
        set = new Set();
        listeners.set(channel, set);
        const client = await ensureListenClient();
        await client.query(`LISTEN ${quoteIdent(channel)}`);
        if (listenState.state === 'idle') listenState.state = 'listening';
      }
      set.add(listener);
      return async () => {
        set.delete(listener);
        if (set.size === 0) {
          listeners.delete(channel);
          if (listenClient) await listenClient.query(`UNLISTEN ${quoteIdent(channel)}`).catch(() => undefined);
        }
      };
    },
    async notify(channel, payload) {
      await pool.query('SELECT pg_notify($1, $2)', [channel, payload]);
    },
    async close() {
      closed = true;
      if (listenClient) {
        const client = listenClient;
        listenClient = null;
        client.release();
      }
      await pool.end();
    },
  };
  return db;
}

async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir === 'memory://' || dataDir === '';
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const lite = new PGlite(inMemory ? undefined : dataDir, { parsers: { [INT8_OID]: (value: string) => Number(value) } });
  await lite.waitReady;
  // PGlite keeps serving from memory after its files are removed, and what it writes then is lost at
  // the next start: refuse every statement once the data dir is gone (a stat per statement).
  const marker = inMemory ? null : join(dataDir, 'PG_VERSION');
  const assertFilesPresent = (): void => {
    if (marker !== null && !existsSync(marker)) {
      throw new StorageFaultError(
        `the PGlite data dir ${dataDir} is gone (removed while the service ran); nothing can be stored until it is restored and the service restarted`,
      );
    }
  };
  const channels = new Map<string, Set<Listener>>();
  const unlistenFns = new Map<string, () => Promise<void>>();
  return {
    kind: 'pglite',
    // Embedded: notifications never travel over a connection that could drop.
    listenStatus: () => ({ state: channels.size > 0 ? 'listening' : 'idle', attempts: 0, since: null, last_error: null }),
    async query<R>(sql: string, params?: readonly unknown[]) {
      assertFilesPresent();
      const result = await lite.query<R>(sql, params as unknown[] | undefined);
      return { rows: result.rows, rowCount: Math.max(result.rows.length, result.affectedRows ?? 0) };
    },
    async exec(sql: string) {
      assertFilesPresent();
      await lite.exec(sql);
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      assertFilesPresent();
      return lite.transaction(async (inner) => {
        const tx: Queryable = {
          async query<R>(sql: string, params?: readonly unknown[]) {
            assertFilesPresent();
            const result = await inner.query<R>(sql, params as unknown[] | undefined);
            return { rows: result.rows, rowCount: Math.max(result.rows.length, result.affectedRows ?? 0) };
          },
          async exec(sql: string) {
            await inner.exec(sql);
          },
        };
        return fn(tx);
      });
    },
    async listen(channel, listener) {
      let set = channels.get(channel);
      if (!set) {
        const created = new Set<Listener>();
        channels.set(channel, created);
        set = created;
        const unlisten = await lite.listen(channel, (payload) => {
          for (const l of created) l(payload);
        });
        unlistenFns.set(channel, unlisten);
      }
      set.add(listener);
      const current = set;
      return async () => {
        current.delete(listener);
        if (current.size === 0) {
          channels.delete(channel);
          await unlistenFns.get(channel)?.();
          unlistenFns.delete(channel);
        }
      };
    },
    async notify(channel, payload) {
      await lite.query('SELECT pg_notify($1, $2)', [channel, payload]);
    },
    async close() {
      await lite.close();
    },
  };
}

/** A pg query config: named (a prepared statement) when the caller gave a name. */
function pgQuery(sql: string, params: readonly unknown[] | undefined, options: QueryOptions | undefined): pg.QueryConfig {
  const values = params as unknown[] | undefined;
  return options?.name ? { name: options.name, text: sql, values } : { text: sql, values };
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
