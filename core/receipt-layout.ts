// Receipt layout as a pure function of an order snapshot: the till, the printer driver and the
// printer simulator's tests all agree on these blocks, for 42- and 32-column paper.
import { Type, type Static } from 'typebox';

const Money = Type.Integer({ description: 'minor units (cents)' });
const Text = (max = 200) => Type.String({ maxLength: max });

export const ReceiptModifierSchema = Type.Object(
  { name: Text(), priceDelta: Money },
  { additionalProperties: false },
);

export const ReceiptDiscountSchema = Type.Object(
  { label: Text(), amount: Type.Integer({ minimum: 0, description: 'minor units taken off (positive)' }) },
  { additionalProperties: false },
);

export const ReceiptLineSchema = Type.Object(
  {
    name: Text(),
    quantity: Type.Number({ exclusiveMinimum: 0 }),
    unitPrice: Money,
    modifiers: Type.Optional(Type.Array(ReceiptModifierSchema, { maxItems: 50 })),
    discount: Type.Optional(ReceiptDiscountSchema),
    /** Line total after modifiers and line discount, as rung up. */
    total: Money,
    note: Type.Optional(Text()),
  },
  { additionalProperties: false },
);

export const ReceiptTaxSchema = Type.Object(
  {
    label: Text(60),
    /** Rate in basis points: 1900 = 19 %. */
    rateBp: Type.Integer({ minimum: 0, maximum: 100_000 }),
    net: Money,
    tax: Money,
    gross: Money,
  },
  { additionalProperties: false },
);

export const ReceiptPaymentSchema = Type.Object(
  {
    method: Type.Union([Type.Literal('cash'), Type.Literal('card'), Type.Literal('external'), Type.Literal('other')]),
    label: Text(60),
    amount: Money,
    /** Cash handed over (cash only). */
    tendered: Type.Optional(Money),
    /** Slip lines the card terminal printed for the customer copy. */
    cardSlipLines: Type.Optional(Type.Array(Text(80), { maxItems: 80 })),
  },
  { additionalProperties: false },
);

export const ReceiptOrderSchema = Type.Object(
  {
    orderNumber: Type.String({ minLength: 1, maxLength: 40 }),
    orderId: Type.Optional(Text(60)),
    /** ISO 8601 time of the sale on the till's clock. */
    createdAt: Type.String({ minLength: 10, maxLength: 40 }),
    currency: Type.String({ pattern: '^[A-Z]{3}$' }),
    location: Type.Object(
      {
        name: Text(),
        headerLines: Type.Optional(Type.Array(Text(), { maxItems: 20 })),
        footerLines: Type.Optional(Type.Array(Text(), { maxItems: 20 })),
        taxId: Type.Optional(Text(60)),
      },
      { additionalProperties: false },
    ),
    staffName: Type.Optional(Text(60)),
    lines: Type.Array(ReceiptLineSchema, { maxItems: 500 }),
    discounts: Type.Optional(Type.Array(ReceiptDiscountSchema, { maxItems: 20 })),
    taxes: Type.Array(ReceiptTaxSchema, { maxItems: 20 }),
    totals: Type.Object(
      {
        subtotal: Money,
        discount: Type.Integer({ minimum: 0 }),
        tax: Money,
        total: Money,
        taxInclusive: Type.Boolean(),
      },
      { additionalProperties: false },
    ),
    payments: Type.Array(ReceiptPaymentSchema, { maxItems: 20 }),
    change: Type.Integer({ minimum: 0 }),
    /** QR payload (e.g. a receipt URL); omitted → no QR code. */
    qrData: Type.Optional(Type.String({ maxLength: 500 })),
    reprint: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export type ReceiptOrder = Static<typeof ReceiptOrderSchema>;
export type ReceiptLine = Static<typeof ReceiptLineSchema>;
export type ReceiptPayment = Static<typeof ReceiptPaymentSchema>;
