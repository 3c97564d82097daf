import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { Value } from 'typebox/value';
import { UserViewSchema } from '../../core/api/backoffice';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { TEST_ENGINES, openTestDatabase, type TestDatabase } from '../storage/test-database';
import { DEMO_BERLIN_ID, DEMO_LOGINS, DEMO_NEW_YORK_ID, seedDemo } from '../demo/demo-seed';
import { MAX_FAILURES_PER_EMAIL } from './login-throttle';
import { sessionCookieOf, signIn } from './test-fixtures';
import { MANAGER_PASSWORD, OWNER_PASSWORD, seedTestBusiness, type TestBusiness } from '../testing/test-business';

describe.each(TEST_ENGINES)('back office sign-in, sessions, CSRF and roles (%s)', (engine) => {
  let handle: TestDatabase;
  let app: FastifyInstance;
  let biz: TestBusiness;

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    app = await buildApp({ db: handle.db, config: loadConfig({}), workers: false });
    biz = await seedTestBusiness(handle.db);
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  it('signs in with e-mail (any case) and password, and sets an httpOnly SameSite=Strict cookie scoped to /backoffice', async () => {
    const res = await app.inject({ method: 'POST', url: '/backoffice/api/login', payload: { email: biz.owner.email.toUpperCase(), password: OWNER_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({ id: biz.owner.id, role: 'owner', email: biz.owner.email });
    expect(body.business).toMatchObject({ id: biz.businessId, name: 'Test Café' });
    expect(body.locations.map((l: { id: string }) => l.id).sort()).toEqual([...biz.locationIds].sort());
    expect(body.csrf_token).toEqual(expect.any(String));
    const cookie = res.cookies.find((c) => c.name === 'pos_bo_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/backoffice' });
    expect(cookie.secure).toBeFalsy();
    expect(cookie.value.length).toBeGreaterThanOrEqual(40);
    expect(res.headers['cache-control']).toBe('no-store');
    // the database keeps only a hash of the cookie token
    const { rows } = await handle.db.query<{ token_hash: string }>('SELECT token_hash FROM sessions WHERE user_id = $1', [biz.owner.id]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.token_hash)).not.toContain(cookie.value);
  });

  it('marks the cookie Secure when the request came over https behind a trusted proxy, and ignores the header otherwise', async () => {
    const login = (on: typeof app) =>
      on.inject({
        method: 'POST',
        url: '/backoffice/api/login',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { email: biz.manager.email, password: MANAGER_PASSWORD },
      });
    const proxied = await buildApp({ db: handle.db, config: loadConfig({ POS_TRUST_PROXY: '1' }), workers: false });
    try {
      const res = await login(proxied);
      expect(res.statusCode).toBe(200);
      expect(res.cookies.find((c) => c.name === 'pos_bo_session')!.secure).toBe(true);
    } finally {
      await proxied.close();
    }
    const direct = await login(app);
    expect(direct.statusCode).toBe(200);
    expect(direct.cookies.find((c) => c.name === 'pos_bo_session')!.secure).toBeFalsy();
  });

  it('refuses a wrong password and an unknown e-mail with the same 401', async () => {
    const wrong = await app.inject({ method: 'POST', url: '/backoffice/api/login', payload: { email: biz.manager.email, password: 'nope' } });
    const unknown = await app.inject({ method: 'POST', url: '/backoffice/api/login', payload: { email: 'who@example.com', password: 'nope' } });
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toMatchObject({ type: 'authentication', code: 'invalid_credentials' });
      expect(res.cookies.find((c) => c.name === 'pos_bo_session')).toBeUndefined();
    }
  });

  it('answers bad sign-in bodies with a 4xx in the error shape', async () => {
    const missing = await app.inject({ method: 'POST', url: '/backoffice/api/login', payload: { email: biz.owner.email } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({ type: 'invalid_request', param: 'password' });
    const extra = await app.inject({ method: 'POST', url: '/backoffice/api/login', payload: { email: biz.owner.email, password: 'x', admin: true } });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.param).toBe('admin');
    const badJson = await app.inject({
      method: 'POST',
      url: '/backoffice/api/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json().error.code).toBe('invalid_json');
    // an HTML form (what a cross-site page could post without CORS) is not accepted at all
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
      const form = await app.inject({
        method: 'POST',
        url: '/backoffice/api/login',
        headers: { 'content-type': type },
        payload: `email=${biz.owner.email}&password=${OWNER_PASSWORD}`,
      });
      expect(form.statusCode, type).toBe(415);
      expect(form.json().error.code).toBe('unsupported_media_type');
    }
  });

  it('locks an account after repeated failures, even for the right password, and tells when to retry', async () => {
    const fresh = await seedTestBusiness(handle.db, 'Lockout Bistro');
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      const res = await app.inject({ method: 'POST', url: '/backoffice/api/login', payload: { email: fresh.owner.email, password: `wrong-${i}` } });
      expect(res.statusCode).toBe(401);
    }
    const locked = await app.inject({ method: 'POST', url: '/backoffice/api/login', payload: { email: fresh.owner.email, password: OWNER_PASSWORD } });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error).toMatchObject({ type: 'rate_limited', code: 'login_locked' });
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    // other accounts are not affected
    await expect(signIn(app, fresh.manager.email, MANAGER_PASSWORD)).resolves.toBeTruthy();
    // once the window has passed (failures aged in the database), the right password works again
    await handle.db.query(`UPDATE backoffice_login_attempts SET attempted_at = attempted_at - interval '16 minutes' WHERE email = $1`, [fresh.owner.email]);
    await expect(signIn(app, fresh.owner.email, OWNER_PASSWORD)).resolves.toBeTruthy();
  });

  it("lists the business's locations first-created first, so pages open on the demo's Berlin café", async () => {
    await seedDemo(handle.db);
    const login = DEMO_LOGINS.find((l) => l.role === 'manager')!;
    const s = await signIn(app, login.email, login.password);
    const me = await app.inject({ method: 'GET', url: '/backoffice/api/session', headers: { cookie: s.cookie } });
    expect(me.json().locations.map((l: { id: string }) => l.id)).toEqual([DEMO_BERLIN_ID, DEMO_NEW_YORK_ID]);
  });

  it('reports the session, refuses requests without one, and ends it on sign-out', async () => {
    const anonymous = await app.inject({ method: 'GET', url: '/backoffice/api/session' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('not_signed_in');
    const forged = await app.inject({ method: 'GET', url: '/backoffice/api/session', headers: { cookie: 'pos_bo_session=' + 'x'.repeat(43) } });
    expect(forged.statusCode).toBe(401);

    const s = await signIn(app, biz.manager.email, MANAGER_PASSWORD);
    const me = await app.inject({ method: 'GET', url: '/backoffice/api/session', headers: { cookie: s.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.role).toBe('manager');

    const out = await app.inject({ method: 'POST', url: '/backoffice/api/logout', headers: s.headers });
    expect(out.statusCode).toBe(204);
    const after = await app.inject({ method: 'GET', url: '/backoffice/api/session', headers: { cookie: s.cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('expires sessions and ends them when the user is disabled', async () => {
    const s = await signIn(app, biz.manager.email, MANAGER_PASSWORD);
    await handle.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [biz.manager.id]);
    expect((await app.inject({ method: 'GET', url: '/backoffice/api/session', headers: { cookie: s.cookie } })).statusCode).toBe(401);

    const other = await seedTestBusiness(handle.db, 'Disabled Deli');
    const t = await signIn(app, other.manager.email, MANAGER_PASSWORD);
    await handle.db.query('UPDATE users SET disabled_at = now() WHERE id = $1', [other.manager.id]);
    expect((await app.inject({ method: 'GET', url: '/backoffice/api/session', headers: { cookie: t.cookie } })).statusCode).toBe(401);
    const again = await app.inject({ method: 'POST', url: '/backoffice/api/login', payload: { email: other.manager.email, password: MANAGER_PASSWORD } });
    expect(again.statusCode).toBe(401);
  });

  it('refuses a forged state-changing request: no CSRF token, a wrong one, or another session’s', async () => {
    const s = await signIn(app, biz.owner.email, OWNER_PASSWORD);
    const body = { name: 'forged', scopes: ['orders:read'], locations: 'all' };
    const none = await app.inject({ method: 'POST', url: '/backoffice/api/api-keys', headers: { cookie: s.cookie }, payload: body });
    expect(none.statusCode).toBe(403);
    expect(none.json().error).toMatchObject({ type: 'permission', code: 'csrf_token_invalid' });
    const wrong = await app.inject({
      method: 'POST',
      url: '/backoffice/api/api-keys',
      headers: { cookie: s.cookie, 'x-csrf-token': 'abc-def' },
      payload: body,
    });
    expect(wrong.statusCode).toBe(403);
    const other = await signIn(app, biz.owner.email, OWNER_PASSWORD);
    const foreign = await app.inject({
      method: 'POST',
      url: '/backoffice/api/api-keys',
      headers: { cookie: s.cookie, 'x-csrf-token': other.csrf },
      payload: body,
    });
    expect(foreign.statusCode).toBe(403);
    // a form posted from another site (Origin elsewhere) is refused even with a valid token
    const crossSite = await app.inject({
      method: 'POST',
      url: '/backoffice/api/api-keys',
      headers: { ...s.headers, origin: 'https://evil.example' },
      payload: body,
    });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json().error.code).toBe('cross_site_request');
    // modern browsers label the request themselves: a sibling subdomain or another site is refused…
    for (const site of ['cross-site', 'same-site']) {
      const res = await app.inject({ method: 'POST', url: '/backoffice/api/api-keys', headers: { ...s.headers, 'sec-fetch-site': site }, payload: body });
      expect(res.statusCode, site).toBe(403);
    }
    // …while their own page is trusted even when a proxy rewrote the Host the Origin is compared to
    const proxied = await app.inject({
      method: 'POST',
      url: '/backoffice/api/api-keys',
      headers: { ...s.headers, origin: 'https://pos.example.com', 'sec-fetch-site': 'same-origin' },
      payload: body,
    });
    expect(proxied.statusCode).toBe(201);
    await app.inject({ method: 'POST', url: `/backoffice/api/api-keys/${proxied.json().id}/revoke`, headers: s.headers });
    // nothing was written by any of the refused ones
    const { rows } = await handle.db.query('SELECT 1 FROM api_keys WHERE business_id = $1', [biz.businessId]);
    expect(rows).toHaveLength(1);
    // the same request with the token goes through
    const ok = await app.inject({ method: 'POST', url: '/backoffice/api/api-keys', headers: { ...s.headers, origin: 'http://localhost:80' }, payload: body });
    expect(ok.statusCode).toBe(201);
    await app.inject({ method: 'POST', url: `/backoffice/api/api-keys/${ok.json().id}/revoke`, headers: s.headers });
  });

  it('lets only owners manage API keys', async () => {
    const m = await signIn(app, biz.manager.email, MANAGER_PASSWORD);
    const list = await app.inject({ method: 'GET', url: '/backoffice/api/api-keys', headers: m.headers });
    expect(list.statusCode).toBe(403);
    expect(list.json().error).toMatchObject({ type: 'permission', code: 'owner_required' });
    const create = await app.inject({
      method: 'POST',
      url: '/backoffice/api/api-keys',
      headers: m.headers,
      payload: { name: 'x', scopes: ['orders:read'], locations: 'all' },
    });
    expect(create.statusCode).toBe(403);
  });

  it('gives each sign-in a new session cookie', async () => {
    const first = await app.inject({ method: 'POST', url: '/backoffice/api/login', payload: { email: biz.owner.email, password: OWNER_PASSWORD } });
    const second = await app.inject({
      method: 'POST',
      url: '/backoffice/api/login',
      headers: { cookie: sessionCookieOf(first) },
      payload: { email: biz.owner.email, password: OWNER_PASSWORD },
    });
    expect(sessionCookieOf(second)).not.toBe(sessionCookieOf(first));
    // the browser's previous session ended with the new sign-in
    expect((await app.inject({ method: 'GET', url: '/backoffice/api/session', headers: { cookie: sessionCookieOf(first) } })).statusCode).toBe(401);
  });

  it('lets owners manage users: add, change role, disable (ending their sessions), never the last owner', async () => {
    const shop = await seedTestBusiness(handle.db, 'Users Ltd');
    const owner = await signIn(app, shop.owner.email, OWNER_PASSWORD);
    const add = (payload: object, s: typeof owner = owner) => app.inject({ method: 'POST', url: '/backoffice/api/users', headers: s.headers, payload });
    const created = await add({ email: `new-${shop.businessId.slice(-6)}@example.com`, name: 'Nia New', role: 'manager', password: 'a-long-password' });
    expect(created.statusCode).toBe(201);
    expect(created.body).not.toContain('password');
    const nia = created.json();
    expect(Value.Check(UserViewSchema, nia)).toBe(true);
    const niaSession = await signIn(app, nia.email, 'a-long-password');

    expect((await add({ email: nia.email, name: '', role: 'manager', password: 'a-long-password' })).statusCode).toBe(409);
    expect((await add({ email: 'x@example.com', name: '', role: 'manager', password: 'short' })).json().error.param).toBe('password');
    expect((await add({ email: 'not-an-email', name: '', role: 'manager', password: 'a-long-password' })).json().error.param).toBe('email');
    expect((await add({ email: 'y@example.com', name: '', role: 'admin', password: 'a-long-password' })).statusCode).toBe(400);
    const asManager = await signIn(app, shop.manager.email, MANAGER_PASSWORD);
    expect((await add({ email: 'z@example.com', name: '', role: 'owner', password: 'a-long-password' }, asManager)).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/backoffice/api/users', headers: asManager.headers })).statusCode).toBe(403);

    const patchUser = (id: string, payload: object) => app.inject({ method: 'PATCH', url: `/backoffice/api/users/${id}`, headers: owner.headers, payload });
    const lastOwner = await patchUser(shop.owner.id, { role: 'manager' });
    expect(lastOwner.statusCode).toBe(409);
    expect(lastOwner.json().error.code).toBe('last_owner');
    expect((await patchUser(shop.owner.id, { disabled: true })).statusCode).toBe(409);

    expect((await patchUser(nia.id, { role: 'owner' })).json().role).toBe('owner');
    const disabled = await patchUser(nia.id, { disabled: true });
    expect(disabled.json().disabled_at).toEqual(expect.any(String));
    expect((await app.inject({ method: 'GET', url: '/backoffice/api/session', headers: { cookie: niaSession.cookie } })).statusCode).toBe(401);
    expect((await patchUser('usr_nope', { disabled: true })).statusCode).toBe(404);
    expect((await patchUser(nia.id, {})).statusCode).toBe(400);
  });

  it('changes passwords: an owner sets one for a user, everyone changes their own; other sessions end', async () => {
    const shop = await seedTestBusiness(handle.db, 'Passwords GmbH');
    const owner = await signIn(app, shop.owner.email, OWNER_PASSWORD);
    const managerElsewhere = await signIn(app, shop.manager.email, MANAGER_PASSWORD);
    const set = await app.inject({
      method: 'POST',
      url: `/backoffice/api/users/${shop.manager.id}/password`,
      headers: owner.headers,
      payload: { password: 'brand-new-pass-1' },
    });
    expect(set.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/backoffice/api/session', headers: { cookie: managerElsewhere.cookie } })).statusCode).toBe(401);
    const manager = await signIn(app, shop.manager.email, 'brand-new-pass-1');
    const asManager = await app.inject({
      method: 'POST',
      url: `/backoffice/api/users/${shop.owner.id}/password`,
      headers: manager.headers,
      payload: { password: 'hijacked-pass-1' },
    });
    expect(asManager.statusCode).toBe(403);

    const own = (payload: object) => app.inject({ method: 'POST', url: '/backoffice/api/me/password', headers: manager.headers, payload });
    const wrong = await own({ current_password: 'not-it', new_password: 'another-pass-22' });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.param).toBe('current_password');
    expect((await own({ current_password: 'brand-new-pass-1', new_password: 'short' })).json().error.param).toBe('new_password');
    expect((await own({ current_password: 'brand-new-pass-1', new_password: 'another-pass-22' })).statusCode).toBe(200);
    // this session stays signed in; the old password no longer works
    expect((await app.inject({ method: 'GET', url: '/backoffice/api/session', headers: { cookie: manager.cookie } })).statusCode).toBe(200);
    const old = await app.inject({ method: 'POST', url: '/backoffice/api/login', payload: { email: shop.manager.email, password: 'brand-new-pass-1' } });
    expect(old.statusCode).toBe(401);
    expect(
      (await app.inject({ method: 'POST', url: '/backoffice/api/users/usr_nope/password', headers: owner.headers, payload: { password: 'brand-new-pass-1' } }))
        .statusCode,
    ).toBe(404);
  });
});
