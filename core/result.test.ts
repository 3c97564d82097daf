import { describe, expect, it } from 'vitest';
import { err, isAppError, ok, toAppError } from './result';

describe('Result', () => {
  it('wraps values and errors', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(err('printer_offline', 'Printer is offline')).toEqual({
      ok: false,
      error: { code: 'printer_offline', message: 'Printer is offline' },
    });
    expect(err('x', 'y', { port: '/dev/ttyS0' })).toEqual({ ok: false, error: { code: 'x', message: 'y', details: { port: '/dev/ttyS0' } } });
    expect(err('no_paper', undefined, { port: 'COM3' })).toEqual({ ok: false, error: { code: 'no_paper', message: 'no_paper', details: { port: 'COM3' } } });
    expect(err('just_code')).toEqual({ ok: false, error: { code: 'just_code', message: 'just_code' } });
    expect(err({ code: 'a', message: 'b' })).toEqual({ ok: false, error: { code: 'a', message: 'b' } });
  });

  it('turns anything thrown into an AppError', () => {
    expect(toAppError(new Error('boom'))).toEqual({ code: 'internal', message: 'boom' });
    expect(toAppError(new Error('boom'), 'io')).toEqual({ code: 'io', message: 'boom' });
    expect(toAppError('text')).toEqual({ code: 'internal', message: 'text' });
    const appError = { code: 'declined', message: 'Card declined' };
    expect(toAppError(appError)).toBe(appError);
  });

  it('recognises AppErrors', () => {
    expect(isAppError({ code: 'a', message: 'b' })).toBe(true);
    expect(isAppError({ code: 'a' })).toBe(false);
    expect(isAppError(null)).toBe(false);
    expect(isAppError('a')).toBe(false);
  });
});
