import { Compile } from 'typebox/compile';
import { describe, expect, it } from 'vitest';
import { ERROR_TYPES, ErrorBodySchema } from './error';

const errorBody = Compile(ErrorBodySchema);

const body = (error: Record<string, unknown>) => ({
  error: { type: 'invalid_request', code: 'parameter_invalid', message: 'amount must be an integer', request_id: 'req_01KAQ3F0A2C4E6G8J0L2N4Q6S8', ...error },
});

describe('API error body (SPEC §5.1)', () => {
  it('has exactly the SPEC error types', () => {
    expect([...ERROR_TYPES]).toEqual(['invalid_request', 'authentication', 'permission', 'not_found', 'conflict', 'rate_limited', 'idempotency', 'internal']);
    expect(ErrorBodySchema).toMatchObject({ $id: 'Error' }); // the OpenAPI component every error response refers to
  });

  it('accepts a body of each type, with and without the offending param', () => {
    for (const type of ERROR_TYPES) expect(errorBody.Check(body({ type }))).toBe(true);
    expect(errorBody.Check(body({ param: 'lines[0].quantity' }))).toBe(true);
  });

  it.each([
    ['an unknown type', body({ type: 'teapot' })],
    ['a missing code', body({ code: undefined })],
    ['a missing message', body({ message: undefined })],
    ['a missing request_id', body({ request_id: undefined })],
    ['a numeric param', body({ param: 3 })],
    ['a bare error object without the wrapper', body({}).error],
    ['a string error', { error: 'not found' }],
  ])('rejects %s', (_name, value) => {
    expect(errorBody.Check(JSON.parse(JSON.stringify(value)))).toBe(false);
  });
});
