// The auth matrix (issue #11 fault suite), generated from the route table (the OpenAPI document):
// every API v1 route × no key, a malformed key, a revoked key, a key without the route's scope, a
// till's device token; every sync route × no token and an API key. Each answers 401/403 in the error
// shape before anything else happens (no 404 that tells an id exists, no 400 that reads the body).
// Every "get one" route is also tried with a real object's id by a key of another business (404, as
// if it did not exist) and, for objects of one location, by a key of another location (403/404).
// Every state-changing back office route (from the router's own table) refuses a signed-in owner's
// session without its CSRF token (403) and a request without a session (401).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeApiKey } from '../../sync-server/auth/api-keys';
import { DEMO_BERLIN_ID, DEMO_LOGINS, DEMO_NEW_YORK_ID } from '../../sync-server/demo/demo-seed';
import { pairTestDevice } from '../../sync-server/sync/test-sync-fixtures';
import { startApiKit, type ApiTestKit } from '../api-test-kit';
import { seedTestBusiness } from '../../sync-server/testing/test-business';

/** Full paths and methods from Fastify's printRoutes tree (one level = four columns). */
function routeTable(printed: string): { method: string; path: string }[] {
  const stack: string[] = [];
  const out: { method: string; path: string }[] = [];
  for (const line of printed.split('\n')) {
    const match = /^([\s│├└─]*)(\S+?)(?: \(([^)]+)\))?$/.exec(line);
    if (!match || !match[2]) continue;
    const depth = Math.floor(match[1]!.length / 4);
    stack.length = depth;
    stack[depth] = match[2];
    const path = stack.join('');
    for (const method of match[3]?.split(', ') ?? []) out.push({ method, path });
  }
  return out;
}

interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  url: string;
}

