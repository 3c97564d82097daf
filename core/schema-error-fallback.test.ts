// validateHardwareArgs and validateMutation quote the validator's first error. If the validator
// ever rejects without saying why (a TypeBox upgrade, a custom format), they must still fail
// with a readable message rather than "undefined".
import type * as ValueModule from 'typebox/value';
import { describe, expect, it, vi } from 'vitest';
import { validateHardwareArgs } from './hardware-contract';
import { validateMutation } from './sync/mutations';

const silent = vi.hoisted(() => ({ errors: false }));

vi.mock('typebox/value', async (importOriginal) => {
  const mod = await importOriginal<typeof ValueModule>();
  // Errors is overloaded (with and without a context); pass whatever the caller gave straight through.
  const errors = mod.Value.Errors as (...args: unknown[]) => unknown;
  return { ...mod, Value: { ...mod.Value, Errors: (...args: unknown[]) => (silent.errors ? [] : errors(...args)) } };
});

describe('validation without error details', () => {
  it('hardware args: still invalid_args, with "schema mismatch"', () => {
    silent.errors = true;
    try {
      expect(validateHardwareArgs('terminal:authorize', { paymentId: 'p', amount: 0, currency: 'EUR' })).toEqual({
        ok: false,
        error: { code: 'invalid_args', message: 'invalid arguments for terminal:authorize: schema mismatch', details: { errors: [] } },
      });
    } finally {
      silent.errors = false;
    }
    // With details back on, the same call names the field: the fallback is only for the silent case.
    const r = validateHardwareArgs('terminal:authorize', { paymentId: 'p', amount: 0, currency: 'EUR' });
    expect(!r.ok && r.error.message).toContain('/amount');
  });

  it('mutations: still invalid_payload, with "does not match the schema"', () => {
    const bad = {
      id: '019ab2c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d',
      seq: 1,
      type: 'shift.opened',
      occurred_at: '2026-11-23T07:00:00.000Z',
      payload: { shift: { opening_float: 'ten' } },
    };
    silent.errors = true;
    try {
      expect(validateMutation(bad)).toEqual({
        ok: false,
        error: { code: 'invalid_payload', message: 'Invalid shift.opened payload: does not match the schema.' },
      });
    } finally {
      silent.errors = false;
    }
  });
});
