// Till texts of customers: finding one on the sell screen, attaching it to the sale, in English and German.
import type { Message } from '../../../../core/i18n/translate';

export const en = {
  'customer.button': 'Customer',
  'customer.title': 'Find a customer',
  'customer.search': 'Name or phone number',
  'customer.results': 'Customers found',
  'customer.none': 'No customer matches.',
  'customer.hint': 'Type a name, or the phone number the customer says.',
  'customer.phoneTail': 'phone …{digits}',
  'customer.onSale': 'Customer: {name}',
  'customer.remove': 'Remove customer',
  'customer.attached': '{name} is on this sale.',
} satisfies Record<string, Message>;

export const de: Record<keyof typeof en, Message> = {
  'customer.button': 'Kunde',
  'customer.title': 'Kunden suchen',
  'customer.search': 'Name oder Telefonnummer',
  'customer.results': 'Gefundene Kunden',
  'customer.none': 'Kein Kunde gefunden.',
  'customer.hint': 'Namen eingeben oder die Telefonnummer, die der Kunde nennt.',
  'customer.phoneTail': 'Telefon …{digits}',
  'customer.onSale': 'Kunde: {name}',
  'customer.remove': 'Kunden entfernen',
  'customer.attached': '{name} ist auf diesem Verkauf.',
};
