// Receipt layout as a pure function of an order snapshot: the till, the printer driver and the
// printer simulator's tests all agree on these blocks, for 42- and 32-column paper.
import { Type, type Static } from 'typebox';
import { toDecimalString } from './money';
import { formatAmount, formatCurrency, formatDateTime, formatNumber, localeContext, type LocaleContext } from './locale-format';
import { printTranslator } from './i18n/print-messages';
import { Amount, Money, Text } from './schema-primitives';

export const ReceiptModifierSchema = Type.Object({ name: Text(), priceDelta: Money() }, { additionalProperties: false });

export const ReceiptDiscountSchema = Type.Object(
  { label: Text(), amount: Type.Integer({ minimum: 0, description: 'minor units taken off (positive)' }) },
  { additionalProperties: false },
);

export const ReceiptLineSchema = Type.Object(
  {
    name: Text(),
    quantity: Type.Number({ exclusiveMinimum: 0 }),
    unitPrice: Money(),
    modifiers: Type.Optional(Type.Array(ReceiptModifierSchema, { maxItems: 50 })),
    discount: Type.Optional(ReceiptDiscountSchema),
    /** The product price the cashier replaced (price override at the till); unitPrice is the new one. */
    originalPrice: Type.Optional(Money()),
    /** Line total after modifiers and line discount, as rung up. */
    total: Money(),
    note: Type.Optional(Text()),
  },
  { additionalProperties: false },
);

export const ReceiptTaxSchema = Type.Object(
  {
    label: Text(60),
    /** Rate in basis points: 1900 = 19 %. */
    rateBp: Type.Integer({ minimum: 0, maximum: 100_000 }),
    net: Money(),
    tax: Money(),
    gross: Money(),
  },
  { additionalProperties: false },
);

export const ReceiptPaymentSchema = Type.Object(
  {
    method: Type.Union([Type.Literal('cash'), Type.Literal('card'), Type.Literal('external'), Type.Literal('other')]),
    label: Text(60),
    /** What the tender applied to the order, tip excluded. */
    amount: Money(),
    /** Tip on top of `amount` (core/tips.ts): a card was charged amount + tip, cash covered both. */
    tip: Type.Optional(Amount()),
    /** Cash handed over (cash only). */
    tendered: Type.Optional(Money()),
    /** Slip lines the card terminal printed for the customer copy. */
    cardSlipLines: Type.Optional(Type.Array(Text(80), { maxItems: 80 })),
  },
  { additionalProperties: false },
);

/** The location's locale (BCP 47) and IANA time zone; absent → en-US and UTC. */
export const LocaleFields = {
  locale: Type.Optional(Type.String({ minLength: 2, maxLength: 35, pattern: '^[A-Za-z0-9-]+$' })),
  timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
};

/** A document of a till paired in test mode (issue 13): marked TEST at its top and bottom, so nobody takes it for a real sale. */
export const TestModeField = {
  testMode: Type.Optional(Type.Boolean()),
};

/** The shop block printed at the top of every document. */
export const ReceiptLocationSchema = Type.Object(
  {
    name: Text(),
    headerLines: Type.Optional(Type.Array(Text(), { maxItems: 20 })),
    footerLines: Type.Optional(Type.Array(Text(), { maxItems: 20 })),
    taxId: Type.Optional(Text(60)),
  },
  { additionalProperties: false },
);
export type ReceiptLocation = Static<typeof ReceiptLocationSchema>;

export const ReceiptOrderSchema = Type.Object(
  {
    /** Printable ASCII: it is printed as a Code 128 barcode. */
    orderNumber: Type.String({ minLength: 1, maxLength: 40, pattern: '^[\\x20-\\x7e]+$' }),
    orderId: Type.Optional(Text(60)),
    /** ISO 8601 time of the sale on the till's clock. */
    createdAt: Type.String({ minLength: 10, maxLength: 40 }),
    currency: Type.String({ pattern: '^[A-Z]{3}$' }),
    location: ReceiptLocationSchema,
    staffName: Type.Optional(Text(60)),
    /** the customer attached to the sale (name, or their masked contact) */
    customerName: Type.Optional(Text(200)),
    lines: Type.Array(ReceiptLineSchema, { maxItems: 500 }),
    discounts: Type.Optional(Type.Array(ReceiptDiscountSchema, { maxItems: 20 })),
    taxes: Type.Array(ReceiptTaxSchema, { maxItems: 20 }),
    totals: Type.Object(
      {
        subtotal: Money(),
        discount: Type.Integer({ minimum: 0 }),
        tax: Money(),
        total: Money(),
        taxInclusive: Type.Boolean(),
      },
      { additionalProperties: false },
    ),
    payments: Type.Array(ReceiptPaymentSchema, { maxItems: 20 }),
    change: Type.Integer({ minimum: 0 }),
    /** QR payload (e.g. a receipt URL, printable ASCII); omitted → no QR code. */
    qrData: Type.Optional(Type.String({ maxLength: 500, pattern: '^[\\x20-\\x7e]*$' })),
    reprint: Type.Optional(Type.Boolean()),
    ...LocaleFields,
    ...TestModeField,
  },
  { additionalProperties: false },
);

