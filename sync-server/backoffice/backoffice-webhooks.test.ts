import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { Value } from 'typebox/value';
import { EventTypesViewSchema } from '../../core/api/backoffice';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { recordEvent } from '../events/outbox';
import { TEST_ENGINES, openTestDatabase, type TestDatabase } from '../storage/test-database';
import { signIn, type SignedIn } from './test-fixtures';
import { MANAGER_PASSWORD, OWNER_PASSWORD, seedTestBusiness, type TestBusiness } from '../testing/test-business';

interface Received {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A real HTTP receiver: /ok answers 200 with a body, /fail answers 500. */
async function startReceiver(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body });
      if (req.url === '/fail') {
        res.writeHead(500, { 'content-type': 'text/plain' }).end('receiver exploded');
      } else {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"received":true,"by":"test receiver"}');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

/** The seed's Node.js verification snippet, verbatim in logic. */
function verifyAnywhereSignature(rawBody: string, header: string, secret: string): boolean {
  const m = header.match(/t=(\d+),v1=([0-9a-f]+)/);
  if (!m) return false;
  const t = Number(m[1]);
  if (Math.abs(Date.now() / 1000 - t) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest('hex');
  return m[2] === expected;
}

describe.each(TEST_ENGINES)('back office webhooks, deliveries and events (%s)', (engine) => {
  let handle: TestDatabase;
  let app: FastifyInstance;
  let biz: TestBusiness;
  let owner: SignedIn;
  let manager: SignedIn;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    receiver = await startReceiver();
    handle = await openTestDatabase(engine);
    app = await buildApp({ db: handle.db, config: loadConfig({ POS_WEBHOOK_ALLOW_PRIVATE: '1', POS_WEBHOOK_TIMEOUT_MS: '5000' }), workers: false });
    biz = await seedTestBusiness(handle.db);
    owner = await signIn(app, biz.owner.email, OWNER_PASSWORD);
    manager = await signIn(app, biz.manager.email, MANAGER_PASSWORD);
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
    await new Promise((resolve) => receiver?.server.close(resolve));
  });

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, s: SignedIn, payload?: object) =>
    app.inject({ method, url: `/backoffice/api${url}`, headers: s.headers, ...(payload ? { payload } : {}) });

  it('lists the event catalog for the picker', async () => {
    const res = await call('GET', '/event-types', manager);
    expect(res.statusCode).toBe(200);
    expect(Value.Check(EventTypesViewSchema, res.json())).toBe(true);
    expect(res.json().subscribable).toContain('order.paid');
    expect(res.json().subscribable).not.toContain('webhook.test');
    expect(res.json().data.find((t: { type: string }) => t.type === 'order.paid').description).toEqual(expect.any(String));
  });

  it('creates an endpoint (secret once), sends a signed test and shows the attempt with the response body', async () => {
    const created = await call('POST', '/webhooks', owner, {
      name: 'stock-control',
      url: `${receiver.url}/ok`,
      subscribed_events: ['order.paid', 'order.refunded'],
    });
    expect(created.statusCode).toBe(201);
    const endpoint = created.json();
    expect(endpoint.secret).toMatch(/^whsec_/);
    expect(endpoint).toMatchObject({ enabled: true, subscribed_events: ['order.paid', 'order.refunded'], payload: 'full' });

    const list = await call('GET', '/webhooks', manager);
    expect(list.statusCode).toBe(200);
    expect(list.json().data.map((e: { id: string }) => e.id)).toContain(endpoint.id);
    expect(list.body).not.toContain(endpoint.secret);

    const test = await call('POST', `/webhooks/${endpoint.id}/test`, manager, {});
    expect(test.statusCode).toBe(200);
    const delivery = test.json();
    expect(delivery).toMatchObject({ event_type: 'webhook.test', status: 'succeeded', origin: 'test', attempt_count: 1 });
    expect(delivery.attempts[0]).toMatchObject({ status_code: 200, response_body: '{"received":true,"by":"test receiver"}' });

    const got = receiver.received.at(-1)!;
    expect(got.headers['x-pos-event-type']).toBe('webhook.test');
    expect(verifyAnywhereSignature(got.body, String(got.headers['x-pos-signature']), endpoint.secret)).toBe(true);

    const deliveries = await call('GET', `/webhooks/${endpoint.id}/deliveries`, manager);
    expect(deliveries.statusCode).toBe(200);
    expect(deliveries.json().data[0]).toMatchObject({ id: delivery.id, attempts: [{ status_code: 200 }] });
    const one = await call('GET', `/webhooks/${endpoint.id}/deliveries/${delivery.id}`, manager);
    expect(one.json().attempts).toHaveLength(1);
  });

  it('retries a failed delivery, rotates the secret, disables and re-enables, replays and deletes', async () => {
    const endpoint = (await call('POST', '/webhooks', owner, { name: 'flaky', url: `${receiver.url}/fail`, subscribed_events: ['*'], payload: 'thin' })).json();
    const failed = (await call('POST', `/webhooks/${endpoint.id}/test`, owner, { event_type: 'order.paid' })).json();
    expect(failed).toMatchObject({ status: 'failed', event_type: 'order.paid' });
    expect(failed.attempts[0]).toMatchObject({ status_code: 500, response_body: 'receiver exploded' });

    const retried = await call('POST', `/webhooks/${endpoint.id}/deliveries/${failed.id}/retry`, manager);
    expect(retried.statusCode).toBe(200);
    expect(retried.json().attempts).toHaveLength(2);

    const rotated = await call('POST', `/webhooks/${endpoint.id}/rotate-secret`, owner);
    expect(rotated.statusCode).toBe(200);
    expect(rotated.json().secret).toMatch(/^whsec_/);
    expect(rotated.json().secret).not.toBe(endpoint.secret);
    expect(rotated.json().previous_secret_expires_at).toEqual(expect.any(String));

    const disabled = await call('PATCH', `/webhooks/${endpoint.id}`, owner, { enabled: false });
    expect(disabled.json()).toMatchObject({ enabled: false, disabled_reason: expect.any(String) });
    const refused = await call('POST', `/webhooks/${endpoint.id}/deliveries/${failed.id}/retry`, owner);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('endpoint_disabled');
    expect((await call('PATCH', `/webhooks/${endpoint.id}`, owner, { enabled: true })).json().enabled).toBe(true);

    // an event recorded now is queued for the endpoint; a replay queues it once more
    await handle.db.transaction((tx) =>
      recordEvent(tx, { businessId: biz.businessId, type: 'product.updated', locationId: biz.locationIds[0], data: { object: { id: 'prd_x' } } }),
    );
    const since = new Date(Date.now() - 60_000).toISOString();
    const replay = await call('POST', `/webhooks/${endpoint.id}/replay`, manager, { since, event_types: ['product.updated'] });
    expect(replay.statusCode).toBe(200);
    expect(replay.json().queued).toBe(1);
    const badReplay = await call('POST', `/webhooks/${endpoint.id}/replay`, manager, { since: 'yesterday' });
    expect(badReplay.statusCode).toBe(400);
    expect(badReplay.json().error.param).toBe('since');

    const removed = await call('DELETE', `/webhooks/${endpoint.id}`, owner);
    expect(removed.statusCode).toBe(200);
    expect((await call('GET', `/webhooks/${endpoint.id}`, owner)).statusCode).toBe(404);
  });

  it('lets managers operate endpoints but only owners manage them', async () => {
    const endpoint = (await call('POST', '/webhooks', owner, { name: 'owned', url: `${receiver.url}/ok`, subscribed_events: ['order.paid'] })).json();
    for (const [method, url, body] of [
      ['POST', '/webhooks', { name: 'x', url: `${receiver.url}/ok`, subscribed_events: ['order.paid'] }],
      ['PATCH', `/webhooks/${endpoint.id}`, { enabled: false }],
      ['POST', `/webhooks/${endpoint.id}/rotate-secret`, undefined],
      ['DELETE', `/webhooks/${endpoint.id}`, undefined],
    ] as const) {
      const res = await call(method, url, manager, body);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().error.code).toBe('owner_required');
    }
  });

  it('refuses bad endpoint input with a clear 4xx', async () => {
    const cases: [object, string][] = [
      [{ name: 'x', url: `${receiver.url}/ok`, subscribed_events: ['order.eaten'] }, 'subscribed_events.0'],
      [{ name: 'x', url: `${receiver.url}/ok`, subscribed_events: [] }, 'subscribed_events'],
      [{ name: 'x', url: 'not a url', subscribed_events: ['order.paid'] }, 'url'],
      [{ name: 'x', url: `${receiver.url}/ok`, subscribed_events: ['order.paid'], secret: 'mine' }, 'secret'],
      [{ url: `${receiver.url}/ok`, subscribed_events: ['order.paid'] }, 'name'],
    ];
    for (const [payload, param] of cases) {
      const res = await call('POST', '/webhooks', owner, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.param, JSON.stringify(payload)).toBe(param);
    }
    const unknown = await call('POST', '/webhooks/whk_nope/test', owner, {});
    expect(unknown.statusCode).toBe(404);
    const badStatus = await call('GET', '/webhooks/whk_nope/deliveries?status=lost', owner);
    expect(badStatus.statusCode).toBe(400);
  });

  it('says it is a development service, and a production one refuses a loopback URL naming the setting', async () => {
    const session = await app.inject({ method: 'GET', url: '/backoffice/api/session', headers: { cookie: owner.cookie } });
    expect(session.json().development).toBe(true);
    const strict = await buildApp({ db: handle.db, config: loadConfig({}), workers: false });
    try {
      const strictOwner = await signIn(strict, biz.owner.email, OWNER_PASSWORD);
      const strictSession = await strict.inject({ method: 'GET', url: '/backoffice/api/session', headers: { cookie: strictOwner.cookie } });
      expect(strictSession.json().development).toBe(false);
      const refused = await strict.inject({
        method: 'POST',
        url: '/backoffice/api/webhooks',
        headers: strictOwner.headers,
        payload: { name: 'local', url: `${receiver.url}/ok`, subscribed_events: ['order.paid'] },
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error).toMatchObject({ code: 'url_not_allowed', param: 'url' });
      expect(refused.json().error.message).toContain('POS_WEBHOOK_ALLOW_PRIVATE=1');
    } finally {
      await strict.close();
    }
  });

  it('browses the events feed with a type filter', async () => {
    await handle.db.transaction((tx) =>
      recordEvent(tx, { businessId: biz.businessId, type: 'order.paid', locationId: biz.locationIds[1], data: { object: { id: 'ord_1' } } }),
    );
    // The feed serves an event once every older transaction has finished (SPEC §5.4); on a shared
    // PostgreSQL other sessions' transactions can hold that back for a moment, so poll.
    let res = await call('GET', '/events?types=order.paid', manager);
    for (let i = 0; i < 100 && res.statusCode === 200 && res.json().data.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      res = await call('GET', '/events?types=order.paid', manager);
    }
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.data.length).toBeGreaterThan(0);
    expect(page.data.every((e: { type: string }) => e.type === 'order.paid')).toBe(true);
    expect(page.next_cursor).toEqual(expect.any(String));
    const bad = await call('GET', '/events?types=order.eaten', manager);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('event_type_unknown');
  });
});
