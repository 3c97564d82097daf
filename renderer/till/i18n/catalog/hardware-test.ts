// Till texts for a device test's result (settings → hardware → Test): the hardware service answers with
// a result code (core/hardware-contract DeviceTestResult.code) and its own English words; the till
// shows these by code. Failures with an AppError code use the error texts (catalog/errors.ts).
import type { Message } from '../../../../core/i18n/translate';

export const en = {
  'hwtest.printed': 'Test slip printed.',
  'hwtest.drawer_opened': 'Drawer opened.',
  'hwtest.terminal_registered': 'Card terminal registered.',
  'hwtest.terminal_refused': 'The card terminal refused the registration.',
  'hwtest.display_shown': 'Test text shown on the display.',
  'hwtest.scanner_open': 'Scanner port open: scan a code.',
  'hwtest.scanner_not_connected': 'The scanner is not connected.',
  'hwtest.ok': 'Test passed.',
  'hwtest.failed': 'Test failed.',
} satisfies Record<string, Message>;

export const de: Record<keyof typeof en, Message> = {
  'hwtest.printed': 'Testbeleg gedruckt.',
  'hwtest.drawer_opened': 'Kassenlade geöffnet.',
  'hwtest.terminal_registered': 'Kartenterminal angemeldet.',
  'hwtest.terminal_refused': 'Das Kartenterminal hat die Anmeldung abgelehnt.',
  'hwtest.display_shown': 'Testtext auf der Kundenanzeige angezeigt.',
  'hwtest.scanner_open': 'Scanner-Anschluss offen: einen Code scannen.',
  'hwtest.scanner_not_connected': 'Der Scanner ist nicht verbunden.',
  'hwtest.ok': 'Test bestanden.',
  'hwtest.failed': 'Test fehlgeschlagen.',
};
