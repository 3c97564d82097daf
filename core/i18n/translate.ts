// Message catalogs and the translator: a language is picked from the location's locale, `{name}`
// placeholders are filled in, and counted messages choose their plural form through Intl.PluralRules
// ("1 line", "2 lines", "1 Position", "2 Positionen"). Catalogs are plain data, so a missing
// translation is a type error, not a blank on the counter.
import { formatNumber, pluralCategory } from '../locale-format';

/** Plural forms by CLDR category; `other` is required, the rest as the language needs them. */
export type PluralMessage = { other: string } & Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>;
export type Message = string | PluralMessage;
export type Catalog = Record<string, Message>;

export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The catalog language for a BCP 47 locale ("de-AT" → de); anything unknown falls back to English. */
export function languageOf(locale: string): Language {
  const base = locale.toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l === base) ?? 'en';
}

export type Params = Record<string, string | number>;
export type Translate<K extends string> = (key: K, params?: Params) => string;

/**
 * A translator over one catalog per language. A plural message needs a numeric `count`; `{count}`
 * is shown with the locale's digit grouping. Unknown placeholders stay visible so a bad catalog
 * entry is noticed, never silently blank.
 */
export function createTranslator<C extends Catalog>(
  catalogs: Record<Language, { [K in keyof C]: Message }>,
  locale: string,
): Translate<Extract<keyof C, string>> {
  const catalog = catalogs[languageOf(locale)];
  return (key, params = {}) => {
    const message = catalog[key];
    let text: string;
    if (typeof message === 'string') text = message;
    else {
      const count = typeof params.count === 'number' ? params.count : 0;
      text = message[pluralCategory(count, locale)] ?? message.other;
    }
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? formatNumber(value, locale) : value;
    });
  };
}
