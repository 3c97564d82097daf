// Prices an API order from the database (SPEC §5.2): unit prices and modifier deltas come from the
// product rows of the order's location, totals from core/order-totals. Client money never enters.
// Everything the pricing needs (location, products with modifier groups and tax rates, the customer
// check, the business's webhook endpoints for the write) is read in one statement, readApiOrderContext.
import type { OrderCreate } from '../../core/api/orders';
import { newId } from '../../core/ids';
import { computeOrderTotals, type LineInput } from '../../core/order-totals';
import type { TaxMode } from '../../core/schema-primitives';
import { ApiError } from '../http/api-error';
import type { ApiKeyAuthRow } from '../auth/api-keys';
import type { Queryable } from '../storage/database';
import { linesFromTotals, type NewOrderRecord } from './order-record';

const unprocessable = (code: string, message: string, param: string): ApiError => new ApiError('invalid_request', code, message, { status: 422, param });

/** A product as pricing sees it. */
interface PricedProduct {
  id: string;
  location_id: string;
  name: string;
  price: number;
  active: boolean;
  sold_by_weight: boolean;
  tax_rate_id: string;
  rate_ppm: number;
  modifier_groups: { id: string; name: string; min_select: number; max_select: number; modifiers: { id: string; name: string; price_delta: number }[] }[];
}

/** What an API order is priced and written from, read in one statement. */
export interface ApiOrderContext {
  businessId: string;
  /** null: no such location in the business */
  location: { id: string; currency: string; tax_mode: TaxMode; cash_rounding: number } | null;
  /** the named products that exist (not deleted), any location */
  products: Map<string, PricedProduct>;
  /** false: body.customer_id names no customer of this mode */
  customerFound: boolean;
  /** enabled webhook endpoints of the business in this mode (sizes the write's delivery ids) */
  endpoints: number;
  /** whether the claim sent along was inserted (only when one was) */
  claimed?: boolean;
  /** the key's row, when the read looked it up by its hash (undefined: no such key) */
  apiKey?: ApiKeyAuthRow;
}

/** Whose order: a known key's business and mode, or (an `auth: 'in-handler'` request, api/api-auth.ts) the hash of a key the read looks up itself. */
export type ApiOrderReader = { businessId: string; livemode: boolean } | { keyHash: string };

/** A data-modifying statement sent along (the request's idempotency claim), its parameters numbered from `offset` + 1. */
type ClaimAt = (offset: number) => { sql: string; params: unknown[] } | null;

/**
 * One round trip: the location, the products (modifier groups, modifiers, tax rate), the customer check,
 * the endpoint count; for a `keyHash` also the key's row (as `k`, the business and mode come from it:
 * an unknown key reads nothing), and the claim, whose row count comes back as `claimed`.
 */
export async function readApiOrderContext(q: Queryable, reader: ApiOrderReader, body: OrderCreate, claimAt: ClaimAt = () => null): Promise<ApiOrderContext> {
  const ids = [...new Set(body.items.map((item) => item.product_id))];
  const keyed = 'keyHash' in reader;
  const claim = claimAt(keyed ? 4 : 5);
  // $1 is the key's hash when the read looks the key up, else the business ($5 the mode).
  const [biz, live] = keyed ? ['(SELECT business_id FROM k)', '(SELECT livemode FROM k)'] : ['$1', '$5'];
  const ctes = [
    ...(keyed ? ['k AS (SELECT id, business_id, name, prefix, scopes, location_ids, livemode, revoked_at FROM api_keys WHERE key_hash = $1)'] : []),
    ...(claim ? [`claim AS (${claim.sql})`] : []),
  ];
  const { rows } = await q.query<{
    location: ApiOrderContext['location'];
    products: PricedProduct[];
    customer_found: boolean;
    endpoints: number;
    claimed?: number;
    api_key?: ApiKeyAuthRow | null;
  }>(
    `${ctes.length > 0 ? `WITH ${ctes.join(', ')} ` : ''}SELECT${claim ? ' (SELECT count(*) FROM claim)::int AS claimed,' : ''}${keyed ? ' (SELECT to_jsonb(k) FROM k) AS api_key,' : ''}
       (SELECT jsonb_build_object('id', l.id, 'currency', l.currency, 'tax_mode', l.tax_mode, 'cash_rounding', l.cash_rounding)
        FROM locations l WHERE l.business_id = ${biz} AND l.id = $2) AS location,
       (SELECT coalesce(jsonb_agg(jsonb_build_object(
           'id', p.id, 'location_id', p.location_id, 'name', p.name, 'price', p.price, 'active', p.active, 'sold_by_weight', p.sold_by_weight,
           'tax_rate_id', p.tax_rate_id, 'rate_ppm', t.rate_ppm,
           'modifier_groups', coalesce((
             SELECT jsonb_agg(jsonb_build_object('id', g.id, 'name', g.name, 'min_select', g.min_select, 'max_select', g.max_select,
                      'modifiers', coalesce((SELECT jsonb_agg(jsonb_build_object('id', m.id, 'name', m.name, 'price_delta', m.price_delta) ORDER BY m.sort_order, m.id)
                                             FROM modifiers m WHERE m.group_id = g.id), '[]'::jsonb))
                    ORDER BY pmg.sort_order, g.id)
             FROM product_modifier_groups pmg JOIN modifier_groups g ON g.id = pmg.group_id WHERE pmg.product_id = p.id), '[]'::jsonb))), '[]'::jsonb)
        FROM products p JOIN tax_rates t ON t.id = p.tax_rate_id
        WHERE p.business_id = ${biz} AND p.id = ANY ($3::text[]) AND p.deleted_at IS NULL) AS products,
       ($4::text IS NULL OR EXISTS (SELECT 1 FROM customers c WHERE c.id = $4 AND c.business_id = ${biz} AND c.livemode = ${live})) AS customer_found,
       (SELECT count(*) FROM webhook_endpoints w WHERE w.business_id = ${biz} AND w.enabled AND w.livemode = ${live})::int AS endpoints`,
    [
      ...(keyed ? [reader.keyHash] : [reader.businessId]),
      body.location_id,
      ids,
      body.customer_id ?? null,
      ...(keyed ? [] : [reader.livemode]),
      ...(claim?.params ?? []),
    ],
    { name: `api_order_context${keyed ? '_key' : ''}${claim ? '_claim' : ''}` },
  );
  const row = rows[0]!;
  return {
    ...(claim ? { claimed: row.claimed! > 0 } : {}),
    ...(keyed ? { apiKey: row.api_key ?? undefined } : {}),
    businessId: keyed ? (row.api_key?.business_id ?? '') : reader.businessId,
    location: row.location,
    products: new Map(row.products.map((p) => [p.id, p])),
    customerFound: row.customer_found,
    endpoints: row.endpoints,
  };
}