export type ReceiptOrder = Static<typeof ReceiptOrderSchema>;
export type ReceiptLine = Static<typeof ReceiptLineSchema>;
export type ReceiptPayment = Static<typeof ReceiptPaymentSchema>;

// ---------------------------------------------------------------- layout

export type ReceiptWidth = 42 | 32;
export type Align = 'left' | 'center' | 'right';

/** What a receipt is made of; the printer driver encodes these and the simulator decodes back to them. */
export type ReceiptBlock =
  | { type: 'text'; text: string; align: Align; bold: boolean; double: boolean }
  | { type: 'barcode'; data: string }
  | { type: 'qr'; data: string }
  | { type: 'cut' };

const SYMBOLS: Record<string, string> = { EUR: '€', GBP: '£', USD: '$', CHF: 'CHF ' };

/**
 * Amount with a fixed currency symbol ("€12.50", "-£1.00", "SEK 3.00"). Receipts do not use Intl
 * (formatMoney) because its spacing and symbols vary by ICU build, and receipt columns must not.
 */
export function formatMoneyWithSymbol(minor: number, currency: string): string {
  const symbol = SYMBOLS[currency] ?? `${currency} `;
  return `${minor < 0 ? '-' : ''}${symbol}${toDecimalString(Math.abs(minor), currency)}`;
}

/** Splits text into lines of at most `width` characters, breaking at spaces where possible. */
export function wrapText(text: string, width: number): string[] {
  // A width below 1 would never shorten the rest: refuse it instead of looping forever.
  if (!Number.isSafeInteger(width) || width < 1) throw new RangeError(`wrap width must be a positive integer, got ${String(width)}`);
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let rest = para.trimEnd();
    if (rest === '') {
      out.push('');
      continue;
    }
    while (rest.length > width) {
      const cut = rest.lastIndexOf(' ', width);
      const at = cut > 0 ? cut : width;
      out.push(rest.slice(0, at).trimEnd());
      rest = rest.slice(at).trimStart();
    }
    // Never empty here: `rest` is a non-empty suffix of a line that ends in a non-space.
    out.push(rest);
  }
  return out;
}

/**
 * `left` text and `right` text flush right on one line; when both do not fit, the left part wraps (and a
 * right part wider than the paper wraps too, flush right). Nothing is ever cut or runs past `width`.
 */
export function leftRight(left: string, right: string, width: number): string[] {
  const room = width - right.length - 1;
  if (room < 1) return [...wrapText(left, width), ...wrapText(right, width).map((r) => r.padStart(width))];
  // wrapText returns at least one line, so the right part always lands on the first.
  return wrapText(left, room).map((l, i) => (i === 0 ? l.padEnd(width - right.length) + right : l));
}

/**
 * The tax table: a label column and three amount columns. A label too long for its column goes on its own
 * lines above the amounts; amounts too wide for their columns go one per line (label and amount).
 */
export function taxTableLines(
  rows: { label: string; net: string; tax: string; gross: string }[],
  heading: string,
  width: number,
  columns: { net: string; tax: string; gross: string } = { net: 'Net', tax: 'Tax', gross: 'Gross' },
): string[] {
  const col = width === 42 ? 9 : 8;
  const labelWidth = width - 3 * col;
  const fits = (a: string) => a.length < col; // at least one space between columns
  const row = (a: string, b: string, c: string, d: string) => a.padEnd(labelWidth) + b.padStart(col) + c.padStart(col) + d.padStart(col);
  const out = [row(heading.length <= labelWidth ? heading : '', columns.net, columns.tax, columns.gross)];
  if (heading.length > labelWidth) out.unshift(...wrapText(heading, width));
  for (const r of rows) {
    if (![r.net, r.tax, r.gross].every(fits)) {
      out.push(
        ...wrapText(r.label, width),
        ...leftRight(`  ${columns.net}`, r.net, width),
        ...leftRight(`  ${columns.tax}`, r.tax, width),
        ...leftRight(`  ${columns.gross}`, r.gross, width),
      );
    } else if (r.label.length > labelWidth) out.push(...wrapText(r.label, width), row('', r.net, r.tax, r.gross));
    else out.push(row(r.label, r.net, r.tax, r.gross));
  }
  return out;
}

