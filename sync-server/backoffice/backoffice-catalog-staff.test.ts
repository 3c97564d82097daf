import { beforeAll, describe, expect, it } from 'vitest';
import { Value } from 'typebox/value';
import { Type } from 'typebox';
import { CatalogViewSchema, ShiftDetailViewSchema, ShiftViewSchema, StaffViewSchema } from '../../core/api/backoffice';
import { newId } from '../../core/ids';
import { verifyPin } from '../../core/pin-hash';
import { TEST_ENGINES } from '../storage/test-database';
import { signIn, type SignedIn } from './test-fixtures';
import { MANAGER_PASSWORD, seedTestBusiness, type TestBusiness } from '../testing/test-business';
import { withTestApp } from '../testing/test-app';

describe.each(TEST_ENGINES)('back office catalog, staff and shifts (%s)', (engine) => {
  const fx = withTestApp(engine);
  let other: TestBusiness;
  let manager: SignedIn;
  let loc: string;

  beforeAll(async () => {
    other = await seedTestBusiness(fx.db, 'Other Shop');
    manager = await signIn(fx.app, fx.business.manager.email, MANAGER_PASSWORD);
    // Harbour: the seeded catalog and cashier are at Main Street, this test builds its own.
    loc = fx.business.otherLocationId;
  });

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    fx.app.inject({ method, url: `/backoffice/api${url}`, headers: manager.headers, ...(payload ? { payload } : {}) });

  const ids: Record<string, string> = {};

  it('creates and edits tax rates, categories and modifier groups of a location', async () => {
    const tax = await call('POST', '/tax-rates', { location_id: loc, name: 'VAT 19%', rate_ppm: 190_000 });
    expect(tax.statusCode).toBe(201);
    ids.tax = tax.json().id;
    expect((await call('PATCH', `/tax-rates/${ids.tax}`, { name: 'Standard VAT', rate_ppm: 190_000 })).json()).toMatchObject({
      name: 'Standard VAT',
      product_count: 0,
    });

    const cat = await call('POST', '/categories', { location_id: loc, name: 'Coffee', color: '#aa5500', sort_order: 1 });
    expect(cat.statusCode).toBe(201);
    ids.cat = cat.json().id;

    const group = await call('POST', '/modifier-groups', {
      location_id: loc,
      name: 'Milk',
      min_select: 0,
      max_select: 1,
      modifiers: [
        { name: 'Oat', price_delta: 40 },
        { name: 'Soy', price_delta: 30 },
      ],
    });
    expect(group.statusCode).toBe(201);
    ids.group = group.json().id;
    const [oat] = group.json().modifiers;
    const edited = await call('PATCH', `/modifier-groups/${ids.group}`, {
      name: 'Milk',
      min_select: 0,
      max_select: 1,
      modifiers: [
        { id: oat.id, name: 'Oat milk', price_delta: 50 },
        { name: 'Almond', price_delta: 45 },
      ],
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().modifiers.map((m: { name: string; price_delta: number }) => [m.name, m.price_delta])).toEqual([
      ['Oat milk', 50],
      ['Almond', 45],
    ]);
    expect(edited.json().modifiers[0].id).toBe(oat.id);

    const catalog = (await call('GET', `/catalog?location_id=${loc}`)).json();
    expect(Value.Check(CatalogViewSchema, catalog)).toBe(true);
    expect(catalog.tax_rates.map((t: { id: string }) => t.id)).toEqual([ids.tax]);
    expect(catalog.categories[0]).toMatchObject({ name: 'Coffee', color: '#aa5500' });
    expect(catalog.modifier_groups[0].modifiers).toHaveLength(2);

    // the tills see the changes through the sync change log
    const changes = await fx.db.query<{ entity: string }>('SELECT DISTINCT entity FROM sync_changes WHERE business_id = $1 AND location_id = $2', [
      fx.business.businessId,
      loc,
    ]);
    expect(changes.rows.map((r) => r.entity).sort()).toEqual(['category', 'location', 'modifier_group', 'tax_rate']);
  });

  it('refuses bad catalog input with a clear 4xx', async () => {
    const cases: [string, string, object, number, string][] = [
      ['POST', '/tax-rates', { location_id: loc, name: 'Too much', rate_ppm: 2_000_000 }, 400, 'rate_ppm'],
      ['POST', '/tax-rates', { location_id: other.locationIds[0], name: 'Theirs', rate_ppm: 70_000 }, 422, 'location_id'],
      ['POST', '/tax-rates', { location_id: loc, name: 'Text', rate_ppm: '19' }, 400, 'rate_ppm'],
      ['POST', '/categories', { location_id: loc, name: 'Red', color: 'red' }, 400, 'color'],
      ['POST', '/modifier-groups', { location_id: loc, name: 'Bad', min_select: 2, max_select: 1, modifiers: [] }, 400, 'max_select'],
      [
        'PATCH',
        '/modifier-groups/GROUP',
        { name: 'Milk', min_select: 0, max_select: 1, modifiers: [{ id: 'mod_nope', name: 'x', price_delta: 0 }] },
        422,
        'modifiers.0.id',
      ],
      ['PATCH', '/tax-rates/tax_nope', { name: 'x', rate_ppm: 1 }, 404, 'id'],
    ];
    for (const [method, url, payload, status, param] of cases) {
      const res = await call(method as 'POST', url.replace('GROUP', ids.group!), payload);
      expect(res.statusCode, `${method} ${url} ${JSON.stringify(payload)}`).toBe(status);
      expect(res.json().error.param).toBe(param);
    }
  });

  it('creates and updates products with the same events as the API', async () => {
    const res = await call('POST', '/products', {
      location_id: loc,
      name: 'Flat white',
      price: 350,
      tax_rate_id: ids.tax,
      category_id: ids.cat,
      barcodes: ['4006381333931'],
      modifier_group_ids: [ids.group],
      stock: { on_hand: 20, low_stock_threshold: 5 },
    });
    expect(res.statusCode).toBe(201);
    const product = res.json();
    expect(product).toMatchObject({
      name: 'Flat white',
      price: 350,
      tax_rate: { id: ids.tax },
      category: { id: ids.cat },
      barcodes: ['4006381333931'],
      stock: { on_hand: 20 },
    });
    const patched = await call('PATCH', `/products/${product.id}`, { price: 380, active: false });
    expect(patched.json()).toMatchObject({ price: 380, active: false });

    const { rows } = await fx.db.query<{ type: string; data: { previous_attributes?: { price?: number } } }>(
      'SELECT type, data FROM events WHERE business_id = $1 ORDER BY seq',
      [fx.business.businessId],
    );
    // The tax rate, category and modifier group the earlier tests made emitted theirs too (as through the API).
    expect(rows.map((r) => r.type)).toEqual([
      'tax_rate.created',
      'tax_rate.updated',
      'category.created',
      'modifier_group.created',
      'modifier_group.updated',
      'product.created',
      'inventory.updated',
      'product.updated',
    ]);
    expect(rows[7]!.data.previous_attributes?.price).toBe(350);

    const list = (await call('GET', `/products?location_id=${loc}`)).json();
    expect(list.data.map((p: { id: string }) => p.id)).toEqual([product.id]);

    expect((await call('PATCH', '/products/prd_nope', { price: 1 })).statusCode).toBe(404);
    const removed = await fx.app.inject({ method: 'DELETE', url: `/backoffice/api/products/${product.id}`, headers: manager.headers });
    expect(removed.json()).toEqual({ id: product.id, object: 'product', deleted: true });
    expect((await call('GET', `/products?location_id=${loc}`)).json().data).toEqual([]);
    const last = await fx.db.query<{ type: string }>('SELECT type FROM events WHERE business_id = $1 ORDER BY seq DESC LIMIT 1', [fx.business.businessId]);
    expect(last.rows[0]!.type).toBe('product.deleted');
    expect((await fx.app.inject({ method: 'DELETE', url: `/backoffice/api/products/${product.id}`, headers: manager.headers })).statusCode).toBe(404);
    const foreignTax = await call('POST', '/products', { location_id: loc, name: 'X', price: 1, tax_rate_id: 'tax_nope' });
    expect(foreignTax.statusCode).toBeGreaterThanOrEqual(400);
    expect(foreignTax.statusCode).toBeLessThan(500);
    expect((await call('POST', '/products', { location_id: loc, name: 'X', price: -1, tax_rate_id: ids.tax })).statusCode).toBe(400);
    expect((await call('GET', '/products?location_id=loc_nope')).statusCode).toBe(422);
  });

  it('adds staff with PINs (stored hashed, unique per location), resets PINs and deactivates', async () => {
    const anna = await call('POST', '/staff', { name: 'Anna', role: 'manager', location_id: loc, pin: '1234' });
    expect(anna.statusCode).toBe(201);
    expect(anna.body).not.toContain('pin');
    const stored = await fx.db.query<{ pin_hash: string }>('SELECT pin_hash FROM staff WHERE id = $1', [anna.json().id]);
    expect(stored.rows[0]!.pin_hash).toMatch(/^pbkdf2\$/);
    expect(await verifyPin('1234', stored.rows[0]!.pin_hash)).toBe(true);

    const clash = await call('POST', '/staff', { name: 'Ben', role: 'cashier', location_id: null, pin: '1234' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error).toMatchObject({ code: 'pin_in_use', param: 'pin' });
    const elsewhere = await call('POST', '/staff', { name: 'Ben', role: 'cashier', location_id: fx.business.locationId, pin: '1234' });
    expect(elsewhere.statusCode).toBe(201);

    const reset = await call('POST', `/staff/${anna.json().id}/pin`, { pin: '987654' });
    expect(reset.statusCode).toBe(200);
    const after = await fx.db.query<{ pin_hash: string }>('SELECT pin_hash FROM staff WHERE id = $1', [anna.json().id]);
    expect(await verifyPin('987654', after.rows[0]!.pin_hash)).toBe(true);
    expect(await verifyPin('1234', after.rows[0]!.pin_hash)).toBe(false);

    const off = await call('PATCH', `/staff/${anna.json().id}`, { active: false });
    expect(off.json()).toMatchObject({ active: false });
    const list = (await call('GET', '/staff')).json().data;
    expect(Value.Check(Type.Array(StaffViewSchema), list)).toBe(true);
    // The seeded cashier (Casey, Main Street) aside.
    expect(list.filter((s: { id: string }) => s.id !== fx.business.staffId).map((s: { name: string }) => s.name)).toEqual(['Ben', 'Anna']);

    for (const [url, payload, status] of [
      ['/staff', { name: 'C', role: 'cashier', location_id: null, pin: '12a4' }, 400],
      ['/staff', { name: 'C', role: 'cashier', location_id: null, pin: '123' }, 400],
      ['/staff', { name: 'C', role: 'boss', location_id: null, pin: '5555' }, 400],
      ['/staff', { name: 'C', role: 'cashier', location_id: other.locationIds[0], pin: '5555' }, 422],
      ['/staff/stf_nope/pin', { pin: '5555' }, 404],
    ] as const) {
      expect((await call('POST', url, payload)).statusCode, `${url} ${JSON.stringify(payload)}`).toBe(status);
    }
  });

  it('lists shifts and shows a Z report with cash movements', async () => {
    const staffId = newId('stf');
    const openId = newId('shf');
    const closedId = newId('shf');
    await fx.db.query(`INSERT INTO shifts (id, business_id, location_id, staff_id, opened_at, opening_float) VALUES ($1, $2, $3, $4, now(), 10000)`, [
      openId,
      fx.business.businessId,
      loc,
      staffId,
    ]);
    const report = { shift_id: closedId, sales_count: 3, sales_total: 2450, expected_cash: 12450, counted_cash: 12400, variance: -50 };
    await fx.db.query(
      `INSERT INTO shifts (id, business_id, location_id, staff_id, opened_at, opening_float, closed_at, counted_cash, expected_cash, variance, report)
       VALUES ($1, $2, $3, $4, now() - interval '1 day', 10000, now() - interval '16 hours', 12400, 12450, -50, $5)`,
      [closedId, fx.business.businessId, loc, staffId, report],
    );
    await fx.db.query(
      `INSERT INTO cash_movements (id, business_id, location_id, shift_id, staff_id, kind, amount, reason, occurred_at) VALUES ($1, $2, $3, $4, $5, 'paid_out', 500, 'milk', now() - interval '20 hours')`,
      [newId('csh'), fx.business.businessId, loc, closedId, staffId],
    );

    const all = (await call('GET', '/shifts')).json();
    expect(Value.Check(Type.Array(ShiftViewSchema), all.data)).toBe(true);
    expect(all.data.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual([
      [openId, 'open'],
      [closedId, 'closed'],
    ]);
    expect((await call('GET', '/shifts?status=closed')).json().data.map((s: { id: string }) => s.id)).toEqual([closedId]);
    const page = (await call('GET', '/shifts?limit=1')).json();
    expect(page).toMatchObject({ has_more: true });
    expect((await call('GET', `/shifts?limit=1&before=${encodeURIComponent(page.next_before)}`)).json().data[0].id).toBe(closedId);

    const detail = (await call('GET', `/shifts/${closedId}`)).json();
    expect(Value.Check(ShiftDetailViewSchema, detail)).toBe(true);
    expect(detail).toMatchObject({
      status: 'closed',
      variance: -50,
      report: { sales_total: 2450 },
      cash_movements: [{ kind: 'paid_out', amount: 500, reason: 'milk' }],
    });
    expect((await call('GET', '/shifts/shf_nope')).statusCode).toBe(404);
    expect((await call('GET', '/shifts?status=lost')).statusCode).toBe(400);
    const theirs = await signIn(fx.app, other.manager.email, MANAGER_PASSWORD);
    expect((await fx.app.inject({ method: 'GET', url: `/backoffice/api/shifts/${closedId}`, headers: theirs.headers })).statusCode).toBe(404);
  });
});
