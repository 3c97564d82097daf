// Orders: list/retrieve (orders:read); create, pay (external) and refund (orders:write). Each write
// records its events (order.created; payment.succeeded + order.paid/order.updated; order.refunded)
// in its own transaction, with the order locked for payments and refunds; a create is one read
// (orders/price-api-order.ts) and one write statement, shared with the other orders of its location
// that arrive meanwhile (orders/api-order-writer.ts), which also stores the idempotent response.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { LIST_LIMIT_DEFAULT } from '../../core/api/common';
import {
  IGNORED_MONEY_FIELDS,
  OrderCancelSchema,
  OrderCreateSchema,
  OrderListQuerySchema,
  OrderListSchema,
  OrderSchema,
  PaymentCreateSchema,
  RefundCreateSchema,
  type Order,
} from '../../core/api/orders';
import type { TaxBreakdownLine } from '../../core/tax';
import { amountTipped, balanceDue, refundable, refundForLines, validateRefund, type RefundableOrder } from '../../core/payments';
import { validateTip } from '../../core/tips';
import { ApiError, notFound } from '../http/api-error';
import { newId } from '../../core/ids';
import { recordEvent } from '../events/outbox';
import { cancelOrder } from '../orders/cancel-order';
import { recordFailedPayment } from '../orders/failed-payments';
import { addPayment, addRefund } from '../orders/order-payments';
import { getOrder, listOrders, lockOrder } from '../orders/orders-read';
import { recordOrderEvent } from '../orders/orders-repository';
import { ApiOrderWriter } from '../orders/api-order-writer';
import { ClaimTakenError, prepareApiOrder } from '../orders/place-api-order';
import { priceApiOrder, readApiOrderContext } from '../orders/price-api-order';
import { DEMO_BERLIN_ID, demoId } from '../demo/demo-seed';
import type { Queryable } from '../storage/database';
import { bindLiveMode } from '../storage/live-mode';
import { assertLocationAccess, requireApiKey, sameMode, type ApiKeyPrincipal } from './api-auth';
import {
  claimTaken,
  fillResponse,
  idempotencyClaim,
  idempotencyStored,
  keyedIdempotencyClaim,
  markIdempotencyCommitted,
  releaseIdempotencyClaim,
  replayedHeaders,
  settleIdempotencyClaim,
} from './idempotency';
import { bearer, errors, IdempotencyHeaders, IdParams } from './route-schemas';

const IGNORED = new Set<string>(IGNORED_MONEY_FIELDS);
/** The content type Fastify gives a JSON answer: set before the answer is serialized ahead of its number. */
const JSON_UTF8 = 'application/json; charset=utf-8';

const ORDER_EXAMPLE = {
  location_id: DEMO_BERLIN_ID,
  items: [
    { product_id: demoId('prd', 'berlin:Butter-Croissant'), quantity: 2 },
    { product_id: demoId('prd', 'berlin:Cappuccino'), quantity: 1, modifier_ids: [demoId('mod', 'berlin:size:Groß')], note: 'extra hot' },
  ],
  customer_note: 'Pick-up at 9:00',
  external_ref: 'webshop-1001',
};

/**
 * The seed's promise: money a client puts on an order or its items is accepted and ignored. The
 * fields are removed before validation (which rejects every other unknown field) and named in
 * X-Pos-Ignored-Fields.
 */
export function stripClientMoney(body: unknown): string[] {
  const ignored: string[] = [];
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return ignored;
  const record = body as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (IGNORED.has(key)) {
      ignored.push(key);
      delete record[key];
    }
  }
  if (Array.isArray(record.items)) {
    record.items.forEach((item: unknown, i) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) return;
      const fields = item as Record<string, unknown>;
      for (const key of Object.keys(fields)) {
        if (IGNORED.has(key)) {
          ignored.push(`items[${i}].${key}`);
          delete fields[key];
        }
      }
    });
  }
  return ignored;
}

const toRefundable = (order: Order): RefundableOrder => ({
  total: order.totals.total,
  payments: order.payments.map((p) => ({ id: p.id, method: p.method, amount: p.amount, tip: p.tip, status: p.status })),
  refunds: order.refunds.map((r) => ({
    id: r.id,
    payment_id: r.payment_id,
    amount: r.amount,
    lines: r.lines.map(({ line_id, quantity }) => ({ line_id, quantity })),
  })),
  lines: order.lines.map((l) => ({ id: l.id, quantity: l.quantity, total: l.total, tax: l.tax, tax_rate_id: l.tax_rate_id, rate_ppm: l.rate_ppm })),
});

