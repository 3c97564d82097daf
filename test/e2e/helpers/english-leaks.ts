// What counts as English on the German till, for the German walk (test/e2e/till-german.test.ts): the
// English catalog texts German says differently (as patterns), the words only the English catalog uses,
// English-style amounts (3.50), every text a cashier can see on the page, and the leak collector that
// looks at a screen and notes each English text on it with where it was seen.
import type { Page } from 'playwright-core';
import type { Message } from '../../../core/i18n/translate';
import { de, en } from '../../../renderer/till/i18n/messages';

const forms = (m: Message): string[] => (typeof m === 'string' ? [m] : Object.values(m));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (s: string) =>
  s
    .replace(/\{\w+\}/g, ' ')
    .toLowerCase()
    .match(/\p{L}{3,}/gu) ?? [];

interface EnglishPattern {
  key: string;
  text: string;
  regex: RegExp;
}

/** English catalog texts that German says differently, as patterns ({x} matches anything). */
function englishPatterns(): EnglishPattern[] {
  const out: EnglishPattern[] = [];
  const german = new Set(Object.values(de).flatMap((m) => forms(m).flatMap(words)));
  for (const key of Object.keys(en) as (keyof typeof en)[]) {
    const same = new Set(forms(de[key]));
    for (const text of forms(en[key])) {
      if (same.has(text)) continue;
      const literal = text.replace(/\{\w+\}/g, '');
      if ((literal.match(/\p{L}/gu) ?? []).length < 3) continue; // "{count} ×", "{name} ({count})"
      // One word beside placeholders that German also uses says nothing ("was {amount}" and "was mit jedem").
      const literalWords = words(literal);
      if (/\{\w+\}/.test(text) && literalWords.length === 1 && german.has(literalWords[0]!)) continue;
      const body = text
        .split(/(\{\w+\})/)
        .map((part) => (/^\{\w+\}$/.test(part) ? '.+?' : escape(part)))
        .join('');
      // One word: the whole text must be it ("Back" as a button); longer: anywhere, between word boundaries.
      const single = !/\s/.test(text.trim()) && !/\{\w+\}/.test(text);
      // Two words or more match in any case and without the final stop ("test slip printed" is "Test
      // slip printed."); one word beside placeholders only as written ("was {amount}" is not German "Was").
      const sentence = (literal.match(/\p{L}{2,}/gu) ?? []).length >= 2;
      const tail = sentence ? body.replace(/(?:\\[.!?]|[:…])+$/u, '') : body;
      out.push({ key, text, regex: single ? new RegExp(`^${body}$`, 'u') : new RegExp(`(?:^|[^\\p{L}])${tail}(?:$|[^\\p{L}])`, sentence ? 'iu' : 'u') });
    }
  }
  return out;
}

/** Words of the English catalog that the German one never uses, plus common English function words. */
function englishOnlyWords(): Set<string> {
  const german = new Set(Object.values(de).flatMap((m) => forms(m).flatMap(words)));
  const english = Object.values(en).flatMap((m) => forms(m).flatMap(words));
  const extra = [
    'the',
    'and',
    'with',
    'this',
    'that',
    'from',
    'not',
    'has',
    'have',
    'please',
    'your',
    'been',
    'which',
    'could',
    'cannot',
    'already',
    'printed',
    'shown',
    'kicked',
  ];
  return new Set([...english, ...extra].filter((w) => !german.has(w)));
}

const PATTERNS = englishPatterns();
const ENGLISH_WORDS = englishOnlyWords();

/** Why `text` is English, or null. */
export function englishIn(text: string): string | null {
  for (const p of PATTERNS) if (p.regex.test(text)) return `catalog ${p.key} ("${p.text}")`;
  // Codes (brand_new_reason) are identifiers shown on purpose, not words.
  const prose = text.replace(/\b\w+_\w+\b/g, ' ');
  const found = [...new Set(prose.toLowerCase().match(/\p{L}{3,}/gu) ?? [])].filter((w) => ENGLISH_WORDS.has(w));
  if (found.length >= 2) return `English words ${found.join(', ')}`;
  // An amount written the English way ("3.50", "1,234.50"); German dates (03.12.2026) and times are not amounts.
  const amount = /(?<![\d.,])\d{1,3}(?:,\d{3})*\.\d{2}(?![\d.])/u.exec(prose);
  return amount ? `English number ${amount[0]}` : null;
}

/** Every text the cashier can see or hear: text nodes, element texts, aria-labels, placeholders, titles, options. */
export async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = new Set<string>();
    const add = (s: string | null | undefined) => {
      const text = (s ?? '').replace(/\s+/g, ' ').trim();
      if (text) out.add(text);
    };
    const shown = (el: Element) => (el as HTMLElement).checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
    add(document.title);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'OPTION'].includes(parent.tagName) || !shown(parent)) continue;
      add(node.textContent);
    }
    for (const el of document.body.querySelectorAll('*')) {
      if (!shown(el)) continue;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt', 'aria-description']) add(el.getAttribute(name));
      // A sentence split over <strong> or <span> is matched as the element's whole text too.
      const inner = (el as HTMLElement).innerText ?? '';
      if (el.children.length > 0 && inner.length <= 300) for (const line of inner.split('\n')) add(line);
      if (el.tagName === 'SELECT') for (const option of (el as HTMLSelectElement).options) add(option.text);
      if (el.tagName === 'INPUT' && ['button', 'submit'].includes((el as HTMLInputElement).type)) add((el as HTMLInputElement).value);
    }
    return [...out];
  });
}

export interface LeakCollector {
  /** "where: text — why", collected on the whole walk and asserted at its end. */
  leaks: string[];
  /** Every place looked at, in order. */
  seen: string[];
  /** Looks at the screen as it is now and notes every English text on it. */
  look(where: string): Promise<void>;
}

/** A collector for the page `page()` returns when it looks (the page exists only once the till stack has started). */
export function leakCollector(page: () => Page): LeakCollector {
  const leaks: string[] = [];
  const seen: string[] = [];
  const look = async (where: string) => {
    const texts = await visibleTexts(page());
    seen.push(where);
    for (const text of texts) {
      const why = englishIn(text);
      if (why && !leaks.some((l) => l.endsWith(`"${text}" — ${why}`))) leaks.push(`${where}: "${text}" — ${why}`);
    }
  };
  return { leaks, seen, look };
}
