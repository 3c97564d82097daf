// Goods sold by weight: the line price from a price per kilogram and the net weight the scale reported
// (gross minus the product's tare), and the text that says how it was weighed (on the line and receipt).
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
