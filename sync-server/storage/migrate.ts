// Applies the SQL files in ./migrations in name order, each once, each in its own transaction.
// An advisory lock makes concurrent `migrate` runs (several server instances starting) safe.
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

export function listMigrations(): string[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((name) => /^\d{4}_[a-z0-9_]+\.sql$/.test(name))
    .sort();
}

export async function migrate(db: Database, log: (line: string) => void = () => undefined): Promise<MigrationResult> {
  const files = listMigrations();
  const applied: string[] = [];
  await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  for (const name of files) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE name = $1', [name]);
      if (seen.rowCount > 0) return false;
      await tx.exec(readFileSync(join(MIGRATIONS_DIR, name), 'utf8'));
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
      return true;
    });
    if (done) {
      applied.push(name);
      log(`applied migration ${name}`);
    }
  }
  return { applied, total: files.length };
}
