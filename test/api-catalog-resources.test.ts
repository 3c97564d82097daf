// API v1 tax rates, categories, modifier groups and location updates (issue 13), over HTTP on each
// engine: cursor pages, location access, PATCH semantics, soft deletes and what they do to products,
// the tills' pull, and the events — also when the back office makes the change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BERLIN_ID, DEMO_BUSINESS_ID, DEMO_NEW_YORK_ID, demoId } from '../sync-server/demo/demo-seed';
import { signIn } from '../sync-server/backoffice/test-fixtures';
import { createPairingCode } from '../sync-server/sync/test-sync-fixtures';
import { TEST_ENGINES } from '../sync-server/storage/test-database';
import { ALL_SCOPES, startApiKit, type ApiTestKit } from './api-test-kit';

describe.each(TEST_ENGINES)('API v1 catalog resources on %s', (engine) => {
  let kit: ApiTestKit;
  let key: string;

  beforeAll(async () => {
    kit = await startApiKit(engine);
    key = await kit.key([...ALL_SCOPES, 'locations:write']);
  });
  afterAll(async () => kit?.close());

  const get = (url: string, k = key) => kit.call(k, { method: 'GET', url });
  const post = (url: string, payload: object, k = key) => kit.call(k, { method: 'POST', url, payload });
  const patch = (url: string, payload: object, k = key) => kit.call(k, { method: 'PATCH', url, payload });
  const del = (url: string, k = key) => kit.call(k, { method: 'DELETE', url });
  async function eventsOf(type: string, objectId: string): Promise<Record<string, unknown>[]> {
    const { rows } = await kit.handle.db.query<{ data: Record<string, unknown> }>(
      `SELECT data FROM events WHERE business_id = $1 AND type = $2 AND data->'object'->>'id' = $3 ORDER BY seq`,
      [DEMO_BUSINESS_ID, type, objectId],
    );
    return rows.map((r) => r.data);
  }

  it('tax rates: create, page through, update with previous_attributes, refuse to delete one in use, delete one that is not', async () => {
    const created = await post('/api/v1/tax-rates', { location_id: DEMO_BERLIN_ID, name: 'Super reduced', rate_ppm: 50_000 });
    expect(created.statusCode, created.body).toBe(201);
    const rate = created.json();
    expect(rate).toMatchObject({
      id: expect.stringMatching(/^tax_/),
      object: 'tax_rate',
      location_id: DEMO_BERLIN_ID,
      name: 'Super reduced',
      rate_ppm: 50_000,
    });
    expect(await eventsOf('tax_rate.created', rate.id)).toEqual([{ object: rate }]);
    expect((await get(`/api/v1/tax-rates/${rate.id}`)).json()).toEqual(rate);

    // Cursor pages cover every Berlin rate exactly once, in id order.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await get(`/api/v1/tax-rates?location_id=${DEMO_BERLIN_ID}&limit=1${cursor ? `&cursor=${cursor}` : ''}`)).json() as {
        data: { id: string }[];
        next_cursor: string | null;
        has_more: boolean;
      };
      expect(page.data.length).toBeLessThanOrEqual(1);
      seen.push(...page.data.map((t) => t.id));
      cursor = page.next_cursor;
      expect(page.has_more).toBe(cursor !== null);
    } while (cursor);
    expect(seen).toEqual([...seen].sort());
    expect(seen).toContain(rate.id);
    expect(new Set(seen).size).toBe(seen.length);

    const updated = await patch(`/api/v1/tax-rates/${rate.id}`, { rate_ppm: 55_000 });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ name: 'Super reduced', rate_ppm: 55_000 });
    expect(await eventsOf('tax_rate.updated', rate.id)).toEqual([{ object: updated.json(), previous_attributes: { rate_ppm: 50_000 } }]);
    // The same values again: no event.
    expect((await patch(`/api/v1/tax-rates/${rate.id}`, { rate_ppm: 55_000 })).statusCode).toBe(200);
    expect(await eventsOf('tax_rate.updated', rate.id)).toHaveLength(1);

    const standard = demoId('tax', 'berlin:standard');
    const inUse = await del(`/api/v1/tax-rates/${standard}`);
    expect(inUse.statusCode, inUse.body).toBe(409);
    expect(inUse.json().error).toMatchObject({ type: 'conflict', code: 'tax_rate_in_use', param: 'id' });
    expect((await get(`/api/v1/tax-rates/${standard}`)).statusCode).toBe(200);

    const removed = await del(`/api/v1/tax-rates/${rate.id}`);
    expect(removed.json()).toEqual({ id: rate.id, object: 'tax_rate', deleted: true });
    expect(await eventsOf('tax_rate.deleted', rate.id)).toEqual([{ object: { id: rate.id, object: 'tax_rate', deleted: true } }]);
    expect((await get(`/api/v1/tax-rates/${rate.id}`)).statusCode).toBe(404);
    expect((await del(`/api/v1/tax-rates/${rate.id}`)).statusCode).toBe(404);
    expect((await get(`/api/v1/tax-rates?location_id=${DEMO_BERLIN_ID}&limit=100`)).json().data.map((t: { id: string }) => t.id)).not.toContain(rate.id);
    const product = await post('/api/v1/products', { location_id: DEMO_BERLIN_ID, name: 'Ghost', price: 100, tax_rate_id: rate.id });
    expect(product.statusCode).toBe(422);
    expect(product.json().error).toMatchObject({ code: 'tax_rate_not_found', param: 'tax_rate_id' });
  });

  it('categories: deleting one leaves its products on sale, uncategorized, each with product.updated', async () => {
    const category = (await post('/api/v1/categories', { location_id: DEMO_BERLIN_ID, name: 'Seasonal', color: '#aa3300' })).json();
    expect(category).toMatchObject({ object: 'category', name: 'Seasonal', color: '#aa3300', sort_order: 0 });
    const product = (
      await post('/api/v1/products', {
        location_id: DEMO_BERLIN_ID,
        name: 'Pumpkin latte',
        price: 450,
        tax_rate_id: demoId('tax', 'berlin:standard'),
        category_id: category.id,
      })
    ).json();
    expect(product.category).toMatchObject({ id: category.id, name: 'Seasonal' });

    const renamed = await patch(`/api/v1/categories/${category.id}`, { name: 'Autumn', color: null });
    expect(renamed.json()).toMatchObject({ name: 'Autumn', color: null, sort_order: 0 });
    expect((await eventsOf('category.updated', category.id))[0]).toMatchObject({ previous_attributes: { name: 'Seasonal', color: '#aa3300' } });
    expect((await get(`/api/v1/products/${product.id}`)).json().category).toMatchObject({ name: 'Autumn' });

    expect((await patch(`/api/v1/categories/${category.id}`, { color: 'red' })).statusCode).toBe(400);
    expect((await patch(`/api/v1/categories/${category.id}`, {})).statusCode).toBe(400);

    expect((await del(`/api/v1/categories/${category.id}`)).statusCode).toBe(200);
    expect((await get(`/api/v1/products/${product.id}`)).json().category).toBeNull();
    const productEvents = await eventsOf('product.updated', product.id);
    expect(productEvents.at(-1)).toMatchObject({ object: { id: product.id, category: null }, previous_attributes: { category: { id: category.id } } });
    expect(await eventsOf('category.deleted', category.id)).toHaveLength(1);
    const reuse = await patch(`/api/v1/products/${product.id}`, { category_id: category.id });
    expect(reuse.json().error).toMatchObject({ code: 'category_not_found' });
  });

  it('modifier groups: the modifiers list is replaced in order, ids keep modifiers; deleting detaches it from products', async () => {
    const created = await post('/api/v1/modifier-groups', {
      location_id: DEMO_BERLIN_ID,
      name: 'Syrup',
      modifiers: [
        { name: 'Vanilla', price_delta: 40 },
        { name: 'Caramel', price_delta: 40 },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const group = created.json();
    expect(group).toMatchObject({
      object: 'modifier_group',
      min_select: 0,
      max_select: 1,
      modifiers: [
        { name: 'Vanilla', price_delta: 40 },
        { name: 'Caramel', price_delta: 40 },
      ],
    });
    const [vanilla] = group.modifiers as { id: string }[];

    const updated = await patch(`/api/v1/modifier-groups/${group.id}`, {
      max_select: 2,
      modifiers: [
        { name: 'Hazelnut', price_delta: 50 },
        { id: vanilla!.id, name: 'Vanilla', price_delta: 45 },
      ],
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json().modifiers).toEqual([
      { id: expect.stringMatching(/^mod_/), name: 'Hazelnut', price_delta: 50 },
      { id: vanilla!.id, name: 'Vanilla', price_delta: 45 },
    ]);
    expect((await eventsOf('modifier_group.updated', group.id))[0]).toMatchObject({ previous_attributes: { max_select: 1, modifiers: group.modifiers } });

    const bounds = await patch(`/api/v1/modifier-groups/${group.id}`, { min_select: 3 });
    expect(bounds.statusCode).toBe(400);
    expect(bounds.json().error).toMatchObject({ code: 'parameter_invalid', param: 'max_select' });
    const stranger = await patch(`/api/v1/modifier-groups/${group.id}`, {
      modifiers: [{ id: demoId('mod', 'berlin:milk:Hafermilch'), name: 'x', price_delta: 0 }],
    });
    expect(stranger.statusCode).toBe(422);
    expect(stranger.json().error).toMatchObject({ code: 'modifier_unknown' });
    expect((await get(`/api/v1/modifier-groups/${group.id}`)).json()).toEqual(updated.json());

    const product = (
      await post('/api/v1/products', {
        location_id: DEMO_BERLIN_ID,
        name: 'Iced latte',
        price: 420,
        tax_rate_id: demoId('tax', 'berlin:standard'),
        modifier_group_ids: [group.id],
      })
    ).json();
    expect(product.modifier_groups.map((g: { id: string }) => g.id)).toEqual([group.id]);
    expect((await del(`/api/v1/modifier-groups/${group.id}`)).json()).toEqual({ id: group.id, object: 'modifier_group', deleted: true });
    expect((await get(`/api/v1/products/${product.id}`)).json().modifier_groups).toEqual([]);
    expect((await eventsOf('product.updated', product.id)).at(-1)).toMatchObject({ previous_attributes: { modifier_groups: [{ id: group.id }] } });
    expect(await eventsOf('modifier_group.deleted', group.id)).toHaveLength(1);
  });

  it('checks scopes and locations like products: products:read to read, products:write to write, 403 for another location', async () => {
    const readOnly = await kit.key(['products:read']);
    expect((await get('/api/v1/categories', readOnly)).statusCode).toBe(200);
    const denied = await post('/api/v1/categories', { location_id: DEMO_BERLIN_ID, name: 'Nope' }, readOnly);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('scope_missing');
    const berlinOnly = await kit.key(ALL_SCOPES, [DEMO_BERLIN_ID]);
    const nyGroup = demoId('mgr', 'new-york:milk');
    expect((await get(`/api/v1/modifier-groups/${nyGroup}`, berlinOnly)).statusCode).toBe(403);
    expect((await patch(`/api/v1/modifier-groups/${nyGroup}`, { name: 'x' }, berlinOnly)).statusCode).toBe(403);
    expect((await post('/api/v1/tax-rates', { location_id: DEMO_NEW_YORK_ID, name: 'x', rate_ppm: 1 }, berlinOnly)).statusCode).toBe(403);
    const list = (await get('/api/v1/modifier-groups?limit=100', berlinOnly)).json();
    expect(list.data.length).toBeGreaterThan(0);
    expect(list.data.every((g: { location_id: string }) => g.location_id === DEMO_BERLIN_ID)).toBe(true);
    expect((await get(`/api/v1/categories?location_id=${DEMO_NEW_YORK_ID}`, berlinOnly)).statusCode).toBe(403);
    expect((await post('/api/v1/categories', { location_id: 'loc_nowhere', name: 'x' })).json().error).toMatchObject({ code: 'location_not_found' });
    expect((await get('/api/v1/tax-rates?cursor=bogus')).json().error).toMatchObject({ code: 'cursor_invalid' });
  });

  it('locations: PATCH needs locations:write, changes only what is sent and emits location.updated', async () => {
    const reader = await kit.key(['locations:read']);
    const denied = await patch(`/api/v1/locations/${DEMO_NEW_YORK_ID}`, { name: 'x' }, reader);
    expect(denied.statusCode).toBe(403);
    const before = (await get(`/api/v1/locations/${DEMO_NEW_YORK_ID}`)).json();
    const res = await patch(`/api/v1/locations/${DEMO_NEW_YORK_ID}`, {
      name: 'Anywhere Café SoHo',
      address: { line1: '1 Spring St', city: 'New York', country: 'US' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Anywhere Café SoHo',
      address: { line1: '1 Spring St', city: 'New York', country: 'US' },
      currency: before.currency,
      timezone: before.timezone,
    });
    expect(await eventsOf('location.updated', DEMO_NEW_YORK_ID)).toEqual([
      { object: res.json(), previous_attributes: { name: before.name, address: before.address } },
    ]);
    expect((await patch(`/api/v1/locations/${DEMO_NEW_YORK_ID}`, { currency: 'USD' })).statusCode).toBe(400);
    const zone = await patch(`/api/v1/locations/${DEMO_NEW_YORK_ID}`, { timezone: 'Mars/Olympus' });
    expect(zone.statusCode).toBe(422);
    expect(zone.json().error).toMatchObject({ code: 'timezone_invalid', param: 'timezone' });
    const berlinOnly = await kit.key(['locations:write'], [DEMO_BERLIN_ID]);
    expect((await patch(`/api/v1/locations/${DEMO_NEW_YORK_ID}`, { name: 'x' }, berlinOnly)).statusCode).toBe(403);
    expect(await eventsOf('location.updated', DEMO_NEW_YORK_ID)).toHaveLength(1);
  });

  it('the back office emits the same events, and a till drops a deleted category on its next pull', async () => {
    const owner = await signIn(kit.app, 'owner@demo.anywhere-pos.test', 'demo-owner-2026');
    const bo = (method: 'POST' | 'PATCH', url: string, payload: object) =>
      kit.app.inject({ method, url: `/backoffice/api${url}`, headers: owner.headers, payload });
    const created = await bo('POST', '/categories', { location_id: DEMO_BERLIN_ID, name: 'From the back office' });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect(created.json()).toMatchObject({ name: 'From the back office', product_count: 0 });
    expect(await eventsOf('category.created', id)).toHaveLength(1);
    expect((await bo('PATCH', `/categories/${id}`, { name: 'Renamed', sort_order: 9 })).json()).toMatchObject({ name: 'Renamed', sort_order: 9 });
    expect((await eventsOf('category.updated', id))[0]).toMatchObject({ previous_attributes: { name: 'From the back office', sort_order: 0 } });

    const tax = await bo('POST', '/tax-rates', { location_id: DEMO_BERLIN_ID, name: 'Zero', rate_ppm: 0 });
    expect(await eventsOf('tax_rate.created', tax.json().id)).toHaveLength(1);
    await bo('PATCH', `/tax-rates/${tax.json().id}`, { name: 'Zero rated', rate_ppm: 0 });
    expect((await eventsOf('tax_rate.updated', tax.json().id))[0]).toMatchObject({ previous_attributes: { name: 'Zero' } });
    const group = await bo('POST', '/modifier-groups', {
      location_id: DEMO_BERLIN_ID,
      name: 'Size',
      min_select: 1,
      max_select: 1,
      modifiers: [{ name: 'Large', price_delta: 80 }],
    });
    expect(await eventsOf('modifier_group.created', group.json().id)).toHaveLength(1);
    await bo('PATCH', `/modifier-groups/${group.json().id}`, { name: 'Size', min_select: 1, max_select: 1, modifiers: [] });
    expect((await eventsOf('modifier_group.updated', group.json().id))[0]).toMatchObject({ previous_attributes: { modifiers: [{ name: 'Large' }] } });

    const location = await bo('PATCH', `/locations/${DEMO_BERLIN_ID}`, { name: 'Anywhere Café Mitte' });
    expect(location.statusCode, location.body).toBe(200);
    expect(await eventsOf('location.updated', DEMO_BERLIN_ID)).toEqual([expect.objectContaining({ previous_attributes: { name: expect.any(String) } })]);
    const manager = await signIn(kit.app, 'manager@demo.anywhere-pos.test', 'demo-manager-2026');
    const notOwner = await kit.app.inject({
      method: 'PATCH',
      url: `/backoffice/api/locations/${DEMO_BERLIN_ID}`,
      headers: manager.headers,
      payload: { name: 'x' },
    });
    expect(notOwner.statusCode).toBe(403);

    // A Berlin till: the first pull has the category; after the API deletes it, the next pull drops it.
    const code = await createPairingCode(kit.handle.db, { businessId: DEMO_BUSINESS_ID, locationId: DEMO_BERLIN_ID });
    const paired = (await kit.app.inject({ method: 'POST', url: '/sync/v1/pair', payload: { code, device_name: 'Till' } })).json();
    const pull = async (cursor?: string) =>
      (
        await kit.app.inject({
          method: 'GET',
          url: `/sync/v1/pull${cursor ? `?cursor=${cursor}` : ''}`,
          headers: { authorization: `Bearer ${paired.device_token}` },
        })
      ).json();
    const first = await pull();
    expect(first.categories.upserted.map((c: { id: string }) => c.id)).toContain(id);
    expect(first.location.name).toBe('Anywhere Café Mitte');
    expect((await del(`/api/v1/categories/${id}`)).statusCode).toBe(200);
    let page = first;
    do page = await pull(page.next_cursor);
    while (page.has_more);
    expect(page.categories.deleted).toContain(id);
  });
});
