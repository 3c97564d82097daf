// API v1 Location: a shop or café of the business, with its currency and tax mode.
import { Type, type Static } from 'typebox';
import { IdString, ListOf, Timestamp } from './common';

export const LocationSchema = Type.Object(
  {
    id: IdString('loc'),
    object: Type.Literal('location'),
    name: Type.String(),
    address: Type.Object(
      {
        line1: Type.Optional(Type.String()),
        line2: Type.Optional(Type.String()),
        city: Type.Optional(Type.String()),
        postal_code: Type.Optional(Type.String()),
        region: Type.Optional(Type.String()),
        country: Type.Optional(Type.String({ description: 'ISO 3166-1 alpha-2' })),
      },
      { additionalProperties: true },
    ),
    timezone: Type.String({ description: 'IANA time zone, e.g. Europe/Berlin' }),
    currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217' }),
    tax_mode: Type.Union([Type.Literal('inclusive'), Type.Literal('exclusive')], {
      description: 'inclusive: prices contain tax (EU VAT); exclusive: tax is added on top (US sales tax)',
    }),
    cash_rounding: Type.Integer({ minimum: 1, description: 'smallest coin in minor units (5 = 0.05)' }),
    created_at: Timestamp(),
    updated_at: Timestamp(),
  },
  { title: 'Location' },
);
export type Location = Static<typeof LocationSchema>;

export const LocationListSchema = ListOf(LocationSchema, 'Location');
