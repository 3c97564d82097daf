// POST /api/v1/orders reads its key in its own first statement once the instance has seen the key
// (config auth: 'in-handler', sync-server/api/api-auth.ts): every answer is the one the shared hooks
// give (an instance that has not seen the key looks it up in its hook), and a bad key takes no
// idempotency claim and writes no order.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../sync-server/app';
import { createApiKey, revokeApiKey, type ApiScope } from '../sync-server/auth/api-keys';
import { loadConfig } from '../sync-server/config';
import { DEMO_BERLIN_ID, DEMO_BUSINESS_ID, DEMO_NEW_YORK_ID, demoId } from '../sync-server/demo/demo-seed';
import { TEST_ENGINES } from '../sync-server/storage/test-database';
import { ALL_SCOPES, startApiKit, type ApiTestKit } from './api-test-kit';

const ORDER = { location_id: DEMO_BERLIN_ID, items: [{ product_id: demoId('prd', 'berlin:Espresso'), quantity: 1 }] };
const COMPARED_HEADERS = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'retry-after', 'content-type', 'x-pos-api-version'];

describe.each(TEST_ENGINES)('POST /api/v1/orders authentication on %s', (engine) => {
  let kit: ApiTestKit;
  beforeAll(async () => {
    kit = await startApiKit(engine);
  });
  afterAll(async () => kit?.close());

  const newKey = async (scopes: ApiScope[] = ALL_SCOPES, locations: string[] | 'all' = 'all', livemode = true) =>
    createApiKey(kit.handle.db, { businessId: DEMO_BUSINESS_ID, name: 'auth', scopes, locationIds: locations, livemode });
  /** A GET any key may send: after it the instance knows the key (even a 403 resolves it). */
  const see = (app: FastifyInstance, key: string) => app.inject({ method: 'GET', url: '/api/v1/locations', headers: { authorization: `Bearer ${key}` } });
  const post = (app: FastifyInstance, key: string, idem: string | null, payload: unknown = ORDER, extra: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/orders',
      headers: { authorization: `Bearer ${key}`, ...(idem === null ? {} : { 'idempotency-key': idem }), ...extra },
      payload,
    } as InjectOptions);
  const claims = async (idem: string) => (await kit.handle.db.query('SELECT 1 FROM idempotency_keys WHERE key = $1', [idem])).rowCount;
  const orders = async () => (await kit.handle.db.query<{ n: number }>('SELECT count(*)::int AS n FROM orders')).rows[0]!.n;
  const answer = (res: Awaited<ReturnType<typeof post>>) => {
    const body = res.json();
    if (body.error) delete body.error.request_id;
    return { status: res.statusCode, body, headers: Object.fromEntries(COMPARED_HEADERS.map((h) => [h, res.headers[h]])) };
  };

  /**
   * The same request, to an instance that knows the key (read in the handler's statement) and to a
   * fresh one (looked up in the hook; at 10000/s both buckets are full again): the same answer, no claim left.
   */
  async function expectSameAnswer(key: string, prepare: () => Promise<unknown>, payload: unknown = ORDER, idem: string | null = randomUUID()) {
    const config = loadConfig({ POS_API_RATE_LIMIT: '10000/s' });
    const warm = await buildApp({ db: kit.handle.db, config, workers: false });
    const cold = await buildApp({ db: kit.handle.db, config, workers: false });
    try {
      await see(warm, key);
      await prepare();
      const before = await orders();
      const inHandler = await post(warm, key, idem, payload);
      const inHook = await post(cold, key, idem === null ? null : `${idem}-cold`, payload);
      expect(answer(inHandler)).toEqual(answer(inHook));
      if (idem !== null) expect(await claims(idem)).toBe(0);
      expect(await orders()).toBe(before);
      return inHandler;
    } finally {
      await warm.close();
      await cold.close();
    }
  }

  it('a revoked key: 401 api_key_revoked, as from the hook, with no claim and no order', async () => {
    const created = await newKey();
    const res = await expectSameAnswer(created.key, () => revokeApiKey(kit.handle.db, created.id));
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({ type: 'authentication', code: 'api_key_revoked' });
    expect(res.headers['x-ratelimit-limit']).toMatch(/^\d+$/);
  });

  it('a key without orders:write: 403 scope_missing, with no claim and no order', async () => {
    const created = await newKey(ALL_SCOPES.filter((s) => s !== 'orders:write'));
    const res = await expectSameAnswer(created.key, async () => undefined);
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({ type: 'permission', code: 'scope_missing' });
  });

  it('an error before the handler answers the key’s error first (invalid body, no Idempotency-Key), as from the hook', async () => {
    const revoked = await newKey();
    const invalid = await expectSameAnswer(revoked.key, () => revokeApiKey(kit.handle.db, revoked.id), { location_id: DEMO_BERLIN_ID, items: 'x' });
    expect(invalid.json().error.code).toBe('api_key_revoked');
    const readOnly = await newKey(['orders:read', 'locations:read']);
    const noIdem = await expectSameAnswer(readOnly.key, async () => undefined, ORDER, null);
    expect(noIdem.json().error.code).toBe('scope_missing');
    // A good key: the body's own error.
    const good = await newKey();
    const bad = await expectSameAnswer(good.key, async () => undefined, { location_id: DEMO_BERLIN_ID, items: 'x' });
    expect(bad.statusCode).toBe(400);
  });

  it('a key of another location: 403 location_forbidden, and no order', async () => {
    const created = await newKey(ALL_SCOPES, [DEMO_NEW_YORK_ID]);
    const warm = await buildApp({ db: kit.handle.db, config: loadConfig({ POS_API_RATE_LIMIT: '10000/s' }), workers: false });
    try {
      await see(warm, created.key);
      const before = await orders();
      const res = await post(warm, created.key, randomUUID());
      expect(res.statusCode).toBe(403);
      expect(res.json().error).toMatchObject({ type: 'permission', code: 'location_forbidden', param: 'location_id' });
      expect(await orders()).toBe(before);
    } finally {
      await warm.close();
    }
  });

  it('a test key writes a test-mode order, a live key a live one, each by its own key', async () => {
    const app = await buildApp({ db: kit.handle.db, config: loadConfig({ POS_API_RATE_LIMIT: '10000/s' }), workers: false });
    try {
      for (const livemode of [false, true]) {
        const created = await newKey(['orders:write', 'orders:read'], 'all', livemode);
        await see(app, created.key);
        const res = await post(app, created.key, randomUUID());
        expect(res.statusCode).toBe(201);
        expect(res.json().livemode).toBe(livemode);
        const { rows } = await kit.handle.db.query<{ api_key_id: string; committed: boolean }>(
          'SELECT api_key_id, committed FROM idempotency_keys WHERE path = $1 AND api_key_id = $2',
          ['/api/v1/orders', created.id],
        );
        expect(rows).toEqual([{ api_key_id: created.id, committed: true }]);
      }
    } finally {
      await app.close();
    }
  });

  it('rate-limits a known key before its statement: 429 with Retry-After, as the hook answers, and no claim', async () => {
    const app = await buildApp({ db: kit.handle.db, config: loadConfig({ POS_API_RATE_LIMIT: '3/m' }), workers: false });
    try {
      const created = await newKey();
      // A bucket of 2: the GET and one order, then the next order is refused, and so is a GET (the hook).
      await see(app, created.key);
      expect((await post(app, created.key, randomUUID())).statusCode).toBe(201);
      const idem = randomUUID();
      const refused = await post(app, created.key, idem);
      expect(refused.statusCode).toBe(429);
      expect(refused.json().error).toMatchObject({ type: 'rate_limited', code: 'rate_limited' });
      expect(await claims(idem)).toBe(0);
      expect(answer(refused)).toEqual(answer(await see(app, created.key)));
    } finally {
      await app.close();
    }
  });
});
