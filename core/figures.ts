// What "Subtotal" and "Discount" mean wherever an order is shown (cart, receipt, back office):
// line discounts are shown on their lines, so the subtotal is the sum of the lines as shown
// (after their discounts) and the order discount row holds only the order-level discount.
import type { OrderTotals } from './order-totals';

export interface ShownFigures {
  /** Σ line amounts as printed on the lines (after line discounts, before the order discount) */
  subtotal: number;
  lineDiscounts: number;
  /** the order-level discount only */
  orderDiscount: number;
}

export function shownFigures(totals: Pick<OrderTotals, 'subtotal' | 'discount_total'> & { lines: readonly { line_discount: number }[] }): ShownFigures {
  const lineDiscounts = totals.lines.reduce((sum, l) => sum + l.line_discount, 0);
  return { subtotal: totals.subtotal - lineDiscounts, lineDiscounts, orderDiscount: totals.discount_total - lineDiscounts };
}