describe('auth matrix over the route table', () => {
  let kit: ApiTestKit;
  let api: Route[];
  let sync: Route[];
  let revoked: string;
  let eventsOnly: string;
  let locationsOnly: string;
  let deviceToken: string;
  let validKey: string;
  let otherBusiness: string;
  let otherLocation: string;

  beforeAll(async () => {
    kit = await startApiKit('pglite');
    const doc = (await kit.app.inject({ method: 'GET', url: '/docs/json' })).json() as { paths: Record<string, Record<string, { security?: unknown[] }>> };
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => op.security !== undefined)
        .map(([method, op]) => ({
          method: method.toUpperCase() as Route['method'],
          path,
          url: path.replace(/\{[^}]+\}/g, 'xyz_00000000000000000000000000'),
          security: op.security,
        })),
    );
    api = routes.filter((r) => r.path.startsWith('/api/v1/'));
    sync = routes.filter((r) => r.path.startsWith('/sync/v1/'));
    validKey = await kit.key();
    revoked = await kit.key();
    const { rows } = await kit.handle.db.query<{ id: string }>('SELECT id FROM api_keys WHERE key_hash IS NOT NULL ORDER BY created_at DESC LIMIT 1');
    await revokeApiKey(kit.handle.db, rows[0]!.id);
    eventsOnly = await kit.key(['events:read']);
    locationsOnly = await kit.key(['locations:read']);
    const f = await seedTestBusiness(kit.handle.db);
    deviceToken = (await pairTestDevice(kit.app, f)).device_token;
    otherBusiness = await kit.key(undefined, 'all', f.businessId);
    otherLocation = await kit.key(undefined, [DEMO_NEW_YORK_ID]);
    // Objects of the demo business in Berlin to look up: an order (with its events) and a webhook endpoint.
    const products = (await kit.call(validKey, { method: 'GET', url: `/api/v1/products?location_id=${DEMO_BERLIN_ID}&limit=100` })).json<{
      data: { id: string; sold_by_weight?: boolean; modifier_groups?: unknown[] }[];
    }>();
    const plain = products.data.find((p) => !p.sold_by_weight && (p.modifier_groups ?? []).length === 0)!;
    const order = await kit.call(validKey, {
      method: 'POST',
      url: '/api/v1/orders',
      payload: { location_id: DEMO_BERLIN_ID, items: [{ product_id: plain.id, quantity: 1 }] },
    });
    expect(order.statusCode, order.body).toBe(201);
    const hook = await kit.call(validKey, {
      method: 'POST',
      url: '/api/v1/webhooks',
      payload: { name: 'matrix', url: 'https://hooks.example.com/pos', subscribed_events: ['order.paid'] },
    });
    expect(hook.statusCode).toBe(201);
  });
  afterAll(async () => kit?.close());

  const send = (route: Route, authorization: string | null) =>
    kit.app.inject({
      method: route.method,
      url: route.url,
      headers: { ...(authorization ? { authorization } : {}), 'idempotency-key': 'auth-matrix', 'content-type': 'application/json' },
      payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : '{}',
    });

  const expectRefused = (res: { statusCode: number; body: string }, status: number, what: string) => {
    expect(res.statusCode, `${what}: ${res.body.slice(0, 200)}`).toBe(status);
    expect(JSON.parse(res.body), what).toMatchObject({
      error: { type: status === 401 ? 'authentication' : 'permission', code: expect.any(String), message: expect.any(String) },
    });
  };

  it('the route table has the API and sync routes', () => {
    expect(api.length).toBeGreaterThan(30);
    expect(sync.map((r) => `${r.method} ${r.path}`)).toEqual(expect.arrayContaining(['POST /sync/v1/push', 'GET /sync/v1/pull']));
  });

  it('every API v1 route refuses no key, a malformed key, a revoked key and a device token with 401', async () => {
    for (const route of api) {
      const what = `${route.method} ${route.path}`;
      expectRefused(await send(route, null), 401, `${what} without a key`);
      expectRefused(await send(route, 'Bearer pos_live_short'), 401, `${what} with a malformed key`);
      expectRefused(await send(route, `Bearer ${revoked}`), 401, `${what} with a revoked key`);
      expectRefused(await send(route, `Bearer ${deviceToken}`), 401, `${what} with a device token`);
      expectRefused(await send(route, `Basic ${Buffer.from(`${validKey}:`).toString('base64')}`), 401, `${what} with Basic auth`);
    }
  });

  it('every API v1 route refuses a key without its scope with 403', async () => {
    for (const route of api) {
      const wrong = route.path.startsWith('/api/v1/events') ? locationsOnly : eventsOnly;
      expectRefused(await send(route, `Bearer ${wrong}`), 403, `${route.method} ${route.path} with a key lacking its scope`);
    }
  });

  it('every sync route refuses no token and an API key with 401', async () => {
    for (const route of sync) {
      const what = `${route.method} ${route.path}`;
      expectRefused(await send(route, null), 401, `${what} without a token`);
      expectRefused(await send(route, `Bearer ${validKey}`), 401, `${what} with an API key`);
    }
  });

  it("every get-one route hides another business's objects (404) and another location's (403/404)", async () => {
    const getOne = api.filter((r) => r.method === 'GET' && /^\/api\/v1\/[a-z-]+\/\{[^}]+\}$/.test(r.path));
    const tried: string[] = [];
    for (const route of getOne) {
      const list = await kit.call(validKey, { method: 'GET', url: route.path.replace(/\/\{[^}]+\}$/, '') });
      if (list.statusCode !== 200) continue;
      const objects = list.json<{ data: { id: string; location_id?: string }[] }>().data;
      const object = objects.find((o) => o.location_id === DEMO_BERLIN_ID || o.id === DEMO_BERLIN_ID) ?? objects[0];
      if (!object) continue;
      const url = route.path.replace(/\{[^}]+\}$/, object.id);
      const what = `${route.method} ${url}`;
      expect((await kit.call(validKey, { method: 'GET', url })).statusCode, `${what} by its own business`).toBe(200);
      const foreign = await kit.call(otherBusiness, { method: 'GET', url });
      expect(foreign.statusCode, `${what} by another business: ${foreign.body.slice(0, 200)}`).toBe(404);
      // Exactly what an id that never existed gets: nothing tells the object is there.
      const missing = await kit.call(otherBusiness, { method: 'GET', url: route.path.replace(/\{[^}]+\}$/, route.url.split('/').pop()!) });
      expect(foreign.json<{ error: { code: string } }>().error.code, what).toBe(missing.json<{ error: { code: string } }>().error.code);
      if (object.location_id === DEMO_BERLIN_ID || object.id === DEMO_BERLIN_ID) {
        const elsewhere = await kit.call(otherLocation, { method: 'GET', url });
        expect([403, 404], `${what} by a key of another location: ${elsewhere.body.slice(0, 200)}`).toContain(elsewhere.statusCode);
      }
      tried.push(route.path);
    }
    // Orders, products, locations, events and webhooks at least: the matrix must not shrink unnoticed.
    expect(tried).toEqual(expect.arrayContaining(['/api/v1/orders/{id}', '/api/v1/products/{id}', '/api/v1/locations/{id}', '/api/v1/webhooks/{id}']));
  });

  it('every state-changing back office route refuses a session without its CSRF token (403) and no session (401)', async () => {
    const owner = DEMO_LOGINS.find((l) => l.role === 'owner')!;
    const login = await kit.app.inject({ method: 'POST', url: '/backoffice/api/login', payload: { email: owner.email, password: owner.password } });
    expect(login.statusCode).toBe(200);
    const session = login.cookies.find((c) => c.name === 'pos_bo_session')!;
    const writes = routeTable(kit.app.printRoutes({ commonPrefix: false })).filter(
      (r) => r.path.startsWith('/backoffice/api/') && ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) && r.path !== '/backoffice/api/login',
    );
    expect(writes.length).toBeGreaterThan(15);
    for (const route of writes) {
      const url = route.path.replace(/:[A-Za-z]+/g, 'xyz_00000000000000000000000000');
      const what = `${route.method} ${route.path}`;
      const request = (cookie?: string) =>
        kit.app.inject({ method: route.method as 'POST', url, headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, payload: '{}' });
      const noToken = await request(`pos_bo_session=${session.value}`);
      expectRefused(noToken, 403, `${what} without X-CSRF-Token`);
      expect(noToken.json<{ error: { code: string } }>().error.code, what).toBe('csrf_token_invalid');
      if (route.path !== '/backoffice/api/logout') expectRefused(await request(), 401, `${what} without a session`);
    }
  });
});
