// Prices an API order from the database (SPEC §5.2): unit prices and modifier deltas come from the
// product rows of the order's location, totals from core/order-totals. Client money never enters.
import type { OrderCreate } from '../../core/api/orders';
import { newId } from '../../core/ids';
import { computeOrderTotals, type LineInput } from '../../core/order-totals';
import { ApiError } from '../http/api-error';
import type { LocationRow } from '../catalog/locations-repository';
import { loadProducts } from '../catalog/products-repository';
import type { Queryable } from '../storage/database';
import { linesFromTotals, type NewOrderRecord } from './orders-repository';

const unprocessable = (code: string, message: string, param: string): ApiError => new ApiError('invalid_request', code, message, { status: 422, param });

export async function priceApiOrder(q: Queryable, businessId: string, location: LocationRow, body: OrderCreate, publicUrl: string): Promise<NewOrderRecord> {
  if (body.customer_id) {
    const { rows } = await q.query('SELECT 1 FROM customers WHERE id = $1 AND business_id = $2 AND livemode = pos_livemode()', [body.customer_id, businessId]);
    if (rows.length === 0) throw unprocessable('customer_not_found', `No customer with id "${body.customer_id}".`, 'customer_id');
  }
  const ids = [...new Set(body.items.map((item) => item.product_id))];
  const products = new Map((await loadProducts(q, businessId, ids, publicUrl)).map((p) => [p.id, p]));
  const inputs: (LineInput & { note: string | null })[] = body.items.map((item, i) => {
    const param = `items[${i}].product_id`;
    const product = products.get(item.product_id);
    if (!product) throw unprocessable('product_not_found', `No product with id "${item.product_id}".`, param);
    if (product.location_id !== location.id) {
      throw unprocessable('product_not_at_location', `Product "${product.id}" belongs to another location than "${location.id}".`, param);
    }
    if (!product.active) throw unprocessable('product_inactive', `Product "${product.id}" is not for sale (inactive).`, param);
    // Its price is per kg and only the till's scale knows what the customer takes home.
    if (product.sold_by_weight) throw unprocessable('product_sold_by_weight', `Product "${product.id}" is sold by weight: it is weighed and sold at the till.`, param);
    const available = new Map(product.modifier_groups.flatMap((g) => g.modifiers.map((m) => [m.id, { modifier: m, group: g }] as const)));
    const chosen = (item.modifier_ids ?? []).map((id, j) => {
      const found = available.get(id);
      if (!found) throw unprocessable('modifier_not_available', `Modifier "${id}" is not offered for product "${product.id}".`, `items[${i}].modifier_ids[${j}]`);
      return found;
    });
    for (const group of product.modifier_groups) {
      const count = chosen.filter((c) => c.group.id === group.id).length;
      if (count < group.min_select || count > group.max_select) {
        const rule = group.min_select === group.max_select ? `exactly ${group.min_select}` : `${group.min_select}–${group.max_select}`;
        throw unprocessable('modifier_selection_invalid', `Choose ${rule} of "${group.name}" (${group.id}) for product "${product.id}"; got ${count}.`, `items[${i}].modifier_ids`);
      }
    }
    return {
      id: newId('lin'),
      product_id: product.id,
      name: product.name,
      quantity: item.quantity,
      unit_price: product.price,
      modifiers: chosen.map(({ modifier }) => ({ id: modifier.id, name: modifier.name, price_delta: modifier.price_delta })),
      tax_rate_id: product.tax_rate.id,
      rate_ppm: product.tax_rate.rate_ppm,
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
    businessId,
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
