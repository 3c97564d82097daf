// The till's words and formats follow its location: one context built from the location's locale and
// time zone gives every screen `t` (the message catalog) and money/date/number formatters (Intl).
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { createTranslator, type Translate } from '../../../core/i18n/translate';
import { toDecimalString } from '../../../core/money';
import { formatCurrency, formatDateTime, formatNumber, formatPercent, formatTime, localeContext, type LocaleContext } from '../../../core/locale-format';
import type { TillLocation } from '../../../core/sync/catalog';
import { de, en, type TillMessageKey } from './messages';

export interface TillI18n extends LocaleContext {
  t: Translate<TillMessageKey>;
  money(minor: number, currency: string): string;
  dateTime(iso: string): string;
  time(iso: string): string;
  number(value: number): string;
  percent(basisPoints: number): string;
  /** An amount as a cashier would type it into a field: no grouping, the locale's decimal sign ("3,50"). */
  editable(minor: number, currency: string): string;
  /** A plain decimal number ("12.5") with the locale's decimal sign ("12,5"). */
  editableNumber(value: number): string;
}

/** The locale's decimal sign ("," for de-DE), "." when Intl does not say. */
function decimalSign(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
}

export function tillI18n(location: Pick<TillLocation, 'locale' | 'timezone'> | null | undefined): TillI18n {
  const ctx = localeContext(location?.locale, location?.timezone);
  return {
    ...ctx,
    t: createTranslator<typeof en>({ en, de }, ctx.locale),
    money: (minor, currency) => formatCurrency(minor, currency, ctx.locale),
    dateTime: (iso) => formatDateTime(iso, ctx),
    time: (iso) => formatTime(iso, ctx),
    number: (value) => formatNumber(value, ctx.locale),
    percent: (bp) => formatPercent(bp, ctx.locale),
    editable: (minor, currency) => toDecimalString(minor, currency).replace('.', decimalSign(ctx.locale)),
    editableNumber: (value) => String(value).replace('.', decimalSign(ctx.locale)),
  };
}

const I18nContext = createContext<TillI18n>(tillI18n(null));

/** Provides the location's words and formats; before pairing (no location) the browser's language. */
export function I18nProvider({ location, children }: { location: Pick<TillLocation, 'locale' | 'timezone'> | null | undefined; children: ReactNode }) {
  const locale = location?.locale ?? (location === null ? navigator.language : undefined);
  const timezone = location?.timezone;
  const value = useMemo(() => tillI18n({ locale, timezone: timezone ?? 'UTC' }), [locale, timezone]);
  // The page language drives CSS hyphenation of product names and screen readers' voice.
  useEffect(() => {
    document.documentElement.lang = value.locale;
  }, [value.locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** Words and formats of the till's location (English, en-US and UTC outside a provider). */
export function useI18n(): TillI18n {
  return useContext(I18nContext);
}
