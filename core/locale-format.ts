// Dates, times, numbers and money in a location's locale and time zone through Intl, for screens,
// receipts and reports alike (a Berlin café: "02.12.2026 20:23", "3,50 €"). Pure: no DOM, no Node.
import { currencyExponent, formatMoney, toDecimalString } from './money';

/** Where figures are shown: the location's language/region and its IANA time zone. */
export interface LocaleContext {
  locale: string;
  timeZone: string;
}

export const DEFAULT_LOCALE = 'en-US';

/** `locale` when Intl knows it, else en-US (a bad setting must never crash a receipt). */
export function safeLocale(locale: string | null | undefined): string {
  if (!locale) return DEFAULT_LOCALE;
  try {
    return Intl.NumberFormat.supportedLocalesOf(locale).length > 0 ? locale : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** `timeZone` when Intl knows it, else UTC. */
export function safeTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/**
 * The usual locale of a country (ISO 3166-1 alpha-2): DE → de-DE, AT → de-AT, US → en-US, from Intl's
 * likely-subtags data. A location's language and formats follow where it is; unknown → en-US.
 */
export function localeForCountry(country: string | null | undefined): string {
  if (!country || !/^[A-Za-z]{2}$/.test(country)) return DEFAULT_LOCALE;
  const likely = new Intl.Locale('und', { region: country.toUpperCase() }).maximize();
  // Likely subtags always name a language (an unknown region maximizes to English).
  return safeLocale(`${likely.language}-${likely.region}`);
}

/** The context for a location, with unknown locales and zones replaced by safe defaults. */
export function localeContext(locale: string | null | undefined, timeZone: string | null | undefined): LocaleContext {
  return { locale: safeLocale(locale), timeZone: safeTimeZone(timeZone) };
}

// Building Intl formatters is far slower than using one; lists and reports format hundreds of values.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

// ICU puts (narrow) no-break spaces into dates and amounts; receipts and fixed columns want plain ones.
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Day, e.g. "02.12.2026" (de-DE) or "12/02/2026" (en-US), in the location's time zone. */
export function formatDate(iso: string, ctx: LocaleContext): string {
  const f = cached(
    `d|${ctx.locale}|${ctx.timeZone}`,
    () => new Intl.DateTimeFormat(ctx.locale, { timeZone: ctx.timeZone, day: '2-digit', month: '2-digit', year: 'numeric' }),
  );
  return plainSpaces(f.format(new Date(iso)));
}

/** Clock time, e.g. "20:23" (de-DE) or "08:23 PM" (en-US), in the location's time zone. */
export function formatTime(iso: string, ctx: LocaleContext): string {
  const f = cached(
    `t|${ctx.locale}|${ctx.timeZone}`,
    () => new Intl.DateTimeFormat(ctx.locale, { timeZone: ctx.timeZone, hour: '2-digit', minute: '2-digit' }),
  );
  return plainSpaces(f.format(new Date(iso)));
}

/** "02.12.2026 20:23": date and time joined by one space (Intl's own join adds a comma in German). */
export function formatDateTime(iso: string, ctx: LocaleContext): string {
  return `${formatDate(iso, ctx)} ${formatTime(iso, ctx)}`;
}

/** A count or quantity with the locale's separators ("1.234", "0,5"). */
export function formatNumber(value: number, locale: string): string {
  const f = cached(`n|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }));
  return plainSpaces(f.format(value));
}

/** An amount without the currency sign, for receipt columns: "3,50" (de-DE), "1,234.50" (en-US). */
export function formatAmount(minor: number, currency: string, locale: string): string {
  const digits = currencyExponent(currency);
  const f = cached(`a|${locale}|${digits}`, () => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  // The decimal string goes to Intl as text so large amounts stay exact.
  return plainSpaces(f.format(toDecimalString(minor, currency) as Intl.StringNumericLiteral));
}

/** An amount with its currency sign in the locale's way: "3,50 €", "€3.50", "-3,50 €". */
export function formatCurrency(minor: number, currency: string, locale: string): string {
  return plainSpaces(formatMoney(minor, currency, locale));
}

/** A percentage from basis points: "19 %" (de-DE), "7.5%" (en-US). */
export function formatPercent(basisPoints: number, locale: string): string {
  const f = cached(`p|${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }));
  return plainSpaces(f.format(basisPoints / 10_000));
}

/** The CLDR plural category of `count` in `locale` ("one", "other", …). */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  return cached(`pl|${locale}`, () => new Intl.PluralRules(locale)).select(count);
}
