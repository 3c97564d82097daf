// Issue #11 item 4: the sign-in lockout holds against parallel guesses. 40 wrong passwords sent at
// once for one account (from 40 addresses) get exactly MAX_FAILURES_PER_EMAIL password checks (401)
// and the rest 429; 60 at once from one address (60 accounts) get exactly MAX_FAILURES_PER_IP checks.
// Before, the count was read before the password check and written after it: 18 of 40 were checked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { TEST_ENGINES, openTestDatabase, type TestDatabase } from '../storage/test-database';
import { MAX_FAILURES_PER_EMAIL, MAX_FAILURES_PER_IP } from './login-throttle';
import { signIn } from './test-fixtures';
import { OWNER_PASSWORD, seedTestBusiness } from '../testing/test-business';

describe.each(TEST_ENGINES)('sign-in lockout under parallel attempts (%s)', (engine) => {
  let handle: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    handle = await openTestDatabase(engine, { poolSize: 20 });
    app = await buildApp({ db: handle.db, config: loadConfig({}), workers: false });
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  const attempt = (email: string, password: string, remoteAddress: string) =>
    app.inject({ method: 'POST', url: '/backoffice/api/login', payload: { email, password }, remoteAddress });

  const tally = (codes: number[]) => codes.reduce<Record<number, number>>((acc, code) => ({ ...acc, [code]: (acc[code] ?? 0) + 1 }), {});

  it('checks only the allowed number of 40 parallel wrong passwords for one account; the right one is then refused too', async () => {
    const biz = await seedTestBusiness(handle.db, 'Parallel Guessing GmbH');
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt(biz.owner.email, `wrong-${i}`, `198.51.100.${i + 1}`)));
    expect(tally(answers.map((r) => r.statusCode))).toEqual({ 401: MAX_FAILURES_PER_EMAIL, 429: 40 - MAX_FAILURES_PER_EMAIL });
    for (const locked of answers.filter((r) => r.statusCode === 429)) {
      expect(locked.json().error).toMatchObject({ type: 'rate_limited', code: 'login_locked', message: expect.stringMatching(/for this account/) });
    }
    const { rows } = await handle.db.query<{ n: number }>('SELECT count(*)::int AS n FROM backoffice_login_attempts WHERE email = $1', [biz.owner.email]);
    expect(rows[0]!.n).toBe(MAX_FAILURES_PER_EMAIL);
    expect((await attempt(biz.owner.email, OWNER_PASSWORD, '198.51.100.200')).statusCode).toBe(429);
  });

  it(`checks only ${MAX_FAILURES_PER_IP} of 60 parallel attempts from one address (each for another account)`, async () => {
    const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => attempt(`guess-${i}@example.com`, 'wrong password', '203.0.113.7')));
    expect(tally(answers.map((r) => r.statusCode))).toEqual({ 401: MAX_FAILURES_PER_IP, 429: 60 - MAX_FAILURES_PER_IP });
    for (const locked of answers.filter((r) => r.statusCode === 429)) expect(locked.json().error.message).toMatch(/from this address/);
    // Another address is not affected.
    const biz = await seedTestBusiness(handle.db, 'Other Address Café');
    await expect(signIn(app, biz.owner.email, OWNER_PASSWORD)).resolves.toBeTruthy();
  });
});
