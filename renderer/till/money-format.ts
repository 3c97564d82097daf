// Money on the till's screens in the browser's language (a German till shows "12,90 €"), through
// core's formatMoney so amounts stay exact. Receipts use core's own plain layout.
import { formatMoney } from '../../core/money';

function tillLocale(): string {
  const language = typeof navigator !== 'undefined' ? navigator.language : '';
  try {
    return language && Intl.NumberFormat.supportedLocalesOf(language).length > 0 ? language : 'en';
  } catch {
    return 'en';
  }
}

const locale = tillLocale();

export function formatTillMoney(amount: number, currency: string): string {
  return formatMoney(amount, currency, locale);
}
