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
        (l) =>
          l.product_id !== null &&
          l.product_id === line.product_id &&
          !l.weight &&
          !l.price_override &&
          l.discount === null &&
          !l.note &&
          !line.note &&
          sameModifiers(l.modifiers, line.modifiers),
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

/** The product price a line was rung up at before any price override (its list price). */
export function listPrice(line: CartLine): number {
  return line.price_override?.original_price ?? line.unit_price;
}

/**
 * Sets a line's unit price (guarded action price_override): the list price it replaces and who
 * approved are kept on the line; setting the list price again removes the override. A weighed line
 * keeps the scale's price.
 */
export function setLinePrice(cart: Cart, lineId: string, price: number, approvedBy: string | null): Cart {
  if (!Number.isSafeInteger(price) || price < 0) return cart;
  return {
    ...cart,
    lines: cart.lines.map((l) => {
      if (l.id !== lineId || l.weight) return l;
      const original = listPrice(l);
      return price === original
        ? { ...l, unit_price: original, price_override: null }
        : { ...l, unit_price: price, price_override: { original_price: original, approved_by: approvedBy } };
    }),
  };
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
