import { Compile } from 'typebox/compile';
import { describe, expect, it } from 'vitest';
import type { Mutation } from './mutations';
import {
  MAX_PUSH_BATCH,
  MutationResultSchema,
  PairRequestSchema,
  PairResponseSchema,
  PokeSchema,
  PullQuerySchema,
  PullResponseSchema,
  PushRequestSchema,
  PushResponseSchema,
  RejectedMutationSchema,
  SeqGapErrorSchema,
  STREAM_EVENTS,
  SYNC_PREFIX,
} from './protocol';

const location = {
  id: 'loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7',
  name: 'Café Müller',
  currency: 'EUR',
  tax_mode: 'inclusive',
  cash_rounding: 1,
  timezone: 'Europe/Berlin',
  receipt_header: 'Hauptstraße 5\n10115 Berlin',
  receipt_footer: 'Danke!',
  discount_approval_basis_points: 2000,
};

const mutation = (seq: number): Mutation => ({
  id: `019ab2c4-5e6f-7a8b-9c0d-${String(seq).padStart(12, '0')}`,
  seq,
  type: 'shift.opened',
  occurred_at: '2026-11-23T07:00:00.000Z',
  payload: {
    shift: { id: 'shf_01KAQ1A2B3C4D5E6F7G8H9J0K1', location_id: location.id, staff_id: 'stf_1', opened_at: '2026-11-23T07:00:00.000Z', opening_float: 10_000 },
  },
});

const pull = {
  location,
  reset: true,
  products: {
    upserted: [
      {
        id: 'prd_01KAQ2ZX4E8F9G1H2J3K5M6N7P',
        name: 'Cappuccino',
        category_id: 'cat_1',
        price: 350,
        tax_rate_id: 'tax_1',
        barcode: '4006381333931',
        barcodes: ['4006381333931'],
        sku: 'CAP-1',
        modifier_group_ids: ['mgr_1'],
        stock: null,
        active: true,
        sort: 0,
        updated_at: '2026-11-23T06:00:00.000Z',
      },
    ],
    deleted: ['prd_old'],
  },
  categories: { upserted: [{ id: 'cat_1', name: 'Kaffee', color: '#7a4b2a', sort: 1 }], deleted: [] },
  modifier_groups: {
    upserted: [{ id: 'mgr_1', name: 'Milch', min_select: 0, max_select: 1, modifiers: [{ id: 'mod_1', name: 'Hafermilch', price_delta: 50 }] }],
    deleted: [],
  },
  tax_rates: { upserted: [{ id: 'tax_1', name: 'MwSt 19%', rate_ppm: 190_000 }], deleted: [] },
  staff: { upserted: [{ id: 'stf_1', name: 'Jörg', role: 'manager', pin_hash: 'pbkdf2-sha256$100000$c2FsdA$aGFzaA', active: true }], deleted: [] },
  open_orders: {
    upserted: [
      {
        id: 'ord_01KAQ3B7YH6J0D2EM5V8W1ZQ3P',
        number: 'W-17',
        currency: 'EUR',
        tax_mode: 'inclusive',
        lines: [
          {
            id: 'lin_1',
            product_id: 'prd_01KAQ2ZX4E8F9G1H2J3K5M6N7P',
            name: 'Cappuccino',
            quantity: 2,
            unit_price: 350,
            modifiers: [],
            tax_rate_id: 'tax_1',
            rate_ppm: 190_000,
            note: null,
          },
        ],
        total: 700,
        amount_paid: 0,
        customer_note: 'pick-up 12:30',
        external_ref: 'shop-1001',
        created_at: '2026-11-23T09:00:00.000Z',
      },
    ],
    deleted: ['ord_paid_elsewhere'],
  },
  next_cursor: 'c_48213',
  has_more: false,
};

