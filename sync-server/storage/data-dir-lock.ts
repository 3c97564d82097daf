// Marks a PGlite data dir as held by a running service. PGlite is one process's database: a second
// process that opens the same files works on its own copy, so a CLI command beside a running `serve`
// would print an API key the service never sees. The service writes `service.json` into the data dir
// while it runs; the CLI and a second `serve` read it and refuse with a message saying what to do.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SERVICE_FILE = 'service.json';

export interface ServiceHolder {
  pid: number;
  /** Where the service listens; null between opening the database and listening. */
  url: string | null;
  started_at: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live service holding `dataDir`, or null (no file, or a stale one left by a crashed process). */
export function serviceHolding(dataDir: string): ServiceHolder | null {
  let holder: ServiceHolder;
  try {
    holder = JSON.parse(readFileSync(join(resolve(dataDir), SERVICE_FILE), 'utf8')) as ServiceHolder;
  } catch {
    return null;
  }
  if (typeof holder.pid !== 'number' || holder.pid === process.pid || !isAlive(holder.pid)) return null;
  return holder;
}

/** The one-line refusal for a command that would open a data dir a service holds. */
export function heldMessage(dataDir: string, holder: ServiceHolder, what = 'run this command'): string {
  const where = holder.url ? `the service at ${holder.url} (pid ${holder.pid})` : `a service starting up (pid ${holder.pid})`;
  const instead = holder.url ? `use it instead (back office ${holder.url}/backoffice, API ${holder.url}/api/v1)` : 'wait for it';
  return `${where} holds the data in ${resolve(dataDir)}; to ${what}, stop it (Ctrl+C), or ${instead}, or use PostgreSQL (--database-url) where commands work while serving`;
}

export interface DataDirLock {
  /** Records the URL once the service listens, so refusals can point at it. */
  setUrl(url: string): void;
  release(): void;
}

/** Throws the refusal when a live service holds `dataDir` (checked before opening it). */
export function assertDataDirFree(dataDir: string, what: string): void {
  const holder = serviceHolding(dataDir);
  if (holder) throw new Error(heldMessage(dataDir, holder, what));
}

/**
 * Claims `dataDir` (after PGlite created it: the file must not be there before the database files) or
 * throws the refusal when a live service holds it.
 */
export function claimDataDir(dataDir: string): DataDirLock {
  const file = join(resolve(dataDir), SERVICE_FILE);
  assertDataDirFree(dataDir, 'start another service on it');
  const record: ServiceHolder = { pid: process.pid, url: null, started_at: new Date().toISOString() };
  const write = () => writeFileSync(file, `${JSON.stringify(record)}\n`);
  write();
  return {
    setUrl(url) {
      record.url = url;
      write();
    },
    release() {
      // Only our own file: a crashed predecessor's file was overwritten above, a successor's is not ours.
      try {
        if ((JSON.parse(readFileSync(file, 'utf8')) as ServiceHolder).pid === process.pid) rmSync(file, { force: true });
      } catch {
        // Already gone.
      }
    },
  };
}
