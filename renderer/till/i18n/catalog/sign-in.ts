// Till texts of pairing, sign-in and opening a shift, in English and German.
import type { Message } from '../../../../core/i18n/translate';

export const en = {
  'signIn.title': 'Sign in',
  'signIn.prompt': 'Enter your PIN',
  'shift.title': 'Open shift',
  'shift.float': 'Opening float',
  'shift.open': 'Open shift',
  'shift.negative': 'The float cannot be negative.',
  'signIn.intro': '{place} — enter your staff PIN.',
  'signIn.till': 'Till',
  'signIn.noStaff': 'No staff on this till yet. It fills in after the first sync with the cloud (check the connection in the top bar).',
  'signIn.pin': 'Staff PIN',
  'signIn.unknownPin': 'Unknown PIN. Try again.',
  'signIn.unknownBadge': 'Unknown staff badge or PIN.',
  'pairing.title': 'Pair this till',
  'pairing.help': 'In the back office open Devices → Pair a till (or run {command}) and enter the code.',
  'pairing.busy': 'Pairing…',
  'pairing.pair': 'Pair',
  'shift.opened': 'Shift opened with a float of {amount}.',
} satisfies Record<string, Message>;

export const de: Record<keyof typeof en, Message> = {
  'signIn.title': 'Anmelden',
  'signIn.prompt': 'PIN eingeben',
  'shift.title': 'Schicht öffnen',
  'shift.float': 'Anfangsbestand',
  'shift.open': 'Schicht öffnen',
  'shift.negative': 'Der Anfangsbestand kann nicht negativ sein.',
  'signIn.intro': '{place} — bitte Personal-PIN eingeben.',
  'signIn.till': 'Kasse',
  'signIn.noStaff': 'Noch kein Personal auf dieser Kasse. Es kommt mit dem ersten Abgleich mit der Cloud (Verbindung oben prüfen).',
  'signIn.pin': 'Personal-PIN',
  'signIn.unknownPin': 'Unbekannte PIN. Bitte erneut versuchen.',
  'signIn.unknownBadge': 'Unbekannter Ausweis oder unbekannte PIN.',
  'pairing.title': 'Diese Kasse koppeln',
  'pairing.help': 'Im Backoffice Geräte → Kasse koppeln öffnen (oder {command} ausführen) und den Code eingeben.',
  'pairing.busy': 'Kopplung läuft…',
  'pairing.pair': 'Koppeln',
  'shift.opened': 'Schicht mit einem Anfangsbestand von {amount} geöffnet.',
};
