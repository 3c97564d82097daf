// Issue #11 must-fix 1, embedded engine: the PGlite data dir is removed under a running `serve` (a
// real child process), the way a clean-up script or an operator's mistake would. The service must not
// crash: every request that needs the database gets a 503 in the error shape that says what is wrong
// (the files, not a moment's unavailability), /health reports it, and SIGTERM still stops it cleanly.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServe, type ServeProcess } from './serve-process';

describe('PGlite data dir removed under a running serve', () => {
  let dir: string;
  let dataDir: string;
  let serve: ServeProcess;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pos-pglite-io-'));
    dataDir = join(dir, 'data');
    serve = await startServe({ DATABASE_URL: '', POS_DATA_DIR: dataDir, LOG_LEVEL: 'error' });
  });

  afterAll(async () => {
    await serve?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  // A failed sign-in writes its attempt (the lockout counts it): 401 while the files are there.
  const signIn = () =>
    fetch(`${serve.url}/backoffice/api/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@example.com', password: 'wrong password' }),
    });

  it('answers 503 naming the storage fault, reports it in /health, never crashes, and stops cleanly', async () => {
    expect((await signIn()).status).toBe(401);
    await rm(dataDir, { recursive: true, force: true, maxRetries: 10 });

    for (let i = 0; i < 3; i++) {
      const res = await signIn();
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await res.json()).toEqual({
        error: { type: 'internal', code: 'storage_failed', message: expect.stringMatching(/cannot read or write its files/), request_id: expect.any(String) },
      });
    }
    const health = await fetch(`${serve.url}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({
      status: 'unavailable',
      database: { engine: 'pglite', reachable: false, error: expect.stringMatching(/data dir .* is gone/) },
    });
    // Logged with its cause for the operator.
    await expect.poll(() => serve.stdout(), { timeout: 5_000 }).toMatch(/data dir .* is gone/);
    expect(serve.exitCode()).toBeNull();

    await serve.stop();
    expect(serve.exitCode()).toBe(0);
    expect(serve.stderr()).not.toMatch(/Unhandled|uncaught|RuntimeError|Aborted/i);
  });
});
