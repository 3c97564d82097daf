import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { TEST_ENGINES, openTestDatabase, type TestDatabase } from '../storage/test-database';
import { MAX_FAILURES_PER_EMAIL } from './login-throttle';
import { signIn } from './test-fixtures';
import { OWNER_PASSWORD, seedTestBusiness, type TestBusiness } from '../testing/test-business';

// SPEC §11: any number of instances behind a load balancer. Sessions, CSRF secrets and the login
// lockout live in the database, so instance B honours what instance A did (on PostgreSQL each
// instance has its own connection pool, as separate processes would).
describe.each(TEST_ENGINES)('back office across two server instances (%s)', (engine) => {
  let handle: TestDatabase;
  let a: FastifyInstance;
  let b: FastifyInstance;
  let biz: TestBusiness;

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    a = await buildApp({ db: handle.db, config: loadConfig({}), workers: false });
    b = await buildApp({ db: await handle.reopen(), config: loadConfig({}), workers: false });
    biz = await seedTestBusiness(handle.db);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await handle?.close();
  });

  it('a session and its CSRF token from one instance work on the other, and sign-out ends it on both', async () => {
    const s = await signIn(a, biz.owner.email, OWNER_PASSWORD);
    const created = await b.inject({
      method: 'POST',
      url: '/backoffice/api/api-keys',
      headers: s.headers,
      payload: { name: 'via b', scopes: ['orders:read'], locations: 'all' },
    });
    expect(created.statusCode).toBe(201);
    const forged = await b.inject({
      method: 'POST',
      url: '/backoffice/api/api-keys',
      headers: { cookie: s.cookie },
      payload: { name: 'x', scopes: ['orders:read'], locations: 'all' },
    });
    expect(forged.statusCode).toBe(403);
    expect((await b.inject({ method: 'POST', url: '/backoffice/api/logout', headers: s.headers })).statusCode).toBe(204);
    expect((await a.inject({ method: 'GET', url: '/backoffice/api/session', headers: { cookie: s.cookie } })).statusCode).toBe(401);
  });

  it('counts failed sign-ins across instances', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      const app = i % 2 === 0 ? a : b;
      expect(
        (await app.inject({ method: 'POST', url: '/backoffice/api/login', payload: { email: biz.manager.email, password: `nope-${i}` } })).statusCode,
      ).toBe(401);
    }
    for (const app of [a, b]) {
      const res = await app.inject({ method: 'POST', url: '/backoffice/api/login', payload: { email: biz.manager.email, password: 'still wrong' } });
      expect(res.statusCode).toBe(429);
    }
  });
});
