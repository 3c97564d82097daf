// Till texts of tips: the tip control on the tender screen and the tip rows of the X/Z report, in English and German.
import type { Message } from '../../../../core/i18n/translate';

export const en = {
  'tip.title': 'Tip',
  'tip.none': 'No tip',
  'tip.preset': '{percent} · {amount}',
  'tip.custom': 'Other tip ({currency})',
  'tip.set': 'Set tip',
  'tip.chosen': 'Tip {amount} · with tip {total}',
  'tip.invalid': 'Enter the tip as an amount, e.g. {example}.',
  'tip.tooHigh': 'A tip may be at most {max} (all tips together at most the order total).',
  'tip.cashShort': 'Cash given must cover {due} with the tip.',
  'tip.reportTaken': 'Tips on {method}',
  'tip.reportTotal': 'Tips (not in sales)',
  'tip.onSale': 'incl. {amount} tip (not in the total)',
} satisfies Record<string, Message>;

export const de: Record<keyof typeof en, Message> = {
  'tip.title': 'Trinkgeld',
  'tip.none': 'Kein Trinkgeld',
  'tip.preset': '{percent} · {amount}',
  'tip.custom': 'Anderes Trinkgeld ({currency})',
  'tip.set': 'Trinkgeld setzen',
  'tip.chosen': 'Trinkgeld {amount} · mit Trinkgeld {total}',
  'tip.invalid': 'Trinkgeld als Betrag eingeben, z. B. {example}.',
  'tip.tooHigh': 'Trinkgeld höchstens {max} (alle Trinkgelder zusammen höchstens die Summe).',
  'tip.cashShort': 'Das gegebene Bargeld muss mit Trinkgeld {due} decken.',
  'tip.reportTaken': 'Trinkgeld {method}',
  'tip.reportTotal': 'Trinkgeld (nicht im Umsatz)',
  'tip.onSale': 'inkl. {amount} Trinkgeld (nicht in der Summe)',
};
