// API v1 customers (issue 13) over HTTP on each engine: create, search, pages, PATCH with
// customer.updated, scopes, and an order created for a customer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BERLIN_ID, DEMO_BUSINESS_ID, demoId } from '../sync-server/demo/demo-seed';
import { TEST_ENGINES } from '../sync-server/storage/test-database';
import { ALL_SCOPES, startApiKit, type ApiTestKit } from './api-test-kit';

describe.each(TEST_ENGINES)('API v1 customers on %s', (engine) => {
  let kit: ApiTestKit;
  let key: string;

  beforeAll(async () => {
    kit = await startApiKit(engine);
    key = await kit.key([...ALL_SCOPES, 'customers:read', 'customers:write']);
  });
  afterAll(async () => kit?.close());

  const get = (url: string, k = key) => kit.call(k, { method: 'GET', url });
  const post = (url: string, payload: object, k = key) => kit.call(k, { method: 'POST', url, payload });
  const patch = (url: string, payload: object, k = key) => kit.call(k, { method: 'PATCH', url, payload });
  async function events(type: string, id: string) {
    const { rows } = await kit.handle.db.query<{ data: Record<string, unknown>; location_id: string | null }>(
      `SELECT data, location_id FROM events WHERE business_id = $1 AND type = $2 AND data->'object'->>'id' = $3 ORDER BY seq`,
      [DEMO_BUSINESS_ID, type, id],
    );
    return rows;
  }

  it('creates customers, finds them by name, email or phone digits, pages through them', async () => {
    const mia = await post('/api/v1/customers', { name: 'Mia Schmidt', email: 'Mia.Schmidt@Example.com', phone: '+49 30 1234567' });
    expect(mia.statusCode, mia.body).toBe(201);
    expect(mia.json()).toMatchObject({
      id: expect.stringMatching(/^cus_/),
      object: 'customer',
      name: 'Mia Schmidt',
      email: 'mia.schmidt@example.com',
      phone: '+49 30 1234567',
      note: '',
    });
    expect(await events('customer.created', mia.json().id)).toEqual([{ data: { object: mia.json() }, location_id: null }]);
    const tom = (await post('/api/v1/customers', { phone: '0171 555 0199' })).json();
    const ana = (await post('/api/v1/customers', { name: 'Ana 100% Pérez', email: 'ana@example.org' })).json();
    expect((await get(`/api/v1/customers/${tom.id}`)).json()).toEqual(tom);

    const search = async (q: string) => (await get(`/api/v1/customers?query=${encodeURIComponent(q)}`)).json().data.map((c: { id: string }) => c.id);
    expect(await search('schmidt')).toEqual([mia.json().id]);
    expect(await search('EXAMPLE.')).toEqual([mia.json().id, ana.id]);
    expect(await search('030 1234')).toEqual([]);
    expect(await search('30 123')).toEqual([mia.json().id]);
    expect(await search('5550199')).toEqual([tom.id]);
    expect(await search('100%')).toEqual([ana.id]);
    expect(await search('_')).toEqual([]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await get(`/api/v1/customers?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json() as {
        data: { id: string }[];
        next_cursor: string | null;
      };
      seen.push(...page.data.map((c) => c.id));
      cursor = page.next_cursor;
    } while (cursor);
    expect(seen).toEqual([mia.json().id, tom.id, ana.id]);
  });

  it('refuses a customer without name, email or phone, and malformed contact details', async () => {
    const empty = await post('/api/v1/customers', { note: 'regular' });
    expect(empty.statusCode).toBe(422);
    expect(empty.json().error).toMatchObject({ code: 'customer_contact_required' });
    expect((await post('/api/v1/customers', { email: 'not an email' })).json().error).toMatchObject({ type: 'invalid_request', param: 'email' });
    expect((await post('/api/v1/customers', { phone: 'call me' })).json().error).toMatchObject({ param: 'phone' });
    expect((await post('/api/v1/customers', { name: 'x', loyalty: 5 })).statusCode).toBe(400);
  });

  it('updates only what is sent (null clears), with previous_attributes, and never leaves a customer without contact', async () => {
    const c = (await post('/api/v1/customers', { name: 'Lea', email: 'lea@example.com' })).json();
    const res = await patch(`/api/v1/customers/${c.id}`, { phone: '+49 40 555', email: null });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Lea', email: null, phone: '+49 40 555' });
    expect(await events('customer.updated', c.id)).toEqual([
      { data: { object: res.json(), previous_attributes: { email: 'lea@example.com', phone: null } }, location_id: null },
    ]);
    expect((await patch(`/api/v1/customers/${c.id}`, { name: 'Lea' })).statusCode).toBe(200);
    expect(await events('customer.updated', c.id)).toHaveLength(1);
    const bare = await patch(`/api/v1/customers/${c.id}`, { name: null, phone: null });
    expect(bare.statusCode).toBe(422);
    expect((await get(`/api/v1/customers/${c.id}`)).json()).toMatchObject({ name: 'Lea', phone: '+49 40 555' });
    expect((await patch('/api/v1/customers/cus_missing', { name: 'x' })).statusCode).toBe(404);
  });

  it('needs customers:read / customers:write, and another business never sees ours', async () => {
    const c = (await post('/api/v1/customers', { name: 'Private' })).json();
    const orderOnly = await kit.key(['orders:read', 'orders:write']);
    expect((await get('/api/v1/customers', orderOnly)).json().error.code).toBe('scope_missing');
    const reader = await kit.key(['customers:read']);
    expect((await get(`/api/v1/customers/${c.id}`, reader)).statusCode).toBe(200);
    expect((await post('/api/v1/customers', { name: 'x' }, reader)).statusCode).toBe(403);
    await kit.handle.db.exec(`INSERT INTO businesses (id, name) VALUES ('biz_CUSTOTHER', 'Other') ON CONFLICT DO NOTHING`);
    const other = await kit.key(['customers:read', 'customers:write'], 'all', 'biz_CUSTOTHER');
    expect((await get(`/api/v1/customers/${c.id}`, other)).statusCode).toBe(404);
    expect((await get('/api/v1/customers', other)).json().data).toEqual([]);
  });

  it('an API order names its customer; unknown or foreign customers are 422', async () => {
    const c = (await post('/api/v1/customers', { name: 'Jonas', email: 'jonas@example.com' })).json();
    const items = [{ product_id: demoId('prd', 'berlin:Espresso'), quantity: 1 }];
    const order = await post('/api/v1/orders', { location_id: DEMO_BERLIN_ID, items, customer_id: c.id });
    expect(order.statusCode, order.body).toBe(201);
    expect(order.json().customer_id).toBe(c.id);
    expect((await get(`/api/v1/orders/${order.json().id}`)).json().customer_id).toBe(c.id);
    const { rows } = await kit.handle.db.query<{ data: { object: { customer_id: string } } }>(
      `SELECT data FROM events WHERE type = 'order.created' AND data->'object'->>'id' = $1`,
      [order.json().id],
    );
    expect(rows[0]!.data.object.customer_id).toBe(c.id);
    expect((await post('/api/v1/orders', { location_id: DEMO_BERLIN_ID, items })).json().customer_id).toBeNull();
    const unknown = await post('/api/v1/orders', { location_id: DEMO_BERLIN_ID, items, customer_id: 'cus_01KAQ2ZY5F6G7H8J9K0M1N2P3Q' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error).toMatchObject({ code: 'customer_not_found', param: 'customer_id' });
    const foreign = (await post('/api/v1/customers', { name: 'Elsewhere' }, await kit.key(['customers:write'], 'all', 'biz_CUSTOTHER'))).json();
    expect((await post('/api/v1/orders', { location_id: DEMO_BERLIN_ID, items, customer_id: foreign.id })).json().error).toMatchObject({
      code: 'customer_not_found',
    });
  });
});
