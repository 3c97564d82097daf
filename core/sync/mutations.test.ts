import { describe, expect, it } from 'vitest';
import { Value } from 'typebox/value';
import { MutationSchema, validateMutation, type Mutation } from './mutations';

const shiftOpened = (overrides: Record<string, unknown> = {}): Mutation => ({
  id: '019ab2c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d',
  seq: 1,
  type: 'shift.opened',
  occurred_at: '2026-11-23T07:00:00.000Z',
  payload: {
    shift: {
      id: 'shf_01KAQ1A2B3C4D5E6F7G8H9J0K1',
      location_id: 'loc_1',
      staff_id: 'stf_1',
      opened_at: '2026-11-23T07:00:00.000Z',
      opening_float: 10_000,
      ...overrides,
    },
  },
});

describe('validateMutation', () => {
  it('accepts a well-formed mutation and names the first problem of a bad one', () => {
    expect(validateMutation(shiftOpened()).ok).toBe(true);
    expect(validateMutation({ ...shiftOpened(), type: 'drawer.exploded' })).toMatchObject({ ok: false, error: { code: 'unknown_mutation_type' } });
    const badTime = validateMutation(shiftOpened({ opened_at: 'yesterday' }));
    expect(badTime).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(!badTime.ok && badTime.error.message).toContain('/shift/opened_at');
    expect(validateMutation(shiftOpened({ opening_float: 10.5 }))).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(validateMutation(shiftOpened({ id: 'shf_lowercase' }))).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(validateMutation(shiftOpened({ extra: true }))).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    // A problem at the payload's root has no path to quote.
    expect(validateMutation({ ...shiftOpened(), payload: {} })).toEqual({
      ok: false,
      error: { code: 'invalid_payload', message: 'Invalid shift.opened payload: must have required properties shift.' },
    });
  });

  it('payment.failed: a declined, aborted or timed-out attempt with its order and reason', () => {
    const attempt = {
      id: 'pay_01KAQ3C2D4F6H8K0M2P4R6T8V0',
      order_id: 'ord_01KAQ3B7YH6J0D2EM5V8W1ZQ3P',
      method: 'card',
      amount: 980,
      failure_code: 'declined',
      failure_message: 'Card declined: Declined',
      card: null,
      staff_id: 'stf_1',
      shift_id: null,
      created_at: '2026-11-23T09:12:04.500Z',
    };
    const failed = (payment: Record<string, unknown>): Mutation => ({ ...shiftOpened(), type: 'payment.failed', payload: { payment } });
    expect(validateMutation(failed(attempt)).ok).toBe(true);
    expect(validateMutation(failed({ ...attempt, failure_code: 'aborted' })).ok).toBe(true);
    expect(validateMutation(failed({ ...attempt, failure_code: 'stolen' }))).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(validateMutation(failed({ ...attempt, amount: 0 }))).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(validateMutation(failed({ ...attempt, order_id: 'cart_1' }))).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
  });

  it('the envelope accepts only UUIDv7 ids and positive seqs', () => {
    expect(Value.Check(MutationSchema, shiftOpened())).toBe(true);
    expect(Value.Check(MutationSchema, { ...shiftOpened(), id: '019ab2c4-5e6f-4a8b-9c0d-1e2f3a4b5c6d' })).toBe(false);
    expect(Value.Check(MutationSchema, { ...shiftOpened(), seq: 0 })).toBe(false);
  });

  it('names what the database could not store: NUL, lone surrogates, year 0, a bad occurred_at', () => {
    const message = (m: Mutation) => {
      const checked = validateMutation(m);
      return checked.ok ? '' : `${checked.error.code}: ${checked.error.message}`;
    };
    expect(message(shiftOpened({ staff_id: 'stf\u0000' }))).toBe(
      'invalid_payload: Invalid shift.opened payload at /shift/staff_id: contains a NUL character (\\u0000), which cannot be stored.',
    );
    expect(message(shiftOpened({ staff_id: 'stf\ud800' }))).toContain('/shift/staff_id: contains an unpaired UTF-16 surrogate');
    expect(validateMutation(shiftOpened({ staff_id: 'Zoë 😀' })).ok).toBe(true);
    expect(message(shiftOpened({ opened_at: '0000-01-01T00:00:00Z' }))).toContain(
      '/shift/opened_at: is not a timestamp in the years 0001–9999 (got "0000-01-01T00:00:00Z")',
    );
    expect(message({ ...shiftOpened(), occurred_at: '0000-01-01T00:00:00Z' })).toBe(
      'invalid_mutation: Invalid shift.opened occurred_at is not a timestamp in the years 0001–9999 (got "0000-01-01T00:00:00Z").',
    );
    expect(message({ ...shiftOpened(), occurred_at: 'yesterday' })).toBe(
      'invalid_mutation: Invalid shift.opened occurred_at is not an RFC 3339 date-time (got "yesterday").',
    );
    expect(message({ ...shiftOpened(), type: 'x\u0000' })).toContain('unknown_mutation_type');
    // The envelope lets these through so the push can record them as rejected, one by one.
    expect(Value.Check(MutationSchema, { ...shiftOpened(), occurred_at: 'yesterday', type: 'x\u0000' })).toBe(true);
  });
});
