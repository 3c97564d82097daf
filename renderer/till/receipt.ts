// Turns a recorded sale (the OrderSnapshot kept in Dexie) into the printer's ReceiptOrder, so the
// on-screen preview and the printed receipt are the same core layout.
import { printTranslator } from '../../core/i18n/print-messages';
import { formatAmount, formatPercent, safeLocale } from '../../core/locale-format';
import { formatWeighedLine } from '../../core/weighed-price';
import { discountAmount, lineUnitPrice } from '../../core/order-totals';
import type { ReceiptOrder } from '../../core/receipt-layout';
import type { TillLocation, TillTaxRate } from '../../core/sync/catalog';
import type { OrderSnapshot } from '../../core/sync/order-snapshot';

function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, 20);
}

function discountLabel(d: NonNullable<OrderSnapshot['discount']>, t: ReturnType<typeof printTranslator>, currency: string, locale: string): string {
  return t('discountOff', { value: d.kind === 'percent' ? formatPercent(d.basis_points, locale) : formatAmount(d.amount, currency, locale) });
}

/** The shop block of every printed paper: name, header lines (without a repeated name) and footer. */
export function receiptLocation(location: Pick<TillLocation, 'name' | 'receipt_header' | 'receipt_footer'>): ReceiptOrder['location'] {
  return {
    name: location.name,
    // The name is printed large above; a header that repeats it as its first line would print it twice.
    headerLines: splitLines(location.receipt_header).filter((line, i) => !(i === 0 && line === location.name)),
    footerLines: splitLines(location.receipt_footer),
  };
}

export interface ReceiptContext {
  location: Pick<TillLocation, 'name' | 'receipt_header' | 'receipt_footer' | 'timezone' | 'locale'>;
  taxRates: readonly Pick<TillTaxRate, 'id' | 'name'>[];
  staffName?: string;
  /** the attached customer's label (core/sync/till-customer customerLabel) */
  customerName?: string;
  reprint?: boolean;
}

export function toReceiptOrder(order: OrderSnapshot, context: ReceiptContext): ReceiptOrder {
  // Labels are printed and previewed in the location's language, like the rest of the paper.
  const locale = safeLocale(context.location.locale);
  const t = printTranslator(locale);
  const discountText = (d: NonNullable<OrderSnapshot['discount']>) => discountLabel(d, t, order.currency, locale);
  const lines = order.lines.map((line) => {
    const unit = lineUnitPrice(line);
    const gross = unit * line.quantity;
    const off = discountAmount(gross, line.discount);
    return {
      name: line.name,
      quantity: line.quantity,
      unitPrice: unit,
      modifiers: line.modifiers.map((m) => ({ name: m.name, priceDelta: m.price_delta })),
      ...(line.discount && off > 0 ? { discount: { label: discountText(line.discount), amount: off } } : {}),
      ...(line.price_override ? { originalPrice: line.price_override.original_price } : {}),
      total: gross - off,
      // A weighed line says what was weighed and at what price, so the customer can check it.
      ...(line.weight || line.note
        ? { note: [line.weight ? formatWeighedLine(line.weight, order.currency, locale) : null, line.note].filter(Boolean).join(' — ') }
        : {}),
    };
  });
  const lineDiscounts = lines.reduce((sum, l) => sum + (l.discount?.amount ?? 0), 0);
  const orderDiscount = order.totals.discount_total - lineDiscounts;
  const change = order.payments.reduce((sum, p) => sum + (p.change ?? 0), 0);
  const rateName = (id: string) => context.taxRates.find((r) => r.id === id)?.name;
  return {
    orderNumber: order.number,
    orderId: order.id,
    createdAt: order.completed_at,
    currency: order.currency,
    location: receiptLocation(context.location),
    ...(context.location.locale ? { locale: context.location.locale } : {}),
    timeZone: context.location.timezone,
    ...(context.staffName ? { staffName: context.staffName } : {}),
    ...(context.customerName ? { customerName: context.customerName } : {}),
    lines,
    discounts: order.discount && orderDiscount > 0 ? [{ label: discountText(order.discount), amount: orderDiscount }] : [],
    taxes: order.totals.tax_breakdown.map((row) => ({
      label: rateName(row.tax_rate_id) ?? t('taxAt', { rate: formatPercent(row.rate_ppm / 100, locale) }),
      rateBp: Math.round(row.rate_ppm / 100),
      net: row.net,
      tax: row.tax,
      gross: row.gross,
    })),
    totals: {
      subtotal: order.totals.subtotal - lineDiscounts,
      discount: orderDiscount,
      tax: order.totals.tax_total,
      total: order.totals.total,
      taxInclusive: order.tax_mode === 'inclusive',
    },
    payments: order.payments.map((p) => ({
      method: p.method,
      label: p.method === 'card' && p.card?.card_name ? t('cardNamed', { name: p.card.card_name }) : t(p.method),
      amount: p.amount,
      ...(p.tip ? { tip: p.tip } : {}),
      ...(p.tendered !== null ? { tendered: p.tendered } : {}),
      ...(p.card && p.card.slip_lines.length > 0 ? { cardSlipLines: p.card.slip_lines } : {}),
    })),
    change,
    ...(context.reprint ? { reprint: true } : {}),
  };
}
