// Shared plumbing for CLI commands: global options, opening the database, printing results.
import type { Command } from 'commander';
import { loadConfig, type ServerConfig } from '../config';
import { assertDataDirFree } from '../storage/data-dir-lock';
import { openDatabase, type Database } from '../storage/database';
import { migrate } from '../storage/migrate';
import { newId } from '../../core/ids';

export interface GlobalOptions {
  dataDir: string;
  databaseUrl?: string;
  json?: boolean;
}

export function globalOptions(command: Command): GlobalOptions {
  const options = command.optsWithGlobals<GlobalOptions>();
  let root = command;
  while (root.parent) root = root.parent;
  // POS_DATA_DIR stands in for --data-dir when the flag is not given (npm start uses it too).
  if (root.getOptionValueSource('dataDir') === 'default' && process.env.POS_DATA_DIR) options.dataDir = process.env.POS_DATA_DIR;
  return options;
}

export function configFor(options: GlobalOptions): ServerConfig {
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL ?? undefined;
  return loadConfig(process.env, { databaseUrl: databaseUrl || undefined, dataDir: options.dataDir });
}

/**
 * A PGlite data dir held by a running service must not be opened: this process would work on its own
 * copy (a key it prints would not work against the service). PostgreSQL is shared, so it is fine.
 */
export function refuseHeldDataDir(config: ServerConfig): void {
  if (!config.databaseUrl && config.dataDir !== 'memory://') assertDataDirFree(config.dataDir, 'run this command');
}

/** Opens the configured database, migrated. PGlite data dirs are single-process: explain that clearly. */
export async function openConfiguredDatabase(options: GlobalOptions): Promise<Database> {
  const config = configFor(options);
  refuseHeldDataDir(config);
  let db: Database;
  try {
    db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      config.databaseUrl
        ? `cannot connect to PostgreSQL: ${reason}`
        : `cannot open data dir ${config.dataDir} (is \`serve\` running on it? PGlite allows one process): ${reason}`,
      { cause: error },
    );
  }
  await migrate(db);
  return db;
}

/** Prints `human` as text, or `data` as one JSON object with --json. */
export function output(options: GlobalOptions, data: unknown, human: string): void {
  process.stdout.write(options.json ? `${JSON.stringify(data)}\n` : `${human}\n`);
}

/**
 * The business a command acts on: `--business ID`, else the only one. With none, `createIfNone`
 * creates one (the first owner's), otherwise it explains how to start.
 */
export async function resolveBusiness(db: Database, explicit: string | undefined, options: { createIfNone?: boolean } = {}): Promise<string> {
  if (explicit) {
    const found = await db.query('SELECT 1 FROM businesses WHERE id = $1', [explicit]);
    if (found.rowCount === 0) throw new Error(`unknown business ${explicit}`);
    return explicit;
  }
  const { rows } = await db.query<{ id: string }>('SELECT id FROM businesses ORDER BY created_at, id LIMIT 2');
  if (rows.length === 1) return rows[0]!.id;
  if (rows.length > 1) throw new Error('several businesses exist; pass --business ID');
  if (!options.createIfNone) throw new Error('no business yet: run `demo seed`, or `users create --role owner` to start your own');
  const id = newId('biz');
  await db.query("INSERT INTO businesses (id, name) VALUES ($1, 'My business')", [id]);
  return id;
}
