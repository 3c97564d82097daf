// Test fixtures for the back office on top of the one test business (`testing/test-business.ts`): a
// sign-in helper that returns the session cookie and CSRF token the page would hold, and sales to list.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { newId } from '../../core/ids';
import { computeOrderTotals } from '../../core/order-totals';
import { linesFromTotals } from '../orders/order-record';
import { insertOrder } from '../orders/orders-repository';
import type { Database } from '../storage/database';
import type { TestBusiness } from '../testing/test-business';
import { SESSION_COOKIE } from './sessions';

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
export async function seedSales(
  db: Database,
  biz: TestBusiness,
  options: { deviceId?: string | null } = {},
): Promise<{ saleId: string; apiOrderId: string; productId: string; taxRateId: string }> {
  const taxRateId = newId('tax');
  const productId = newId('prd');
  const loc = biz.locationIds[0];
  await db.query(`INSERT INTO tax_rates (id, business_id, location_id, name, rate_ppm) VALUES ($1, $2, $3, 'VAT 19%', 190000)`, [
    taxRateId,
    biz.businessId,
    loc,
  ]);
  await db.query(`INSERT INTO products (id, business_id, location_id, tax_rate_id, name, price) VALUES ($1, $2, $3, $4, 'Latte', 350)`, [
    productId,
    biz.businessId,
    loc,
    taxRateId,
  ]);
  const inputs = [
    { id: newId('lin'), product_id: productId, name: 'Latte', quantity: 2, unit_price: 350, modifiers: [], tax_rate_id: taxRateId, rate_ppm: 190000 },
  ];
  const totals = computeOrderTotals({ currency: 'EUR', tax_mode: 'inclusive', lines: inputs });
  const sale = await db.transaction((tx) =>
    insertOrder(tx, {
      businessId: biz.businessId,
      locationId: loc,
      source: 'till',
      deviceId: options.deviceId ?? null,
      number: 'T1-1',
      currency: 'EUR',
      taxMode: 'inclusive',
      totals,
      lines: linesFromTotals(totals, inputs),
      payments: [{ method: 'cash', amount: 700, tendered: 1000, change: 300 }],
    }),
  );
  const apiInputs = [{ ...inputs[0]!, id: newId('lin'), quantity: 1 }];
  const apiTotals = computeOrderTotals({ currency: 'EUR', tax_mode: 'inclusive', lines: apiInputs });
  const apiOrder = await db.transaction((tx) =>
    insertOrder(tx, {
      businessId: biz.businessId,
      locationId: loc,
      source: 'api',
      currency: 'EUR',
      taxMode: 'inclusive',
      totals: apiTotals,
      lines: linesFromTotals(apiTotals, apiInputs),
    }),
  );
  return { saleId: sale.id, apiOrderId: apiOrder.id, productId, taxRateId };
}
