import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatCurrency,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatTime,
  localeContext,
  localeForCountry,
  pluralCategory,
  safeLocale,
  safeTimeZone,
} from './locale-format';

const berlin = localeContext('de-DE', 'Europe/Berlin');
const newYork = localeContext('en-US', 'America/New_York');

describe('locale formats', () => {
  it('shows a Berlin café its dates, times and money: 02.12.2026 20:23 and 3,50 €', () => {
    const at = '2026-12-02T19:23:00.000Z';
    expect(formatDateTime(at, berlin)).toBe('02.12.2026 20:23');
    expect(formatDate(at, berlin)).toBe('02.12.2026');
    expect(formatTime(at, berlin)).toBe('20:23');
    expect(formatCurrency(350, 'EUR', 'de-DE')).toBe('3,50 €');
    expect(formatAmount(123_456, 'EUR', 'de-DE')).toBe('1.234,56');
    expect(formatNumber(1234.5, 'de-DE')).toBe('1.234,5');
    expect(formatPercent(1900, 'de-DE')).toBe('19 %');
  });

  it('uses the location time zone, not the device clock (a New York evening is still the same day there)', () => {
    const at = '2026-12-03T02:30:00.000Z';
    expect(formatDateTime(at, newYork)).toBe('12/02/2026 09:30 PM');
    expect(formatCurrency(-5, 'USD', 'en-US')).toBe('-$0.05');
    expect(formatAmount(500, 'JPY', 'en-US')).toBe('500');
    expect(formatPercent(750, 'en-US')).toBe('7.5%');
  });

  it('replaces unknown locales and zones with en-US and UTC instead of throwing', () => {
    expect(safeLocale(undefined)).toBe('en-US');
    expect(safeLocale('')).toBe('en-US');
    expect(safeLocale('not a locale!')).toBe('en-US');
    expect(safeLocale('de-AT')).toBe('de-AT');
    expect(safeLocale('zz')).toBe('en-US');
    expect(safeTimeZone(null)).toBe('UTC');
    expect(safeTimeZone('Mars/Olympus')).toBe('UTC');
    expect(localeContext('fr-FR', 'Europe/Paris')).toEqual({ locale: 'fr-FR', timeZone: 'Europe/Paris' });
  });

  it('finds the usual locale of a location from its country', () => {
    expect(localeForCountry('DE')).toBe('de-DE');
    expect(localeForCountry('at')).toBe('de-AT');
    expect(localeForCountry('US')).toBe('en-US');
    expect(localeForCountry('FR')).toBe('fr-FR');
    expect(localeForCountry(null)).toBe('en-US');
    expect(localeForCountry('Germany')).toBe('en-US');
    expect(localeForCountry('ZZ')).toBe('en-US');
  });

  it('knows the plural category of a count', () => {
    expect(pluralCategory(1, 'en')).toBe('one');
    expect(pluralCategory(2, 'en')).toBe('other');
    expect(pluralCategory(0, 'en')).toBe('other');
    expect(pluralCategory(1, 'de')).toBe('one');
  });
});
