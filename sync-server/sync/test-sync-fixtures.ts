// Test fixtures for the sync API on top of the one test business (`testing/test-business.ts`):
// pairing codes, a paired device, and valid till mutations built with core's totals (as a till would).
import type { FastifyInstance } from 'fastify';
import { uuidv7 } from 'uuidv7';
import { newId } from '../../core/ids';
import { computeOrderTotals } from '../../core/order-totals';
import type { Mutation, MutationPayloads, MutationType } from '../../core/sync/mutations';
import type { OrderSnapshot } from '../../core/sync/order-snapshot';
import type { PairResponse } from '../../core/sync/protocol';
import type { Database, Queryable } from '../storage/database';
import type { TestBusiness } from '../testing/test-business';
import { sha256Hex } from '../auth/tokens';
import { normalizePairingCode, type DevicePrincipal } from './devices';

/** Inserts a one-time pairing code (as `devices pair-code` does) and returns it. */
export async function createPairingCode(
  db: Queryable,
  f: Pick<TestBusiness, 'businessId' | 'locationId'>,
  options: { expired?: boolean } = {},
): Promise<string> {
  const code = `${newId('dev').slice(-8)}`;
  await db.query(`INSERT INTO pairing_codes (code_hash, business_id, location_id, expires_at) VALUES ($1, $2, $3, now() + $4 * interval '1 minute')`, [
    sha256Hex(normalizePairingCode(code)),
    f.businessId,
    f.locationId,
    options.expired ? -1 : 15,
  ]);
  return code;
}

export async function pairTestDevice(app: FastifyInstance, f: TestBusiness, name = 'Till 1'): Promise<PairResponse> {
  const code = await createPairingCode(app.db, f);
  const res = await app.inject({ method: 'POST', url: '/sync/v1/pair', payload: { code, device_name: name } });
  if (res.statusCode !== 200) throw new Error(`pairing failed ${res.statusCode}: ${res.body}`);
  return res.json() as PairResponse;
}

/** A newly paired device of the test business as the push sees it (live mode), with its token. */
export async function pairedPrincipal(app: FastifyInstance, f: TestBusiness, name: string): Promise<{ device: DevicePrincipal; token: string }> {
  const paired = await pairTestDevice(app, f, name);
  return { device: { id: paired.device_id, businessId: f.businessId, locationId: f.locationId, name, livemode: true }, token: paired.device_token };
}

/** `count` paid till sales (`saleSnapshot`) as `order.completed` mutations with seqs from `from`. */
export function tillSales(f: TestBusiness, from: number, count: number): Mutation[] {
  return Array.from({ length: count }, (_, i) => mutation(from + i, 'order.completed', { order: saleSnapshot(f) }));
}

/** The sale an `order.completed` mutation carries. */
export const orderOf = (m: Mutation): OrderSnapshot => (m.payload as { order: OrderSnapshot }).order;

export function mutation<K extends MutationType>(seq: number, type: K, payload: MutationPayloads[K], occurredAt = new Date().toISOString()): Mutation {
  return { id: uuidv7(), seq, type, occurred_at: occurredAt, payload: payload as Record<string, unknown> };
}

type SnapshotLine = OrderSnapshot['lines'][number];

/**
 * A paid till sale, paid in cash: by default `quantity` × product 0 (3.50, 19 % inclusive); `lines`
 * replaces that line, `change` is handed back over an exact tender.
 */
export function saleSnapshot(
  f: TestBusiness,
  options: { quantity?: number; shiftId?: string | null; at?: string; lines?: SnapshotLine[]; change?: number } = {},
): OrderSnapshot {
  const at = options.at ?? new Date().toISOString();
  const change = options.change ?? 0;
  const lines: SnapshotLine[] = options.lines ?? [
    {
      id: newId('lin'),
      product_id: f.productIds[0],
      name: 'Flat white',
      quantity: options.quantity ?? 1,
      unit_price: 350,
      modifiers: [],
      tax_rate_id: f.taxRateId,
      rate_ppm: 190_000,
      discount: null,
      note: null,
    },
  ];
  const totals = computeOrderTotals({ currency: 'EUR', tax_mode: 'inclusive', lines });
  return {
    id: newId('ord'),
    number: `TEST-${newId('ord').slice(-8)}`,
    source: 'till',
    location_id: f.locationId,
    staff_id: f.staffId,
    shift_id: options.shiftId ?? null,
    currency: 'EUR',
    tax_mode: 'inclusive',
    cash_rounding: 1,
    lines,
    discount: null,
    totals: {
      subtotal: totals.subtotal,
      discount_total: totals.discount_total,
      tax_total: totals.tax_total,
      total: totals.total,
      net_total: totals.net_total,
      tax_breakdown: totals.tax_breakdown,
    },
    payments: [
      { id: newId('pay'), method: 'cash', amount: totals.total, tendered: totals.total + change, change, reference: null, card: null, created_at: at },
    ],
    customer_note: null,
    created_at: at,
    completed_at: at,
  };
}

/** POST /sync/v1/push as the device with `token`. */
export function pushMutations(app: FastifyInstance, token: string, mutations: unknown[]) {
  return app.inject({ method: 'POST', url: '/sync/v1/push', headers: { authorization: `Bearer ${token}` }, payload: { mutations } });
}

/** GET /sync/v1/pull as the device with `token`, from `cursor` ('' for a fresh snapshot). */
export function pullChanges(app: FastifyInstance, token: string, cursor = '') {
  return app.inject({ method: 'GET', url: `/sync/v1/pull?cursor=${encodeURIComponent(cursor)}`, headers: { authorization: `Bearer ${token}` } });
}

/** The types of the events matching `where`, in the order they were recorded. */
export async function eventTypesWhere(db: Queryable, where: string, params: unknown[]): Promise<string[]> {
  return (await db.query<{ type: string }>(`SELECT type FROM events WHERE ${where} ORDER BY xact_id, seq`, params)).rows.map((r) => r.type);
}

/** A database that records every statement the code under test sends (BEGIN and COMMIT included). */
export function recordingDatabase(inner: Database): { db: Database; statements: string[] } {
  const statements: string[] = [];
  const wrap = (q: Queryable): Queryable => ({
    query: (sql, params) => {
      statements.push(sql);
      return q.query(sql, params);
    },
    exec: (sql) => {
      statements.push(sql);
      return q.exec(sql);
    },
  });
  const db: Database = {
    ...inner,
    ...wrap(inner),
    transaction: (fn) => {
      statements.push('BEGIN');
      return inner.transaction((tx) => fn(wrap(tx))).finally(() => statements.push('COMMIT'));
    },
  };
  return { db, statements };
}
