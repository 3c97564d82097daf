import { describe, expect, it } from 'vitest';
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { describeStorableError, StorableText, StorableTimestamp } from './storable';

const firstError = (schema: TSchema, value: unknown) => describeStorableError([...Value.Errors(schema, value)][0]!, value);

describe('storable schema pieces', () => {
  it('text refuses NUL and lone surrogates, keeps emoji and accents, limits length', () => {
    const text = StorableText(10, { minLength: 1 });
    expect(Value.Check(text, 'Zoë 😀')).toBe(true);
    expect(firstError(text, 'a\u0000')).toBe('contains a NUL character (\\u0000), which cannot be stored');
    expect(firstError(text, 'a\udc00')).toBe('contains an unpaired UTF-16 surrogate, which cannot be stored');
    expect(firstError(text, 'x'.repeat(11))).toMatch(/10/);
    expect(firstError(text, '')).toMatch(/1/);
  });

  it('timestamps are RFC 3339 in the years 0001–9999', () => {
    const at = StorableTimestamp('when');
    expect((at as { description?: string }).description).toBe('when');
    expect('description' in StorableTimestamp()).toBe(false);
    expect(Value.Check(at, '0001-01-01T00:00:00Z')).toBe(true);
    expect(Value.Check(at, '9999-12-31T23:59:59.999+01:00')).toBe(true);
    expect(firstError(at, '0000-01-01T00:00:00Z')).toBe('is not a timestamp in the years 0001–9999 (got "0000-01-01T00:00:00Z")');
    expect(firstError(at, 'soon')).toBe('is not an RFC 3339 date-time (got "soon")');
    expect(describeStorableError({ keyword: 'type' }, 1)).toBe('does not match the schema');
  });
});
