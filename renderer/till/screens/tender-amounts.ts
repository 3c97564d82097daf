// Pure amount rules of the tender screen: the quick cash amounts offered and how the tenders taken are
// fitted to a total that shrank after a part-payment.
import type { TenderInput } from '../../db/sales';

/** Quick cash amounts: the exact amount, then the next round notes above it. */
export function quickCashAmounts(due: number, exponent = 2): number[] {
  const unit = 10 ** exponent;
  const notes = [5, 10, 20, 50, 100, 200].map((n) => n * unit);
  const out = [due];
  for (const note of notes) {
    const rounded = Math.ceil(due / note) * note;
    if (rounded > due && !out.includes(rounded)) out.push(rounded);
    if (out.length === 4) break;
  }
  return out;
}

/**
 * The tenders as the sale records them when more was taken than the total (the cart shrank after a
 * part-payment): the excess comes off the cash applied, newest first, and is handed back as change.
 * Card tenders are never reduced; if cash cannot absorb it, recordSale refuses (give a tender back).
 */
export function fitToTotal(tenders: TenderInput[], total: number): TenderInput[] {
  let excess = tenders.reduce((sum, t) => sum + t.amount, 0) - total;
  if (excess <= 0) return tenders;
  const out = [...tenders];
  for (let i = out.length - 1; i >= 0 && excess > 0; i--) {
    const t = out[i]!;
    if (t.method !== 'cash') continue;
    const cut = Math.min(excess, t.amount - 1);
    out[i] = { ...t, amount: t.amount - cut, tendered: t.tendered ?? t.amount };
    excess -= cut;
  }
  return out;
}
