// Migration history: each applied file's checksum is recorded; edited, unknown and out-of-order
// migrations are refused with a message that names the file, on every test engine.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listMigrations, migrate, migrationChecksum, MigrationError, planMigrations, readMigrations, type MigrationFile } from './migrate';
import { TEST_ENGINES, openTestDatabase, type TestDatabase } from './test-database';

const file = (name: string, sql = `SELECT '${name}';`): MigrationFile => ({ name, sql, checksum: migrationChecksum(sql) });

describe('planMigrations', () => {
  it('applies everything in name order on a fresh database, whatever order the files were written in', () => {
    const files = [file('0001_a.sql'), file('0030_c.sql'), file('0010_b.sql')].sort((x, y) => x.name.localeCompare(y.name));
    expect(planMigrations(files, []).pending.map((f) => f.name)).toEqual(['0001_a.sql', '0010_b.sql', '0030_c.sql']);
  });

  it('refuses a new file only when a later one is already applied', () => {
    const a = file('0001_a.sql');
    const b = file('0010_b.sql');
    const c = file('0030_c.sql');
    expect(planMigrations([a, b, c], [{ name: a.name, checksum: a.checksum }]).pending).toEqual([b, c]);
    expect(() =>
      planMigrations(
        [a, b, c],
        [a, c].map((f) => ({ name: f.name, checksum: f.checksum })),
      ),
    ).toThrow(/0010_b\.sql is new but sorts before 0030_c\.sql/);
  });

  it('refuses an applied file that was edited, and an applied migration this version does not have', () => {
    const a = file('0001_a.sql');
    expect(() => planMigrations([file('0001_a.sql', 'SELECT 2;')], [{ name: a.name, checksum: a.checksum }])).toThrow(MigrationError);
    expect(() => planMigrations([file('0001_a.sql', 'SELECT 2;')], [{ name: a.name, checksum: a.checksum }])).toThrow(/0001_a\.sql was edited/);
    expect(() =>
      planMigrations(
        [a],
        [
          { name: a.name, checksum: a.checksum },
          { name: '0002_gone.sql', checksum: 'x' },
        ],
      ),
    ).toThrow(/0002_gone\.sql applied, which this version does not have/);
  });

  it('records the checksum of rows applied before checksums existed, and ignores CRLF line endings', () => {
    const a = file('0001_a.sql', 'SELECT 1;\nSELECT 2;\n');
    expect(planMigrations([a], [{ name: a.name, checksum: null }])).toEqual({ pending: [], backfill: [a] });
    expect(migrationChecksum('SELECT 1;\r\nSELECT 2;\r\n')).toBe(a.checksum);
  });

  it('every shipped migration has a well-formed name and reads back with its checksum', () => {
    expect(readMigrations().map((f) => f.name)).toEqual(listMigrations());
  });
});

describe.each(TEST_ENGINES)('migrate on %s', (engine) => {
  let handle: TestDatabase | undefined;
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pos-migrations-'));
  });
  afterEach(async () => {
    await handle?.close();
    handle = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  const write = (name: string, sql: string) => writeFileSync(join(dir, name), sql);
  const tables = async (db: TestDatabase['db']) =>
    (
      await db.query<{ name: string }>(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name LIKE 'm_%' ORDER BY 1",
      )
    ).rows.map((r) => r.name);

  it('records checksums, refuses an out-of-order file without applying anything, and a fresh database takes it in order', async () => {
    handle = await openTestDatabase(engine, { migrate: false });
    write('0001_a.sql', 'CREATE TABLE m_a (id int);');
    write('0030_c.sql', 'CREATE TABLE m_c (id int);');
    expect((await migrate(handle.db, undefined, dir)).applied).toEqual(['0001_a.sql', '0030_c.sql']);
    const { rows } = await handle.db.query<{ name: string; checksum: string }>('SELECT name, checksum FROM schema_migrations ORDER BY name');
    expect(rows).toEqual([
      { name: '0001_a.sql', checksum: migrationChecksum('CREATE TABLE m_a (id int);') },
      { name: '0030_c.sql', checksum: migrationChecksum('CREATE TABLE m_c (id int);') },
    ]);

    write('0010_b.sql', 'CREATE TABLE m_b (id int);');
    await expect(migrate(handle.db, undefined, dir)).rejects.toThrow(/0010_b\.sql is new but sorts before 0030_c\.sql/);
    expect(await tables(handle.db)).toEqual(['m_a', 'm_c']);
    await handle.close();

    handle = await openTestDatabase(engine, { migrate: false });
    expect((await migrate(handle.db, undefined, dir)).applied).toEqual(['0001_a.sql', '0010_b.sql', '0030_c.sql']);
    expect(await tables(handle.db)).toEqual(['m_a', 'm_b', 'm_c']);
  });

  it('refuses an edited migration, and fills in checksums for a database migrated before they existed', async () => {
    handle = await openTestDatabase(engine, { migrate: false });
    write('0001_a.sql', 'CREATE TABLE m_a (id int);');
    await handle.db.query('CREATE TABLE schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    await handle.db.query("INSERT INTO schema_migrations (name) VALUES ('0001_a.sql')");
    expect((await migrate(handle.db, undefined, dir)).applied).toEqual([]);
    const { rows } = await handle.db.query<{ checksum: string }>('SELECT checksum FROM schema_migrations');
    expect(rows[0]!.checksum).toBe(migrationChecksum('CREATE TABLE m_a (id int);'));

    write('0001_a.sql', 'CREATE TABLE m_a (id int, extra text);');
    await expect(migrate(handle.db, undefined, dir)).rejects.toThrow(/0001_a\.sql was edited after it was applied/);
  });
});
