// Test fixtures for the back office: a business with two locations, an owner and a manager, and
// a sign-in helper that returns the session cookie and CSRF token the page would hold.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { newId } from '../../core/ids';
import { computeOrderTotals } from '../../core/order-totals';
import { insertOrder, linesFromTotals } from '../orders/orders-repository';
import type { Database, Queryable } from '../storage/database';
import { hashPassword } from '../auth/passwords';
import { SESSION_COOKIE } from './sessions';

export const OWNER_PASSWORD = 'owner-pass-123';
export const MANAGER_PASSWORD = 'manager-pass-123';

export interface BusinessFixture {
  businessId: string;
  locationIds: [string, string];
  owner: { id: string; email: string };
  manager: { id: string; email: string };
}

export async function seedBusiness(db: Queryable, name = 'Test Café'): Promise<BusinessFixture> {
  const businessId = newId('biz');
  const tag = businessId.slice(-8).toLowerCase();
  await db.query('INSERT INTO businesses (id, name, currency) VALUES ($1, $2, $3)', [businessId, name, 'EUR']);
  const locationIds: [string, string] = [newId('loc'), newId('loc')];
  for (const [i, id] of locationIds.entries()) {
    await db.query(
      `INSERT INTO locations (id, business_id, name, currency, tax_mode, timezone) VALUES ($1, $2, $3, 'EUR', 'inclusive', 'Europe/Berlin')`,
      [id, businessId, i === 0 ? 'Main Street' : 'Harbour'],
    );
  }
  const owner = { id: newId('usr'), email: `owner-${tag}@example.com` };
  const manager = { id: newId('usr'), email: `manager-${tag}@example.com` };
  await db.query(`INSERT INTO users (id, business_id, email, name, role, password_hash) VALUES ($1, $2, $3, 'Olivia Owner', 'owner', $4)`, [
    owner.id,
    businessId,
    owner.email,
    await hashPassword(OWNER_PASSWORD),
  ]);
  await db.query(`INSERT INTO users (id, business_id, email, name, role, password_hash) VALUES ($1, $2, $3, 'Max Manager', 'manager', $4)`, [
    manager.id,
    businessId,
    manager.email,
    await hashPassword(MANAGER_PASSWORD),
  ]);
  return { businessId, locationIds, owner, manager };
}

export interface SignedIn {
  cookie: string;
  csrf: string;
  /** inject() options for a signed-in request (cookie + CSRF header). */
  headers: Record<string, string>;
}

export function sessionCookieOf(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error(`no session cookie in response ${res.statusCode}: ${res.body}`);
  return `${SESSION_COOKIE}=${cookie.value}`;
}

export async function signIn(app: FastifyInstance, email: string, password: string): Promise<SignedIn> {
  const res = await app.inject({ method: 'POST', url: '/backoffice/api/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed ${res.statusCode}: ${res.body}`);
  const cookie = sessionCookieOf(res);
  const csrf = (res.json() as { csrf_token: string }).csrf_token;
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}

/** A tax rate and a product at the first location, and a paid till sale of it (today) plus an open API order. */
export async function seedSales(db: Database, biz: BusinessFixture, options: { deviceId?: string | null } = {}): Promise<{ saleId: string; apiOrderId: string; productId: string; taxRateId: string }> {
  const taxRateId = newId('tax');
  const productId = newId('prd');
  const loc = biz.locationIds[0];
  await db.query(`INSERT INTO tax_rates (id, business_id, location_id, name, rate_ppm) VALUES ($1, $2, $3, 'VAT 19%', 190000)`, [taxRateId, biz.businessId, loc]);
  await db.query(`INSERT INTO products (id, business_id, location_id, tax_rate_id, name, price) VALUES ($1, $2, $3, $4, 'Latte', 350)`, [productId, biz.businessId, loc, taxRateId]);
  const inputs = [{ id: newId('lin'), product_id: productId, name: 'Latte', quantity: 2, unit_price: 350, modifiers: [], tax_rate_id: taxRateId, rate_ppm: 190000 }];
  const totals = computeOrderTotals({ currency: 'EUR', tax_mode: 'inclusive', lines: inputs });
  const sale = await db.transaction((tx) =>
    insertOrder(tx, {
      businessId: biz.businessId, locationId: loc, source: 'till', deviceId: options.deviceId ?? null, number: 'T1-1', currency: 'EUR', taxMode: 'inclusive',
      totals, lines: linesFromTotals(totals, inputs), payments: [{ method: 'cash', amount: 700, tendered: 1000, change: 300 }],
    }),
  );
  const apiInputs = [{ ...inputs[0]!, id: newId('lin'), quantity: 1 }];
  const apiTotals = computeOrderTotals({ currency: 'EUR', tax_mode: 'inclusive', lines: apiInputs });
  const apiOrder = await db.transaction((tx) =>
    insertOrder(tx, { businessId: biz.businessId, locationId: loc, source: 'api', currency: 'EUR', taxMode: 'inclusive', totals: apiTotals, lines: linesFromTotals(apiTotals, apiInputs) }),
  );
  return { saleId: sale.id, apiOrderId: apiOrder.id, productId, taxRateId };
}
