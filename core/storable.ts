// What the database can store, as schema pieces: text without NUL characters or unpaired UTF-16
// surrogates (PostgreSQL text and jsonb refuse U+0000, jsonb a lone surrogate) and timestamps in
// the years 0001–9999 (RFC 3339's range; PostgreSQL refuses year 0). Schemas of data the cloud stores build their strings from these, so a poison value is
// refused at the door with a clear reason instead of failing in the database.
import { Type, type TString } from 'typebox';

/**
 * A JSON-schema pattern that refuses U+0000 and unpaired surrogates anywhere in a string. Ajv and
 * TypeBox both compile patterns in unicode mode, where a surrogate pair is one code point (so
 * emoji pass) and only a lone surrogate falls in D800–DFFF.
 */
export const STORABLE_TEXT_PATTERN = '^[^\\u0000\\uD800-\\uDFFF]*$';
/** Prefix check on a date-time string: the year is 0001–9999, never 0000. */
export const TIMESTAMP_YEAR_PATTERN = '^(?!0000)[0-9]{4}-';

/** Text of at most `max` characters, no NUL, no unpaired surrogate. */
export const StorableText = (max: number, options: { minLength?: number; description?: string } = {}): TString =>
  Type.String({ maxLength: max, pattern: STORABLE_TEXT_PATTERN, ...options });

/** An RFC 3339 date-time in the years 0001–9999. */
export const StorableTimestamp = (description?: string): TString =>
  Type.String({ format: 'date-time', pattern: TIMESTAMP_YEAR_PATTERN, ...(description ? { description } : {}) });

/** A sentence for a schema error on a value, naming what the database could not store. */
export function describeStorableError(error: { keyword?: string; message?: string; params?: unknown }, value: unknown): string {
  const pattern = (error.params as { pattern?: unknown } | undefined)?.pattern;
  if (error.keyword === 'pattern' && pattern === STORABLE_TEXT_PATTERN) {
    return typeof value === 'string' && value.includes('\u0000')
      ? 'contains a NUL character (\\u0000), which cannot be stored'
      : 'contains an unpaired UTF-16 surrogate, which cannot be stored';
  }
  if (error.keyword === 'pattern' && pattern === TIMESTAMP_YEAR_PATTERN) return `is not a timestamp in the years 0001–9999 (got ${JSON.stringify(value)})`;
  if (error.keyword === 'format' && typeof value === 'string') return `is not an RFC 3339 date-time (got ${JSON.stringify(value.slice(0, 40))})`;
  return error.message ?? 'does not match the schema';
}
