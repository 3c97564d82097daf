// API v1 Customer (issue 13): a person the business sells to, shared by all its locations; orders
// name one by `customer_id`. Bodies of POST/PATCH /api/v1/customers and the list query.
import { Type, type Static } from 'typebox';
import { Nullable, Timestamp } from '../schema-primitives';
import { IdString, ListOf, ListQuery } from './common';

export const CustomerSchema = Type.Object(
  {
    id: IdString('cus'),
    object: Type.Literal('customer'),
    name: Nullable(Type.String()),
    email: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    note: Type.String({ description: 'for staff; never printed on receipts' }),
    livemode: Type.Boolean({ description: 'false for a test-mode customer (created with a pos_test_ key)' }),
    created_at: Timestamp(),
    updated_at: Timestamp(),
  },
  { title: 'Customer' },
);
export type Customer = Static<typeof CustomerSchema>;

export const CustomerListSchema = ListOf(CustomerSchema, 'Customer');

const Name = Nullable(Type.String({ minLength: 1, maxLength: 200 }));
const Email = Nullable(Type.String({ maxLength: 254, pattern: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', description: 'an e-mail address' }));
const Phone = Nullable(
  Type.String({ minLength: 3, maxLength: 32, pattern: '^\\+?[0-9 ()./-]+$', description: 'digits, spaces and + ( ) . / -; E.164 (+4930…) is best' }),
);
const Note = Type.String({ maxLength: 2000 });

export const CustomerCreateSchema = Type.Object(
  { name: Type.Optional(Name), email: Type.Optional(Email), phone: Type.Optional(Phone), note: Type.Optional(Note) },
  { additionalProperties: false, title: 'CustomerCreate', description: 'At least one of name, email and phone.' },
);
export type CustomerCreate = Static<typeof CustomerCreateSchema>;

export const CustomerUpdateSchema = Type.Object(
  { name: Type.Optional(Name), email: Type.Optional(Email), phone: Type.Optional(Phone), note: Type.Optional(Note) },
  {
    additionalProperties: false,
    minProperties: 1,
    title: 'CustomerUpdate',
    description: 'Only the fields sent change; null clears one (at least one of name, email and phone must remain).',
  },
);
export type CustomerUpdate = Static<typeof CustomerUpdateSchema>;

export const CustomerListQuerySchema = Type.Object(
  {
    ...ListQuery,
    query: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: 'matches name, email or phone (case-insensitive, anywhere in them; phone by its digits)' }),
    ),
  },
  { additionalProperties: false },
);
