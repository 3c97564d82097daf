// API v1 Location: a shop or café of the business, with its currency and tax mode.
import { Type, type Static } from 'typebox';
import { Currency, TaxModeSchema, Timestamp } from '../schema-primitives';
import { IdString, ListOf } from './common';

const ADDRESS_FIELDS = {
  line1: Type.Optional(Type.String()),
  line2: Type.Optional(Type.String()),
  city: Type.Optional(Type.String()),
  postal_code: Type.Optional(Type.String()),
  region: Type.Optional(Type.String()),
  country: Type.Optional(Type.String({ description: 'ISO 3166-1 alpha-2' })),
};

export const LocationSchema = Type.Object(
  {
    id: IdString('loc'),
    object: Type.Literal('location'),
    name: Type.String(),
    address: Type.Object(ADDRESS_FIELDS, { additionalProperties: true }),
    timezone: Type.String({ description: 'IANA time zone, e.g. Europe/Berlin' }),
    currency: Currency,
    tax_mode: Type.Union(TaxModeSchema.anyOf, {
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

const AddressLine = Type.String({ maxLength: 200 });

/**
 * PATCH /api/v1/locations/{id} (and the back office's location form): what may change. Currency and
 * tax mode may not: every price of the location is stored in them.
 */
export const LocationUpdateSchema = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    address: Type.Optional(
      Type.Object(
        {
          line1: Type.Optional(AddressLine),
          line2: Type.Optional(AddressLine),
          city: Type.Optional(AddressLine),
          postal_code: Type.Optional(Type.String({ maxLength: 20 })),
          region: Type.Optional(AddressLine),
          country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2' })),
        },
        { additionalProperties: false, description: 'replaces the whole address' },
      ),
    ),
    timezone: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone, e.g. Europe/Berlin' })),
    cash_rounding: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, description: 'smallest coin in minor units (5 = 0.05)' })),
  },
  { additionalProperties: false, minProperties: 1, title: 'LocationUpdate' },
);
export type LocationUpdate = Static<typeof LocationUpdateSchema>;
