// Checks the price overrides on a till sale before it is written (guarded action `price_override`,
// SPEC §12): a changed price really changed, is never on goods sold by weight (their price is the
// weight's), and its approver is staff of this business. A bad override rejects that sale alone.
// The check itself is pure (`checkPriceOverridesAgainst`); the lookups it needs are made for one sale
// or for a whole push group at once (till-sale-checks.ts lookUpSales).
import { err, ok, type Result } from '../../core/result';
import type { OrderSnapshot } from '../../core/sync/order-snapshot';

/** What a sale's overrides need looked up: the overridden products, and the approvers. */
export function priceOverrideLookups(order: OrderSnapshot): { productIds: string[]; approvers: string[] } {
  const overridden = order.lines.filter((line) => line.price_override);
  return {
    productIds: [...new Set(overridden.map((l) => l.product_id).filter((id): id is string => id !== null))],
    approvers: [...new Set(overridden.map((l) => l.price_override!.approved_by).filter((id): id is string => id !== null))],
  };
}

/** The check against what was looked up: products sold by weight, and approvers that are staff of the business. */
export function checkPriceOverridesAgainst(order: OrderSnapshot, known: { soldByWeight: ReadonlySet<string>; staff: ReadonlySet<string> }): Result<void> {
  const overridden = order.lines.filter((line) => line.price_override);
  if (overridden.length === 0) return ok(undefined);
  for (const line of overridden) {
    const override = line.price_override!;
    if (line.weight) return err('price_override_weighed', `Line ${line.id} is weighed: its price is the weight's and cannot be overridden.`);
    if (override.original_price === line.unit_price)
      return err('price_override_unchanged', `Line ${line.id} has a price override to the same price (${line.unit_price}).`);
  }
  const { productIds, approvers } = priceOverrideLookups(order);
  const weighed = productIds.find((id) => known.soldByWeight.has(id));
  if (weighed) return err('price_override_weighed', `Product ${weighed} is sold by weight: its price comes from the scale and cannot be overridden.`);
  const unknown = approvers.find((id) => !known.staff.has(id));
  if (unknown) return err('unknown_approver', `The price override's approver ${unknown} is not staff of this business.`);
  return ok(undefined);
}
