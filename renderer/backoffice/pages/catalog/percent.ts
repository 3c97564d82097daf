// Tax rates as people type and read them ("19", "8.875" %) and as stored (parts per million).

export const percent = (ppm: number) => `${(ppm / 10_000).toLocaleString(undefined, { maximumFractionDigits: 4 })} %`;

/** "19" or "8.875" (percent) → parts per million; null when not a number from 0 to 100. */
export function parsePercent(text: string): number | null {
  const value = Number(text.replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 100) return null;
  return Math.round(value * 10_000);
}