const unprocessable = (code: string, message: string, param?: string): ApiError =>
  new ApiError('invalid_request', code, message, { status: 422, ...(param ? { param } : {}) });

/**
 * Binds the transaction to the key's mode, locks the order for a payment or refund and checks the key
 * may act on it (its mode and location): another mode's order is a 404, like one that never existed.
 */
async function lockForKey(tx: Queryable, key: ApiKeyPrincipal, id: string): Promise<Order> {
  await bindLiveMode(tx, key.livemode);
  const order = await lockOrder(tx, key.businessId, id);
  if (!order || !sameMode(key, order)) throw notFound('order', id, 'id');
  assertLocationAccess(key, order.location_id, 'id');
  return order;
}

export function registerOrderRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const writer = new ApiOrderWriter(app.db);

  api.get(
    '/api/v1/orders',
    {
      onRequest: app.apiKeyAuth('orders:read'),
      schema: {
        tags: ['Orders'],
        summary: 'List orders, newest first',
        description: 'Till sales (`source: "till"`) and API orders of the locations this key may access.',
        security: bearer,
        querystring: OrderListQuerySchema,
        response: { 200: OrderListSchema, ...errors() },
      },
    },
    async (request) => {
      const key = requireApiKey(request);
      const { location_id, status, created_since, limit, cursor } = request.query;
      if (location_id) assertLocationAccess(key, location_id);
      return listOrders(app.db, {
        businessId: key.businessId,
        locationIds: key.locationIds,
        ...(location_id ? { locationId: location_id } : {}),
        ...(status ? { status } : {}),
        ...(created_since ? { createdSince: new Date(created_since) } : {}),
        ...(cursor ? { cursor } : {}),
        limit: limit ?? LIST_LIMIT_DEFAULT,
        livemode: key.livemode,
      });
    },
  );

  api.get(
    '/api/v1/orders/:id',
    {
      onRequest: app.apiKeyAuth('orders:read'),
      schema: { tags: ['Orders'], summary: 'Retrieve an order', security: bearer, params: IdParams, response: { 200: OrderSchema, ...errors(404) } },
    },
    async (request) => {
      const key = requireApiKey(request);
      const order = await getOrder(app.db, key.businessId, request.params.id);
      if (!order || !sameMode(key, order)) throw notFound('order', request.params.id, 'id');
      assertLocationAccess(key, order.location_id, 'id');
      return order;
    },
  );

  api.post(
    '/api/v1/orders',
    {
      onRequest: app.apiKeyAuth('orders:write'),
      // The key (once this instance knows it) and the claim go in the pricing read (two round trips
      // less): the handler settles both, the key first (api/api-auth.ts, api/idempotency.ts).
      config: { idempotency: 'in-handler', auth: 'in-handler' },
      errorHandler: app.deferredApiKeyErrors,
      preValidation: async (request: FastifyRequest, reply) => {
        const ignored = stripClientMoney(request.body);
        if (ignored.length > 0) reply.header('X-Pos-Ignored-Fields', ignored.join(', '));
      },
      schema: {
        tags: ['Orders'],
        summary: 'Create an order',
        description:
          'Unit prices and modifier price deltas come from the product rows; money the client sends (`price`, `unit_price`, `amount`, `total`, `subtotal`, `tax`, …) is ignored and named in the `X-Pos-Ignored-Fields` response header. ' +
          'An unknown product or a product of another location is a 422. Emits `order.created`; the order appears on the location’s tills as an open order.',
        security: bearer,
        headers: IdempotencyHeaders,
        // The seed's getting-started order, with demo ids (docs/api.md).
        body: { ...OrderCreateSchema, examples: [ORDER_EXAMPLE] },
        response: { 201: OrderSchema, ...errors(409, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const body = request.body;
      // One read (the key unless the hooks read it, location, products, customer, endpoints) that also
      // takes the idempotency claim, and one write statement (orders/api-order-writer.ts).
      const deferred = request.apiKeyDeferred;
      const context = deferred
        ? await readApiOrderContext(app.db, { keyHash: deferred.hash }, body, (at) => keyedIdempotencyClaim(request, at, 'k', deferred.scopes))
        : await readApiOrderContext(app.db, requireApiKey(request), body, (at) => idempotencyClaim(request, at));
      const key = await app.settleApiKey(request, reply, context.apiKey).catch(async (error: unknown) => {
        // The claim's conditions are the key checks': a key that fails them took none (dropped if it did).
        if (context.claimed && context.apiKey && request.idempotency) await releaseIdempotencyClaim(app.db, context.apiKey.id, request.idempotency.key);
        throw error;
      });
      if (context.claimed !== undefined && (await settleIdempotencyClaim(app, request, reply, context.claimed))) return reply;
      if (!context.location) throw unprocessable('location_not_found', `No location with id "${body.location_id}".`, 'location_id');
      assertLocationAccess(key, context.location.id);
      const prepared = prepareApiOrder(priceApiOrder(context, body), key.livemode);
      // The answer is serialized before the number exists, with a placeholder the write's number
      // replaces; the write stores it (sealed) with the order, so a replay is these bytes.
      reply.code(201).header('Location', `/api/v1/orders/${prepared.row.id}`).type(JSON_UTF8);
      const mark = `number_${prepared.row.id}`;
      const template = String(reply.serialize({ ...prepared.order, number: mark }));
      const claim = request.idempotency?.owned
        ? {
            apiKeyId: key.id,
            key: request.idempotency.key,
            response: { status: 201, headers: replayedHeaders(reply), body: (await app.secretBox()).seal(template), mark },
          }
        : null;
      try {
        const order = await writer.write({ prepared, idempotency: claim, endpoints: context.endpoints });
        if (claim) idempotencyStored(request);
        // Already JSON (sent as it is): the typed reply expects the object it was made from.
        return reply.send(fillResponse(template, { [mark]: order.number }) as unknown as Order);
      } catch (error) {
        reply.removeHeader('Location');
        throw error instanceof ClaimTakenError ? claimTaken(request) : error;
      }
    },
  );

  api.post(
    '/api/v1/orders/:id/payments',
    {
      onRequest: app.apiKeyAuth('orders:write'),
      schema: {
        tags: ['Orders'],
        summary: 'Record an external payment',
        description:
          'Money taken outside the POS (e.g. an online shop). `amount` ≤ the balance due; an optional `tip` comes on top (not taxed, not in the order total; all tips on an order at most 100 % of its total, else 400 `tip_exceeds_cap`). Emits `payment.succeeded`, then `order.paid` once fully paid (else `order.updated`). Returns the order. With `status: "failed"` it records an attempt that took no money: emits `payment.failed` (with `failure_code`/`failure_message`) and leaves the order as it was.',
        security: bearer,
        headers: IdempotencyHeaders,
        params: IdParams,
        body: {
          ...PaymentCreateSchema,
          examples: [
            { amount: 380, method: 'external', reference: 'webshop-1001' },
            { amount: 380, tip: 40, method: 'external' },
          ],
        },
        response: { 201: OrderSchema, ...errors(404, 409, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const key = requireApiKey(request);
      const body = request.body;
      if (body.status !== 'failed' && (body.failure_code !== undefined || body.failure_message !== undefined)) {
        throw new ApiError('invalid_request', 'parameter_invalid', 'failure_code and failure_message go with status "failed".', {
          param: body.failure_code !== undefined ? 'failure_code' : 'failure_message',
        });
      }
      const order = await app.db.transaction(async (tx) => {
        const current = await lockForKey(tx, key, request.params.id);
        if (current.status === 'voided') throw new ApiError('conflict', 'order_voided', `Order "${current.id}" is voided.`);
        const due = balanceDue(current.totals.total, toRefundable(current).payments, toRefundable(current).refunds);
        if (body.amount > due) {
          throw unprocessable('amount_exceeds_balance', `amount ${body.amount} exceeds the balance due ${due}.`, 'amount');
        }
        const tip = validateTip(current.totals.total, amountTipped(toRefundable(current).payments), body.tip);
        if (!tip.ok) throw new ApiError('invalid_request', tip.error.code, `${tip.error.message}.`, { param: 'tip' });
        if (body.status === 'failed') {
          await recordFailedPayment(tx, {
            id: newId('pay'),
            businessId: key.businessId,
            locationId: current.location_id,
            orderId: current.id,
            source: 'api',
            method: 'external',
            amount: body.amount,
            tip: tip.value,
            currency: current.currency,
            failureCode: body.failure_code ?? 'payment_failed',
            failureMessage: body.failure_message ?? 'The payment failed.',
            reference: body.reference ?? null,
            occurredAt: new Date(),
          });
          await markIdempotencyCommitted(tx, request);
          return current;
        }
        const { order: after, payment } = await addPayment(tx, key.businessId, current.id, {
          method: 'external',
          amount: body.amount,
          tip: tip.value,
          reference: body.reference ?? null,
        });
        await recordEvent(tx, { businessId: key.businessId, type: 'payment.succeeded', locationId: after.location_id, data: { object: payment } });
        await recordOrderEvent(tx, key.businessId, after.status === 'paid' ? 'order.paid' : 'order.updated', after);
        await markIdempotencyCommitted(tx, request);
        return after;
      });
      return reply.code(201).send(order);
    },
  );

  api.post(
    '/api/v1/orders/:id/refunds',
    {
      onRequest: app.apiKeyAuth('orders:write'),
      // A refund gives back the sale, never a tip (docs/decisions.md): say so rather than "unknown field".
      preValidation: async (request: FastifyRequest) => {
        const body = request.body;
        if (typeof body === 'object' && body !== null && !Array.isArray(body) && 'tip' in body) {
          throw new ApiError('invalid_request', 'tip_not_refundable', 'Tips are not refunded: a refund gives back the sale amount only. Leave out "tip".', {
            param: 'tip',
          });
        }
      },
      schema: {
        tags: ['Orders'],
        summary: 'Refund an order',
        description:
          'By `lines` (their value), by `amount`, or both (an amount up to the lines’ value); with neither, everything still refundable. Never more than was paid; tips are never refunded (`tip` in the body is a 400 `tip_not_refundable`). Emits `order.refunded`. Returns the order.',
        security: bearer,
        headers: IdempotencyHeaders,
        params: IdParams,
        body: { ...RefundCreateSchema, examples: [{ reason: 'customer returned it' }, { amount: 190, reason: 'goodwill' }] },
        response: { 201: OrderSchema, ...errors(404, 409, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const key = requireApiKey(request);
      const body = request.body;
      const order = await app.db.transaction(async (tx) => {
        const current = await lockForKey(tx, key, request.params.id);
        const money = toRefundable(current);
        const available = refundable(money);
        if (available === 0)
          throw unprocessable(
            'nothing_to_refund',
            `Order "${current.id}" has nothing left to refund (paid ${current.totals.amount_paid}, refunded ${current.totals.amount_refunded}).`,
          );
        let linesValue: {
          amount: number;
          lines: { line_id: string; quantity: number; gross: number; tax: number }[];
          tax_breakdown: TaxBreakdownLine[];
        } | null = null;
        if (body.lines) {
          const byLines = refundForLines(money, body.lines);
          if (!byLines.ok) throw unprocessable(byLines.error.code, byLines.error.message, 'lines');
          linesValue = byLines.value;
        }
        const amount = body.amount ?? Math.min(linesValue?.amount ?? available, available);
        const checked = validateRefund(money, { id: 'new', amount, ...(body.lines ? { lines: body.lines } : {}) });
        if (!checked.ok) throw unprocessable(checked.error.code, `${checked.error.message}.`, checked.error.code.includes('line') ? 'lines' : 'amount');
        const { order: after } = await addRefund(tx, key.businessId, current.id, {
          amount,
          reason: body.reason,
          lines: (linesValue?.lines ?? []).map((l) => ({ line_id: l.line_id, quantity: l.quantity, amount: l.gross, tax: l.tax })),
          tax_breakdown: linesValue?.tax_breakdown ?? [],
        });
        await recordOrderEvent(tx, key.businessId, 'order.refunded', after);
        await markIdempotencyCommitted(tx, request);
        return after;
      });
      return reply.code(201).send(order);
    },
  );
  api.post(
    '/api/v1/orders/:id/cancel',
    {
      onRequest: app.apiKeyAuth('orders:write'),
      schema: {
        tags: ['Orders'],
        summary: 'Cancel an order',
        description:
          'Cancels an open, part-paid, paid or part-refunded order (API or till): money still held is refunded to the payments it came from, newest first ' +
          "(`payment.updated` per payment, then `order.refunded`), then the order is voided and `order.cancelled` is emitted. The whole charge goes back, tip included: each refund carries its payment's `tip` and every payment ends with `tip_refunded` = `tip`. The body is optional. " +
          'A voided or fully refunded order answers 409. Returns the order.',
        security: bearer,
        headers: IdempotencyHeaders,
        params: IdParams,
        body: { ...OrderCancelSchema, examples: [{ reason: 'customer changed their mind' }] },
        response: { 200: OrderSchema, ...errors(404, 409, 413, 415) },
      },
      // Like Stripe's cancel, a bare POST (no body) is fine: treat it as {}.
      preValidation: async (request) => {
        if (request.body === undefined || request.body === null) request.body = {};
      },
    },
    async (request) => {
      const key = requireApiKey(request);
      const reason = request.body.reason ?? null;
      return app.db.transaction(async (tx) => {
        const current = await lockForKey(tx, key, request.params.id);
        const cancelled = await cancelOrder(tx, key.businessId, current, reason);
        if (!cancelled.ok) throw new ApiError('conflict', cancelled.error.code, cancelled.error.message, { param: 'id' });
        await markIdempotencyCommitted(tx, request);
        return cancelled.value;
      });
    },
  );
}
