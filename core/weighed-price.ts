// Goods sold by weight: the line price from a price per kilogram and the net weight the scale reported
// (gross minus the product's tare), and the text that says how it was weighed (on the line and receipt).
import { formatCurrency } from './locale-format';
import { roundDiv, toDecimalString, toSafeNumber } from './money';

/** Price per kg × net grams / 1000, rounded half away from zero to minor units. */
export function priceForWeight(pricePerKg: number, netGrams: number): number {
  if (!Number.isSafeInteger(pricePerKg) || pricePerKg < 0) throw new RangeError(`price per kg must be non-negative minor units, got ${String(pricePerKg)}`);
  if (!Number.isSafeInteger(netGrams) || netGrams <= 0) throw new RangeError(`net weight must be a positive number of grams, got ${String(netGrams)}`);
  return toSafeNumber(roundDiv(BigInt(pricePerKg) * BigInt(netGrams), 1000n), 'weighed price');
}

/** "0.523 kg", from grams (three decimals, the scale's resolution). */
export function formatKg(grams: number): string {
  return `${(grams / 1000).toFixed(3)} kg`;
}

/** "0.523 kg × 2.99/kg (tare 0.010 kg)": printed under the line, so the customer can check the price. */
export function weighedLineNote(weight: { netGrams: number; tareGrams: number }, pricePerKg: number, currency: string): string {
  const tare = weight.tareGrams > 0 ? ` (tare ${formatKg(weight.tareGrams)})` : '';
  return `${formatKg(weight.netGrams)} × ${toDecimalString(pricePerKg, currency)}/kg${tare}`;
}

/** How a weighed line was weighed: the net weight sold, the tare taken off, and the price per kg it was sold at. */
export interface LineWeight {
  net_grams: number;
  tare_grams: number;
  /** minor units per kilogram, in the location's price mode */
  price_per_kg: number;
}

/**
 * A weighed line's price: one weighing is one line of quantity 1 whose unit price is the weight's price, rounded
 * once to minor units (docs/decisions.md, "Goods sold by weight").
 */
export function weighedUnitPrice(weight: LineWeight): number {
  return priceForWeight(weight.price_per_kg, weight.net_grams);
}

/** "0,350 kg × 12,90 €/kg" in the location's locale (the tare, when any, is the caller's to add). */
export function formatWeighedLine(weight: LineWeight, currency: string, locale: string): string {
  return `${formatGrams(weight.net_grams, locale)} × ${formatCurrency(weight.price_per_kg, currency, locale)}/kg`;
}

/** "0,010 kg" in the locale: the tare printed beside a weighed line. */
export function formatGrams(grams: number, locale: string): string {
  return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(grams / 1000)} kg`;
}
