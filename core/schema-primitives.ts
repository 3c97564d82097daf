// One definition of each schema primitive the contracts share — the sync protocol, API v1, the
// event catalog, print documents and the hardware contract: money, ids, text, timestamps,
// currency and tax mode. TypeScript types are derived from the schemas, so what a value may be
// and what validation accepts never drift apart. Contract-specific rules (an API price's upper
// bound, a quantity's range) stay beside their contract and build on these.
import { Type, type Static, type TSchema } from 'typebox';
import { StorableText, StorableTimestamp } from './storable';

/** The largest amount anywhere in the system, in minor units (≈ 1 billion in major units). */
export const MONEY_MAX = 99_999_999_999;

/** A signed amount in integer minor units (cents); negative for refunds, returns and discounts. */
export const Money = (description = 'integer minor units (cents)') => Type.Integer({ minimum: -MONEY_MAX, maximum: MONEY_MAX, description });

/** A non-negative amount in integer minor units. */
export const Amount = (description = 'integer minor units (cents), never negative') => Type.Integer({ minimum: 0, maximum: MONEY_MAX, description });

/** An ISO 4217 currency code: EUR, CHF, USD. */
export const Currency = Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 currency code' });

/** Whether catalog prices include tax (most of Europe) or have it added at checkout (the US). */
export const TaxModeSchema = Type.Union([Type.Literal('inclusive'), Type.Literal('exclusive')]);
export type TaxMode = Static<typeof TaxModeSchema>;

/** Text the cloud can store: at most `max` characters, no NUL, no unpaired surrogate. */
export const Text = (max = 200) => StorableText(max);

/** A record id as tills and the cloud exchange it (prefixed ULID-like, ≤ 60 characters). */
export const Id = StorableText(60, { minLength: 1 });

/** An RFC 3339 date-time in the years 0001–9999. */
export const Timestamp = (description?: string) => StorableTimestamp(description);

/** `schema` or null. */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
