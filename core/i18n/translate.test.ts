import { describe, expect, it } from 'vitest';
import { createTranslator, languageOf } from './translate';
import { printTranslator } from './print-messages';

const catalogs = {
  en: { hello: 'Hello {name}', lines: { one: '{count} line', other: '{count} lines' }, bare: { other: 'some' } },
  de: { hello: 'Hallo {name}', lines: { one: '{count} Position', other: '{count} Positionen' }, bare: { other: 'einige' } },
};

describe('translator', () => {
  it('picks the catalog from the locale, English when the language has none', () => {
    expect(languageOf('de-DE')).toBe('de');
    expect(languageOf('DE_at')).toBe('de');
    expect(languageOf('fr-FR')).toBe('en');
    expect(languageOf('')).toBe('en');
    expect(createTranslator(catalogs, 'de-CH')('hello', { name: 'Jörg' })).toBe('Hallo Jörg');
    expect(createTranslator(catalogs, 'pt-BR')('hello', { name: 'Ana' })).toBe('Hello Ana');
  });

  it('says "1 line", never "1 lines", and groups large counts the local way', () => {
    const en = createTranslator(catalogs, 'en-US');
    const de = createTranslator(catalogs, 'de-DE');
    expect(en('lines', { count: 1 })).toBe('1 line');
    expect(en('lines', { count: 0 })).toBe('0 lines');
    expect(en('lines', { count: 1200 })).toBe('1,200 lines');
    expect(de('lines', { count: 1 })).toBe('1 Position');
    expect(de('lines', { count: 1200 })).toBe('1.200 Positionen');
    // Without a count a plural message uses its "other" form; a category it lacks falls back too.
    expect(en('lines')).toBe('{count} lines');
    expect(en('bare', { count: 1 })).toBe('some');
  });

  it('leaves an unknown placeholder visible', () => {
    expect(createTranslator(catalogs, 'en')('hello')).toBe('Hello {name}');
    expect(printTranslator('de-DE')('lineCount', { count: 3 })).toBe('3 Positionen');
  });
});