describe('sync protocol (SPEC §5.6)', () => {
  it('names its prefix, stream events and batch limit', () => {
    expect(SYNC_PREFIX).toBe('/sync/v1');
    expect(STREAM_EVENTS).toEqual({ ready: 'ready', poke: 'poke' });
    expect(MAX_PUSH_BATCH).toBe(500);
  });

  it('pair: a code and a device name in, a token and the location out', () => {
    const req = Compile(PairRequestSchema);
    expect(req.Check({ code: '482-913', device_name: 'Counter 1' })).toBe(true);
    expect(req.Check({ code: '123', device_name: 'Counter 1' })).toBe(false);
    expect(req.Check({ code: '482-913', device_name: '' })).toBe(false);
    expect(req.Check({ code: '482-913', device_name: 'Counter 1', location_id: location.id })).toBe(false);
    const res = Compile(PairResponseSchema);
    expect(res.Check({ device_id: 'dev_1', device_token: 'dvt_secret', location })).toBe(true);
    expect(res.Check({ device_id: 'dev_1', device_token: 'dvt_secret', location: { ...location, currency: 'eu' } })).toBe(false);
    expect(res.Check({ device_id: 'dev_1', location })).toBe(false);
  });

  it('push: 1 to 500 well-formed mutations, nothing else', () => {
    const req = Compile(PushRequestSchema);
    expect(req.Check({ mutations: [mutation(1), mutation(2)] })).toBe(true);
    expect(req.Check({ mutations: Array.from({ length: MAX_PUSH_BATCH }, (_, i) => mutation(i + 1)) })).toBe(true);
    expect(req.Check({ mutations: Array.from({ length: MAX_PUSH_BATCH + 1 }, (_, i) => mutation(i + 1)) })).toBe(false);
    expect(req.Check({ mutations: [] })).toBe(false);
    expect(req.Check({ mutations: [{ ...mutation(1), seq: 0 }] })).toBe(false);
    expect(req.Check({ mutations: [mutation(1)], device_id: 'dev_1' })).toBe(false);
  });

  it('push response: one result per mutation and the acked seq', () => {
    const res = Compile(PushResponseSchema);
    const results = [
      { id: mutation(1).id, seq: 1, status: 'applied' },
      { id: mutation(2).id, seq: 2, status: 'duplicate' },
      { id: mutation(3).id, seq: 3, status: 'rejected', error: { code: 'invalid_payload', message: 'Invalid shift.opened payload.' } },
    ];
    expect(res.Check({ results, acked_seq: 3 })).toBe(true);
    expect(res.Check({ results: [], acked_seq: 0 })).toBe(true);
    expect(res.Check({ results, acked_seq: -1 })).toBe(false);
    expect(res.Check({ results: [{ ...results[0], status: 'queued' }], acked_seq: 1 })).toBe(false);
    expect(Compile(MutationResultSchema).Check({ ...results[2], error: { code: 'invalid_payload' } })).toBe(false);
  });

  it('a seq gap is a 409 conflict that says which seq to send next', () => {
    const gap = Compile(SeqGapErrorSchema);
    const body = { error: { type: 'conflict', code: 'seq_gap', message: 'expected seq 7', request_id: 'req_1', expected_seq: 7 } };
    expect(gap.Check(body)).toBe(true);
    expect(gap.Check({ error: { ...body.error, expected_seq: 0 } })).toBe(false);
    expect(gap.Check({ error: { ...body.error, code: 'conflict' } })).toBe(false);
    expect(gap.Check({ error: { ...body.error, type: 'invalid_request' } })).toBe(false);
  });

  it('pull query: an optional cursor and a limit of 1 to 5000', () => {
    const q = Compile(PullQuerySchema);
    expect(q.Check({})).toBe(true);
    expect(q.Check({ cursor: 'c_48213', limit: 5000 })).toBe(true);
    expect(q.Check({ limit: 0 })).toBe(false);
    expect(q.Check({ limit: 5001 })).toBe(false);
    expect(q.Check({ cursor: 'c'.repeat(101) })).toBe(false);
    expect(q.Check({ since: 'c_48213' })).toBe(false);
  });

  it('pull response: every record kind as upserts and deletes', () => {
    const res = Compile(PullResponseSchema);
    expect(res.Check(pull), JSON.stringify([...res.Errors(pull)])).toBe(true);
    // Responses are open: a newer server may add fields that an older till ignores.
    expect(
      res.Check({
        ...pull,
        server_time: '2026-11-23T09:00:00.000Z',
        products: { ...pull.products, upserted: [{ ...pull.products.upserted[0], allergens: ['milk'] }] },
      }),
    ).toBe(true);
    const { open_orders: _o, ...withoutOpenOrders } = pull;
    expect(res.Check(withoutOpenOrders)).toBe(false);
    expect(res.Check({ ...pull, products: { upserted: [{ ...pull.products.upserted[0], price: 3.5 }], deleted: [] } })).toBe(false);
    expect(res.Check({ ...pull, staff: { upserted: [{ ...pull.staff.upserted[0], role: 'boss' }], deleted: [] } })).toBe(false);
    expect(res.Check({ ...pull, tax_rates: { upserted: [], deleted: [7] } })).toBe(false);
    expect(res.Check({ ...pull, categories: { upserted: [] } })).toBe(false);
    expect(res.Check({ ...pull, next_cursor: null })).toBe(false);
  });

  it('a poke carries its reason; a rejected mutation keeps what the till sent and why', () => {
    expect(Compile(PokeSchema).Check({ reason: 'catalog' })).toBe(true);
    expect(Compile(PokeSchema).Check({})).toBe(false);
    const rejected = Compile(RejectedMutationSchema);
    const m = mutation(4);
    const row = {
      id: m.id,
      seq: m.seq,
      type: m.type,
      occurred_at: m.occurred_at,
      received_at: '2026-11-23T07:00:02.000Z',
      error: { code: 'invalid_payload', message: 'bad' },
      payload: m.payload,
    };
    expect(rejected.Check(row)).toBe(true);
    expect(rejected.Check({ ...row, error: null })).toBe(false);
    expect(rejected.Check({ ...row, payload: 'x' })).toBe(false);
  });
});
