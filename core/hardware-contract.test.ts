import { describe, expect, it } from 'vitest';
import { Value } from 'typebox/value';
import { DEFAULT_HARDWARE_CONFIG, HARDWARE_CHANNELS, HardwareConfigSchema, isHardwareChannel, validateHardwareArgs } from './hardware-contract';
import { SAMPLE_RECEIPT_ORDER } from './receipt-layout';

describe('hardware contract', () => {
  it('names every channel domain:verb', () => {
    expect(HARDWARE_CHANNELS).toEqual([
      'printer:print-receipt',
      'printer:print-document',
      'printer:status',
      'drawer:open',
      'terminal:authorize',
      'terminal:abort',
      'terminal:reverse',
      'terminal:refund',
      'terminal:end-of-day',
      'terminal:resolve-pending',
      'terminal:resolve-payment',
      'display:show',
      'scanner:status',
      'scale:read-weight',
      'hardware:get-config',
      'hardware:set-config',
      'hardware:test-device',
      'hardware:list-ports',
      'hardware:list-addresses',
    ]);
    for (const c of HARDWARE_CHANNELS) expect(c).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/);
    expect(isHardwareChannel('printer:status')).toBe(true);
    expect(isHardwareChannel('toString')).toBe(false);
    expect(isHardwareChannel('__proto__')).toBe(false);
  });

  it('accepts valid arguments and treats missing ones as {}', () => {
    expect(validateHardwareArgs('printer:print-receipt', { order: SAMPLE_RECEIPT_ORDER, openDrawer: true }).ok).toBe(true);
    expect(validateHardwareArgs('printer:status', undefined)).toEqual({ ok: true, value: {} });
    expect(validateHardwareArgs('display:show', { kind: 'total', amount: 100, currency: 'EUR' }).ok).toBe(true);
    expect(Value.Check(HardwareConfigSchema, DEFAULT_HARDWARE_CONFIG)).toBe(true);
  });

  it('rejects bad arguments with invalid_args and a pointer to the field', () => {
    const r = validateHardwareArgs('terminal:authorize', { paymentId: 'p', amount: 0, currency: 'EUR' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
    expect(!r.ok && r.error.message).toContain('/amount');
    expect(validateHardwareArgs('terminal:authorize', { paymentId: 'p', amount: 1.5, currency: 'EUR' }).ok).toBe(false);
    expect(validateHardwareArgs('terminal:authorize', { paymentId: 'p', amount: 100, currency: 'eur' }).ok).toBe(false);
    expect(validateHardwareArgs('printer:status', { extra: true }).ok).toBe(false);
    expect(validateHardwareArgs('printer:status', null).ok).toBe(false);
    expect(validateHardwareArgs('display:show', { kind: 'text', line1: 'x'.repeat(21), line2: '' }).ok).toBe(false);
    expect(
      validateHardwareArgs('hardware:set-config', { ...DEFAULT_HARDWARE_CONFIG, terminal: { ...DEFAULT_HARDWARE_CONFIG.terminal, password: '12' } }).ok,
    ).toBe(false);
    expect(validateHardwareArgs('printer:print-receipt', { order: { ...SAMPLE_RECEIPT_ORDER, orderNumber: 'Ä-1' } }).ok).toBe(false);
  });
});