/** The order record for `body`, priced from `context` (its location must exist: the caller checks that and access first). */
export function priceApiOrder(context: ApiOrderContext, body: OrderCreate): NewOrderRecord {
  const location = context.location!;
  if (!context.customerFound) throw unprocessable('customer_not_found', `No customer with id "${body.customer_id}".`, 'customer_id');
  const inputs: (LineInput & { note: string | null })[] = body.items.map((item, i) => {
    const param = `items[${i}].product_id`;
    const product = context.products.get(item.product_id);
    if (!product) throw unprocessable('product_not_found', `No product with id "${item.product_id}".`, param);
    if (product.location_id !== location.id) {
      throw unprocessable('product_not_at_location', `Product "${product.id}" belongs to another location than "${location.id}".`, param);
    }
    if (!product.active) throw unprocessable('product_inactive', `Product "${product.id}" is not for sale (inactive).`, param);
    // Its price is per kg and only the till's scale knows what the customer takes home.
    if (product.sold_by_weight)
      throw unprocessable('product_sold_by_weight', `Product "${product.id}" is sold by weight: it is weighed and sold at the till.`, param);
    const available = new Map(product.modifier_groups.flatMap((g) => g.modifiers.map((m) => [m.id, { modifier: m, group: g }] as const)));
    const chosen = (item.modifier_ids ?? []).map((id, j) => {
      const found = available.get(id);
      if (!found)
        throw unprocessable('modifier_not_available', `Modifier "${id}" is not offered for product "${product.id}".`, `items[${i}].modifier_ids[${j}]`);
      return found;
    });
    for (const group of product.modifier_groups) {
      const count = chosen.filter((c) => c.group.id === group.id).length;
      if (count < group.min_select || count > group.max_select) {
        const rule = group.min_select === group.max_select ? `exactly ${group.min_select}` : `${group.min_select}–${group.max_select}`;
        throw unprocessable(
          'modifier_selection_invalid',
          `Choose ${rule} of "${group.name}" (${group.id}) for product "${product.id}"; got ${count}.`,
          `items[${i}].modifier_ids`,
        );
      }
    }
    return {
      id: newId('lin'),
      product_id: product.id,
      name: product.name,
      quantity: item.quantity,
      unit_price: product.price,
      modifiers: chosen.map(({ modifier }) => ({ id: modifier.id, name: modifier.name, price_delta: modifier.price_delta })),
      tax_rate_id: product.tax_rate_id,
      rate_ppm: product.rate_ppm,
      note: item.note ?? null,
    };
  });
  let totals;
  try {
    totals = computeOrderTotals({ currency: location.currency, tax_mode: location.tax_mode, lines: inputs, cash_rounding: location.cash_rounding });
  } catch (error) {
    // Only absurd sizes get here (quantity × price beyond the safe integer range).
    if (error instanceof RangeError) throw unprocessable('order_amount_out_of_range', `The order cannot be priced: ${error.message}.`, 'items');
    throw error;
  }
  return {
    businessId: context.businessId,
    locationId: location.id,
    source: 'api',
    currency: location.currency,
    taxMode: location.tax_mode,
    cashRounding: location.cash_rounding,
    totals,
    lines: linesFromTotals(totals, inputs),
    externalRef: body.external_ref ?? null,
    customerNote: body.customer_note ?? null,
    customerId: body.customer_id ?? null,
  };
}
