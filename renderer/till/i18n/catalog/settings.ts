// Till texts of the settings screen: cloud connection, rejected mutations, hardware, storage, in English and German.
import type { Message } from '../../../../core/i18n/translate';

export const en = {
  'settings.approvalTitle': 'Open settings',
  'settings.storage': 'Storage',
  'settings.storagePersistent': 'Persistent: the browser keeps the till’s data even when space runs low.',
  'settings.storageRefused': 'Not persistent: the browser refused and may clear unsynced sales when space runs low. Install the till as an app, or allow storage for this site in the browser’s site settings.',
  'settings.storageAsk': 'Ask again',
} satisfies Record<string, Message>;

export const de: Record<keyof typeof en, Message> = {
  'settings.approvalTitle': 'Einstellungen öffnen',
  'settings.storage': 'Speicher',
  'settings.storagePersistent': 'Dauerhaft: der Browser behält die Kassendaten auch bei Speichermangel.',
  'settings.storageRefused': 'Nicht dauerhaft: der Browser hat abgelehnt und darf nicht synchronisierte Verkäufe bei Speichermangel löschen. Installieren Sie die Kasse als App oder erlauben Sie Speicher in den Website-Einstellungen des Browsers.',
  'settings.storageAsk': 'Erneut anfragen',
};