/** What every printed document is written with: its blocks, the width, and the location's words and formats. */
export interface DocumentWriter {
  blocks: ReceiptBlock[];
  width: ReceiptWidth;
  ctx: LocaleContext;
  t: ReturnType<typeof printTranslator>;
  /** An amount for a column ("3,50"). */
  amt(minor: number): string;
  /** An amount with its currency sign ("3,50 €"). */
  money(minor: number): string;
  when(iso: string): string;
  text(t: string, align?: Align, bold?: boolean, double?: boolean): void;
  lines(ls: string[], align?: Align, bold?: boolean): void;
  pair(left: string, right: string, bold?: boolean): void;
  rule(): void;
  /** Copy mark, shop name (large), header lines and tax id. */
  header(location: ReceiptLocation, reprint?: boolean): void;
  /** Footer lines, the test mark (test mode) and the cut. */
  footer(location: ReceiptLocation): void;
  /** The end of a document without footer lines: the test mark (test mode) and the cut. */
  end(): void;
}

export function documentWriter(doc: { currency: string; locale?: string; timeZone?: string; testMode?: boolean }, width: ReceiptWidth): DocumentWriter {
  const ctx = localeContext(doc.locale, doc.timeZone);
  const blocks: ReceiptBlock[] = [];
  const text = (t: string, align: Align = 'left', bold = false, double = false) => {
    blocks.push({ type: 'text', text: t, align, bold, double });
  };
  const lines = (ls: string[], align: Align = 'left', bold = false) => ls.forEach((l) => text(l, align, bold));
  const t = printTranslator(ctx.locale);
  // Test mode: a large TEST and what it means, above the shop name and again above the cut.
  const testMark = () => {
    if (!doc.testMode) return;
    text(t('testBanner'), 'center', true, true);
    lines(wrapText(t('testNote'), width), 'center', true);
  };
  const end = () => {
    testMark();
    blocks.push({ type: 'cut' });
  };
  return {
    blocks,
    width,
    ctx,
    t,
    amt: (m) => formatAmount(m, doc.currency, ctx.locale),
    money: (m) => formatCurrency(m, doc.currency, ctx.locale),
    when: (iso) => formatDateTime(iso, ctx),
    text,
    lines,
    pair: (left, right, bold = false) => lines(leftRight(left, right, width), 'left', bold),
    rule: () => text('-'.repeat(width)),
    header(location, reprint) {
      testMark();
      if (reprint) text(t('copy'), 'center', true);
      // Double-width characters take two columns each.
      for (const l of wrapText(location.name, width / 2)) text(l, 'center', true, true);
      for (const h of location.headerLines ?? []) lines(wrapText(h, width), 'center');
      if (location.taxId) lines(wrapText(location.taxId, width), 'center');
      text('');
    },
    footer(location) {
      for (const f of location.footerLines ?? []) lines(wrapText(f, width), 'center');
      end();
    },
    end,
  };
}

/** The receipt for an order as blocks, for a printer of `width` characters per line. */
export function layoutReceipt(order: ReceiptOrder, width: ReceiptWidth = 42): ReceiptBlock[] {
  const w = documentWriter(order, width);
  const { t, amt, pair, rule, lines, blocks } = w;

  w.header(order.location, order.reprint);
  pair(t('order', { number: order.orderNumber }), w.when(order.createdAt));
  if (order.staffName) lines(wrapText(t('servedBy', { name: order.staffName }), width));
  if (order.customerName) lines(wrapText(t('customer', { name: order.customerName }), width));
  rule();

  for (const line of order.lines) {
    pair(`${formatNumber(line.quantity, w.ctx.locale)} x ${line.name}`, amt(line.total));
    if (line.quantity !== 1) lines(wrapText(`    @ ${amt(line.unitPrice)}`, width));
    if (line.originalPrice !== undefined) lines(wrapText(`    ${t('priceChanged', { amount: amt(line.originalPrice) })}`, width));
    for (const m of line.modifiers ?? []) {
      if (m.priceDelta === 0) lines(wrapText(`    + ${m.name}`, width));
      else pair(`    + ${m.name}`, `(${m.priceDelta > 0 ? '+' : ''}${amt(m.priceDelta)})`);
    }
    if (line.discount) pair(`    ${line.discount.label}`, `(-${amt(line.discount.amount)})`);
    if (line.note) lines(wrapText(`    ${line.note}`, width));
  }
  rule();

  pair(t('subtotal'), amt(order.totals.subtotal));
  for (const d of order.discounts ?? []) pair(d.label, `-${amt(d.amount)}`);
  if (!order.totals.taxInclusive) pair(t('tax'), amt(order.totals.tax));
  pair(t('total'), w.money(order.totals.total), true);
  // Tips come after the total they are not part of, then what the customer paid in all.
  const tips = order.payments.reduce((sum, p) => sum + (p.tip ?? 0), 0);
  if (tips > 0) {
    pair(t('tip'), amt(tips));
    pair(t('totalWithTip'), w.money(order.totals.total + tips), true);
  }
  rule();

  for (const p of order.payments) {
    const taken = p.amount + (p.tip ?? 0);
    pair(p.label, amt(taken));
    if (p.tip && tips !== p.tip) pair(t('tipOn'), amt(p.tip));
    if (p.tendered !== undefined && p.tendered !== taken) pair(t('given'), amt(p.tendered));
  }
  if (order.change > 0) pair(t('change'), amt(order.change), true);

  if (order.taxes.length > 0) {
    rule();
    taxTable(w, order.totals.taxInclusive ? t('inclTax') : t('tax'), order.taxes);
  }

  for (const p of order.payments) {
    if (!p.cardSlipLines || p.cardSlipLines.length === 0) continue;
    rule();
    for (const l of p.cardSlipLines) lines(wrapText(l, width));
  }

  rule();
  blocks.push({ type: 'barcode', data: order.orderNumber });
  if (order.qrData) blocks.push({ type: 'qr', data: order.qrData });
  w.footer(order.location);
  return blocks;
}

