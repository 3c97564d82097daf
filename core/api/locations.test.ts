import { Compile } from 'typebox/compile';
import { describe, expect, it } from 'vitest';
import { LocationListSchema, LocationSchema } from './locations';

const location = {
  id: 'loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7',
  object: 'location',
  name: 'Café Müller Mitte',
  address: { line1: 'Hauptstraße 5', city: 'Berlin', postal_code: '10115', country: 'DE' },
  timezone: 'Europe/Berlin',
  currency: 'EUR',
  tax_mode: 'inclusive',
  cash_rounding: 1,
  created_at: '2026-11-01T08:00:00.000Z',
  updated_at: '2026-11-20T12:30:00.000Z',
};

const check = Compile(LocationSchema);
const listCheck = Compile(LocationListSchema);

describe('API v1 Location', () => {
  it('accepts a realistic location, a tax-exclusive one with cash rounding, and an empty address', () => {
    expect(check.Check(location)).toBe(true);
    expect(check.Check({ ...location, currency: 'CHF', tax_mode: 'exclusive', cash_rounding: 5, address: {} })).toBe(true);
    // The address is open: countries need fields we do not list.
    expect(check.Check({ ...location, address: { ...location.address, prefecture: 'Tokyo' } })).toBe(true);
  });

  it.each([
    ['a lower-case currency', { currency: 'eur' }],
    ['an unknown tax mode', { tax_mode: 'gross' }],
    ['cash rounding of zero', { cash_rounding: 0 }],
    ['fractional cash rounding', { cash_rounding: 0.05 }],
    ['another object kind', { object: 'store' }],
    ['an empty id', { id: '' }],
    ['an address line that is a number', { address: { line1: 5 } }],
    ['a created_at that is not RFC 3339', { created_at: '01.11.2026' }],
    ['a missing timezone', { timezone: undefined }],
  ])('rejects %s', (_name, change) => {
    expect(check.Check(JSON.parse(JSON.stringify({ ...location, ...change })))).toBe(false);
  });

  it('lists locations in the list envelope', () => {
    expect(LocationListSchema).toMatchObject({ title: 'LocationList' });
    expect(listCheck.Check({ object: 'list', data: [location], next_cursor: null, has_more: false })).toBe(true);
    expect(listCheck.Check({ object: 'list', data: [location], next_cursor: 'loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7', has_more: true })).toBe(true);
    expect(listCheck.Check({ object: 'list', data: [{ ...location, currency: 'euro' }], next_cursor: null, has_more: false })).toBe(false);
    expect(listCheck.Check({ object: 'list', data: [location] })).toBe(false);
  });
});
