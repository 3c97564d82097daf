// Pure edits of the cart being rung up (UI session state). Totals always come from core's
// computeOrderTotals through the db layer's cartTotals, never from sums made here.
import type { Discount, ModifierInput } from '../../core/order-totals';
import type { Cart, CartLine } from '../db/till-db';

function sameModifiers(a: ModifierInput[], b: ModifierInput[]): boolean {
  return a.length === b.length && a.every((m, i) => m.id === b[i]?.id);
}

/**
 * Adds a line, or one more of the same product with the same modifiers and no discount
 * (scanning an item twice gives "2 ×", not two lines). Returns the cart and the touched line id.
 */
export function addLine(cart: Cart, line: Omit<CartLine, 'discount'>): { cart: Cart; lineId: string } {
  // Two weighings are two lines: each keeps the weight it was sold at.
  const same = line.weight
    ? undefined
    : cart.lines.find(
        (l) => l.product_id !== null && l.product_id === line.product_id && !l.weight && l.discount === null && !l.note && !line.note && sameModifiers(l.modifiers, line.modifiers),
      );
  if (same) {
    return { cart: setQuantity(cart, same.id, same.quantity + line.quantity), lineId: same.id };
  }
  return { cart: { ...cart, lines: [...cart.lines, { ...line, discount: null }] }, lineId: line.id };
}

/** Most of one product on a line: a sane counter quantity, far below what the sync schema allows. */
export const MAX_QUANTITY = 999;

/** Quantity ≤ 0 removes the line; more than MAX_QUANTITY is capped; a weighed line stays one weighing. */
export function setQuantity(cart: Cart, lineId: string, quantity: number): Cart {
  if (!Number.isSafeInteger(quantity)) return cart;
  if (quantity <= 0) return removeLine(cart, lineId);
  if (cart.lines.find((l) => l.id === lineId)?.weight) return cart;
  return { ...cart, lines: cart.lines.map((l) => (l.id === lineId ? { ...l, quantity: Math.min(quantity, MAX_QUANTITY) } : l)) };
}

export function removeLine(cart: Cart, lineId: string): Cart {
  return { ...cart, lines: cart.lines.filter((l) => l.id !== lineId) };
}

export function setLineDiscount(cart: Cart, lineId: string, discount: Discount | null): Cart {
  return { ...cart, lines: cart.lines.map((l) => (l.id === lineId ? { ...l, discount } : l)) };
}

export function setLineModifiers(cart: Cart, lineId: string, modifiers: ModifierInput[]): Cart {
  return { ...cart, lines: cart.lines.map((l) => (l.id === lineId ? { ...l, modifiers } : l)) };
}

export function setOrderDiscount(cart: Cart, discount: Discount | null): Cart {
  return { ...cart, discount };
}

/**
 * What a discount takes off `base`, as the share of it in basis points; used to decide whether
 * a manager must approve (the threshold is a percentage whatever the discount's kind).
 */
export function discountShareBp(base: number, discount: Discount): number {
  if (discount.kind === 'percent') return discount.basis_points;
  if (base <= 0) return discount.amount > 0 ? 10_000 : 0;
  return Math.ceil((Math.min(discount.amount, base) * 10_000) / base);
}

/** True when a discount of this size needs a manager's PIN. */
export function needsManagerApproval(base: number, discount: Discount, thresholdBp: number): boolean {
  return discountShareBp(base, discount) > thresholdBp;
}