/** The per-rate table (label, net, tax, gross): receipts and X/Z reports print the same columns. */
export function taxTable(w: DocumentWriter, heading: string, rows: readonly { label: string; net: number; tax: number; gross: number }[]): void {
  const cells = rows.map((r) => ({ label: r.label, net: w.amt(r.net), tax: w.amt(r.tax), gross: w.amt(r.gross) }));
  w.lines(taxTableLines(cells, heading, w.width, { net: w.t('net'), tax: w.t('tax'), gross: w.t('gross') }));
}

/** Plain-text rendering of blocks (previews, logs, the simulator's stdout). */
export function receiptBlocksToText(blocks: ReceiptBlock[], width: ReceiptWidth = 42): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'text') {
      const w = b.double ? Math.floor(width / 2) : width;
      const t =
        b.align === 'center' ? ' '.repeat(Math.max(0, Math.floor((w - b.text.length) / 2))) + b.text : b.align === 'right' ? b.text.padStart(w) : b.text;
      out.push(t.trimEnd());
    } else if (b.type === 'barcode') out.push(`[barcode ${b.data}]`);
    else if (b.type === 'qr') out.push(`[qr ${b.data}]`);
    else out.push('--- cut ---');
  }
  return out.join('\n');
}

/** A complete sample order (print tests, previews, simulator demos): umlauts, €, modifiers, discounts, split tender. */
export const SAMPLE_RECEIPT_ORDER: ReceiptOrder = {
  orderNumber: 'A-1042',
  createdAt: '2026-11-23T10:30:00.000Z',
  currency: 'EUR',
  location: {
    name: 'Café Müller',
    headerLines: ['Hauptstraße 5, 10115 Berlin', 'Tel. 030 123456'],
    footerLines: ['Danke für Ihren Besuch!', 'Señor Crème brûlée & £ welcome'],
    taxId: 'USt-IdNr. DE123456789',
  },
  staffName: 'Jörg',
  lines: [
    { name: 'Cappuccino', quantity: 2, unitPrice: 350, modifiers: [{ name: 'Hafermilch', priceDelta: 50 }], total: 800 },
    { name: 'Käsekuchen mit Sahne und frischen Früchten der Saison', quantity: 1, unitPrice: 420, total: 420 },
    { name: 'Brötchen', quantity: 3, unitPrice: 90, discount: { label: 'Staff 10%', amount: 27 }, total: 243 },
  ],
  discounts: [{ label: 'Happy hour', amount: 100 }],
  taxes: [
    { label: 'MwSt 19%', rateBp: 1900, net: 588, tax: 112, gross: 700 },
    { label: 'MwSt 7%', rateBp: 700, net: 619, tax: 44, gross: 663 },
  ],
  totals: { subtotal: 1463, discount: 100, tax: 156, total: 1363, taxInclusive: true },
  payments: [
    { method: 'cash', label: 'Bar', amount: 363, tendered: 500 },
    {
      method: 'card',
      label: 'Karte',
      amount: 1000,
      cardSlipLines: ['Kundenbeleg', 'girocard', 'Betrag EUR 10,00', 'Terminal-ID 52500001', 'Beleg-Nr 0001', 'Zahlung erfolgt'],
    },
  ],
  change: 137,
  qrData: 'https://pos.example/r/A-1042',
};
