// Applies the SQL files in ./migrations in name order, each once, each in its own transaction, and
// records each file's sha256. A database refuses to migrate when an applied file was edited since,
// when it holds a migration this version does not know, or when a new file sorts before one already
// applied (it would run out of order). An advisory lock makes concurrent `migrate` runs safe.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './database';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
const MIGRATION_LOCK_KEY = 7_270_011; // any constant; shared by every instance of this service

export interface MigrationResult {
  applied: string[];
  total: number;
}

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface AppliedMigration {
  name: string;
  /** null for rows applied before checksums were recorded */
  checksum: string | null;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export function listMigrations(dir = MIGRATIONS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => /^\d{4}_[a-z0-9_]+\.sql$/.test(name))
    .sort();
}

/** sha256 of the file with line endings normalized, so a Windows checkout (CRLF) is not an edit. */
export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n'), 'utf8').digest('hex');
}

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  return listMigrations(dir).map((name) => {
    const sql = readFileSync(join(dir, name), 'utf8');
    return { name, sql, checksum: migrationChecksum(sql) };
  });
}

/**
 * What to do with a database that has `applied`: the files still to apply (in order) and the applied
 * rows whose checksum is to be recorded now (applied before checksums existed). Throws a
 * MigrationError that names the file and what to do when the history does not match the files.
 */
export function planMigrations(files: MigrationFile[], applied: AppliedMigration[]): { pending: MigrationFile[]; backfill: MigrationFile[] } {
  const byName = new Map(files.map((file) => [file.name, file]));
  const done = new Map(applied.map((row) => [row.name, row]));
  const backfill: MigrationFile[] = [];
  for (const row of [...applied].sort((a, b) => a.name.localeCompare(b.name))) {
    const file = byName.get(row.name);
    if (!file) {
      throw new MigrationError(`the database has migration ${row.name} applied, which this version does not have: run the version that wrote it (or newer)`);
    }
    if (row.checksum === null) backfill.push(file);
    else if (row.checksum !== file.checksum) {
      throw new MigrationError(
        `migration ${row.name} was edited after it was applied to this database (checksum ${row.checksum.slice(0, 12)}… now ${file.checksum.slice(0, 12)}…): restore the file and put the change in a new migration`,
      );
    }
  }
  const pending = files.filter((file) => !done.has(file.name));
  const latest = [...done.keys()].sort().at(-1);
  const early = latest === undefined ? undefined : pending.find((file) => file.name < latest);
  if (early && latest) {
    throw new MigrationError(
      `migration ${early.name} is new but sorts before ${latest}, which this database already has: it would run out of order; give it a number after ${latest}`,
    );
  }
  return { pending, backfill };
}

export async function migrate(db: Database, log: (line: string) => void = () => undefined, dir = MIGRATIONS_DIR): Promise<MigrationResult> {
  const files = readMigrations(dir);
  await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const pending = await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    // Databases migrated before checksums were recorded get the column here (the table is this file's own).
    await tx.query('ALTER TABLE schema_migrations ADD COLUMN IF NOT EXISTS checksum text');
    const { rows } = await tx.query<AppliedMigration>('SELECT name, checksum FROM schema_migrations');
    const plan = planMigrations(files, rows);
    for (const file of plan.backfill) {
      await tx.query('UPDATE schema_migrations SET checksum = $2 WHERE name = $1 AND checksum IS NULL', [file.name, file.checksum]);
    }
    return plan.pending;
  });
  const applied: string[] = [];
  for (const file of pending) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      // Another instance may have applied it since the plan was made.
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE name = $1', [file.name]);
      if (seen.rowCount > 0) return false;
      await tx.exec(file.sql);
      await tx.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [file.name, file.checksum]);
      return true;
    });
    if (done) {
      applied.push(file.name);
      log(`applied migration ${file.name}`);
    }
  }
  return { applied, total: files.length };
}
