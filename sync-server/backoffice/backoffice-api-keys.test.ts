import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { Value } from 'typebox/value';
import { ApiKeyViewSchema } from '../../core/api/backoffice';
import { buildApp } from '../app';
import { findApiKey } from '../auth/api-keys';
import { loadConfig } from '../config';
import { TEST_ENGINES, openTestDatabase, type TestDatabase } from '../storage/test-database';
import { signIn, type SignedIn } from './test-fixtures';
import { OWNER_PASSWORD, seedTestBusiness, type TestBusiness } from '../testing/test-business';

describe.each(TEST_ENGINES)('back office API keys (%s)', (engine) => {
  let handle: TestDatabase;
  let app: FastifyInstance;
  let biz: TestBusiness;
  let other: TestBusiness;
  let owner: SignedIn;

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    app = await buildApp({ db: handle.db, config: loadConfig({}), workers: false });
    biz = await seedTestBusiness(handle.db);
    other = await seedTestBusiness(handle.db, 'Other Shop');
    owner = await signIn(app, biz.owner.email, OWNER_PASSWORD);
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  const create = (payload: unknown, s: SignedIn = owner) =>
    app.inject({ method: 'POST', url: '/backoffice/api/api-keys', headers: s.headers, payload: payload as object });

  it('creates a key with scopes and locations, shows the full key once, lists only its prefix', async () => {
    const res = await create({ name: 'stock-control', scopes: ['orders:read', 'products:write'], locations: [biz.locationIds[0]] });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created.key).toMatch(/^pos_live_[0-9A-Za-z]{32,}$/);
    expect(created.prefix).toBe(created.key.slice(0, 13));
    expect(created).toMatchObject({ name: 'stock-control', scopes: ['orders:read', 'products:write'], locations: [biz.locationIds[0]], revoked_at: null });
    // the key works for the API, with exactly these scopes and locations
    const lookup = await findApiKey(handle.db, created.key);
    expect(lookup).toMatchObject({ ok: true, principal: { id: created.id, businessId: biz.businessId, locationIds: [biz.locationIds[0]] } });

    const list = await app.inject({ method: 'GET', url: '/backoffice/api/api-keys', headers: owner.headers });
    expect(Value.Check(Type.Array(ApiKeyViewSchema), list.json().data)).toBe(true);
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(created.key);
    expect(list.body).not.toContain(created.key.slice(13));
    expect(list.json().data.find((k: { id: string }) => k.id === created.id)).toMatchObject({ prefix: created.prefix, locations: [biz.locationIds[0]] });
    expect(list.json().scopes).toContain('events:read');
  });

  it('creates an all-locations key', async () => {
    const res = await create({ name: 'everything', scopes: ['locations:read'], locations: 'all' });
    expect(res.statusCode).toBe(201);
    expect(res.json().locations).toBe('all');
  });

  it('refuses bad input with a clear 4xx and writes nothing', async () => {
    const before = (await handle.db.query('SELECT id FROM api_keys')).rowCount;
    const cases: [unknown, number, string | undefined][] = [
      [{ name: 'x', scopes: ['orders:delete'], locations: 'all' }, 400, 'scopes.0'],
      [{ name: 'x', scopes: [], locations: 'all' }, 400, 'scopes'],
      [{ name: '   ', scopes: ['orders:read'], locations: 'all' }, 400, 'name'],
      [{ name: 'x', scopes: ['orders:read'] }, 400, 'locations'],
      [{ name: 'x', scopes: ['orders:read'], locations: 'all', secret: 'mine' }, 400, 'secret'],
      [{ name: 'x', scopes: ['orders:read'], locations: [other.locationIds[0]] }, 422, 'locations'],
      [{ name: 'x', scopes: ['orders:read'], locations: ['loc_nope'] }, 422, 'locations'],
      [{ name: 42, scopes: ['orders:read'], locations: 'all' }, 400, 'name'],
    ];
    for (const [payload, status, param] of cases) {
      const res = await create(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      expect(res.json().error.request_id).toBeTruthy();
      if (param) expect(res.json().error.param, JSON.stringify(payload)).toBe(param);
    }
    expect((await handle.db.query('SELECT id FROM api_keys')).rowCount).toBe(before);
  });

  it('revokes a key: the API stops accepting it; unknown and foreign keys are 404', async () => {
    const created = (await create({ name: 'temp', scopes: ['orders:read'], locations: 'all' })).json();
    const res = await app.inject({ method: 'POST', url: `/backoffice/api/api-keys/${created.id}/revoke`, headers: owner.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().revoked_at).toEqual(expect.any(String));
    expect(await findApiKey(handle.db, created.key)).toEqual({ ok: false, reason: 'revoked' });

    const unknown = await app.inject({ method: 'POST', url: '/backoffice/api/api-keys/key_nope/revoke', headers: owner.headers });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.type).toBe('not_found');

    const otherOwner = await signIn(app, other.owner.email, OWNER_PASSWORD);
    const foreign = (await create({ name: 'theirs', scopes: ['orders:read'], locations: 'all' }, otherOwner)).json();
    const cross = await app.inject({ method: 'POST', url: `/backoffice/api/api-keys/${foreign.id}/revoke`, headers: owner.headers });
    expect(cross.statusCode).toBe(404);
    expect((await findApiKey(handle.db, foreign.key)).ok).toBe(true);
  });
});
