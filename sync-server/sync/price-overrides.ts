// Checks the price overrides on a till sale before it is written (guarded action `price_override`,
// SPEC §12): a changed price really changed, is never on goods sold by weight (their price is the
// weight's), and its approver is staff of this business. A bad override rejects that sale alone.
import { err, ok, type Result } from '../../core/result';
import type { OrderSnapshot } from '../../core/sync/order-snapshot';
import type { Queryable } from '../storage/database';

export async function checkPriceOverrides(tx: Queryable, businessId: string, order: OrderSnapshot): Promise<Result<void>> {
  const overridden = order.lines.filter((line) => line.price_override);
  if (overridden.length === 0) return ok(undefined);
  for (const line of overridden) {
    const override = line.price_override!;
    if (line.weight) return err('price_override_weighed', `Line ${line.id} is weighed: its price is the weight's and cannot be overridden.`);
    if (override.original_price === line.unit_price) return err('price_override_unchanged', `Line ${line.id} has a price override to the same price (${line.unit_price}).`);
  }
  const productIds = [...new Set(overridden.map((l) => l.product_id).filter((id): id is string => id !== null))];
  if (productIds.length > 0) {
    const { rows } = await tx.query<{ id: string }>('SELECT id FROM products WHERE business_id = $1 AND id = ANY($2::text[]) AND sold_by_weight', [businessId, productIds]);
    if (rows[0]) return err('price_override_weighed', `Product ${rows[0].id} is sold by weight: its price comes from the scale and cannot be overridden.`);
  }
  const approvers = [...new Set(overridden.map((l) => l.price_override!.approved_by).filter((id): id is string => id !== null))];
  if (approvers.length > 0) {
    const { rows } = await tx.query<{ id: string }>('SELECT id FROM staff WHERE business_id = $1 AND id = ANY($2::text[])', [businessId, approvers]);
    const unknown = approvers.find((id) => !rows.some((r) => r.id === id));
    if (unknown) return err('unknown_approver', `The price override's approver ${unknown} is not staff of this business.`);
  }
  return ok(undefined);
}
