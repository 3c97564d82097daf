// Till texts of taking payment and the receipt screen, in English and German.
import type { Message } from '../../../../core/i18n/translate';

export const en = {
  'receipt.paid': 'Paid',
  'receipt.paidOrder': 'Paid — order {number}',
  'receipt.change': 'Change {amount}',
  'receipt.noChange': 'No change due',
  'receipt.totalLine': 'Total {total} · {tenders}',
  'receipt.next': 'Next sale',
  'receipt.loading': 'Loading receipt…',
  'receipt.preview': 'Receipt preview',
  'receipt.notPrinted': 'Sale saved, receipt not printed: {error}',
  'receipt.printing': 'Printing…',
  'receipt.reprint': 'Reprint receipt',
  'receipt.printed': 'Receipt printed.',
  'method.cash': 'Cash',
  'method.card': 'Card',
  'method.external': 'Paid online',
} satisfies Record<string, Message>;

export const de: Record<keyof typeof en, Message> = {
  'receipt.paid': 'Bezahlt',
  'receipt.paidOrder': 'Bezahlt — Bon {number}',
  'receipt.change': 'Rückgeld {amount}',
  'receipt.noChange': 'Kein Rückgeld',
  'receipt.totalLine': 'Summe {total} · {tenders}',
  'receipt.next': 'Nächster Verkauf',
  'receipt.loading': 'Beleg wird geladen…',
  'receipt.preview': 'Belegvorschau',
  'receipt.notPrinted': 'Verkauf gespeichert, Beleg nicht gedruckt: {error}',
  'receipt.printing': 'Druckt…',
  'receipt.reprint': 'Beleg nachdrucken',
  'receipt.printed': 'Beleg gedruckt.',
  'method.cash': 'Bar',
  'method.card': 'Karte',
  'method.external': 'Online bezahlt',
};
