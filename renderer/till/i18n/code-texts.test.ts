// Texts chosen by a code from outside the till: device test results (hardware service) and the cloud's
// rejection reasons (sync server) are shown in the location's language, never in the sender's English.
// Amounts put into a field for editing use the location's decimal sign.
import { describe, expect, it } from 'vitest';
import { DEVICE_TEST_CODES } from '../../../core/hardware-contract';
import { MUTATION_TYPES } from '../../../core/sync/mutations';
import { deviceTestText } from './device-test-text';
import { en } from './messages';
import { mutationTypeText, rejectionText } from './rejection-text';
import { tillI18n } from './use-i18n';

const { t } = tillI18n({ locale: 'de-DE', timezone: 'Europe/Berlin' });
const english = tillI18n({ locale: 'en-GB', timezone: 'Europe/London' }).t;

describe('device test results by code', () => {
  it('every code the hardware service sends has a catalog text', () => {
    for (const code of DEVICE_TEST_CODES) expect(Object.keys(en)).toContain(`hwtest.${code}`);
  });

  it('shows the German text and the mark, not the service words', () => {
    expect(deviceTestText({ device: 'printer', success: true, code: 'printed', message: 'test slip printed' }, t)).toBe('✓ Testbeleg gedruckt.');
    expect(deviceTestText({ device: 'scanner', success: false, code: 'scanner_not_connected', message: 'scanner not connected' }, t)).toBe(
      '✗ Der Scanner ist nicht verbunden.',
    );
    expect(deviceTestText({ device: 'terminal', success: true, code: 'terminal_registered', message: 'terminal registration: ok' }, english)).toBe(
      '✓ Card terminal registered.',
    );
  });

  it('a failure with an error code uses the error text; no or an unknown code gives passed/failed', () => {
    expect(deviceTestText({ device: 'display', success: false, code: 'not_configured', message: 'no display configured' }, t)).toBe(
      '✗ Das Gerät ist an dieser Kasse nicht eingerichtet (Einstellungen → Hardware).',
    );
    expect(deviceTestText({ device: 'printer', success: true, message: 'test slip printed' }, t)).toBe('✓ Test bestanden.');
    expect(deviceTestText({ device: 'printer', success: false, message: 'paper out' }, t)).toBe('✗ Test fehlgeschlagen.');
  });
});

describe('rejection reasons by code', () => {
  it('a known reason is the German catalog text, not the server message', () => {
    expect(rejectionText({ code: 'already_voided' }, t)).toBe('Der Verkauf war schon storniert.');
    expect(rejectionText({ code: 'shift_closed' }, english)).toBe('The shift was already closed.');
  });

  it('an unknown reason is a generic German text naming the code', () => {
    expect(rejectionText({ code: 'brand_new_reason' }, t)).toBe('Von der Cloud abgelehnt (Grund: brand_new_reason).');
  });

  it('names every kind of record the till sends; an unknown one as it is', () => {
    for (const type of MUTATION_TYPES) expect(mutationTypeText(type, t)).not.toBe(type);
    expect(mutationTypeText('order.completed', t)).toBe('Verkauf');
    expect(mutationTypeText('future.thing', t)).toBe('future.thing');
  });
});

describe('amounts as typed into a field', () => {
  it('use the locale decimal sign without grouping, and stay parseable', () => {
    const de = tillI18n({ locale: 'de-DE', timezone: 'Europe/Berlin' });
    expect(de.editable(123_450, 'EUR')).toBe('1234,50');
    expect(de.editableNumber(12.5)).toBe('12,5');
    const us = tillI18n({ locale: 'en-US', timezone: 'America/New_York' });
    expect(us.editable(350, 'USD')).toBe('3.50');
    expect(us.editable(500, 'JPY')).toBe('500');
  });
});
