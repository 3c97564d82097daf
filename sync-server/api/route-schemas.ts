// Pieces every API v1 route schema shares: the error responses, security and id params.
import { Type } from 'typebox';
import { ErrorBodySchema } from '../http/api-error';

// The shared error shape, rebuilt without its $id so each route can embed it (OpenAPI shows it inline).
export const errorResponse = (description: string) => Type.Object({ error: ErrorBodySchema.properties.error }, { description });

/** Error responses by status code, for a route's `response` schema (400, 401, 403 and 429 always). */
export function errors(...codes: (400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429)[]): Record<number, ReturnType<typeof errorResponse>> {
  const out: Record<number, ReturnType<typeof errorResponse>> = {};
  for (const code of new Set([400, 401, 403, 429, ...codes])) out[code] = errorResponse(ERROR_DESCRIPTIONS[code] ?? 'Error');
  return out;
}

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key)',
  401: 'Missing, unknown or revoked API key',
  403: 'The key lacks the scope or the location',
  404: 'No such object',
  409: 'Conflict (e.g. the same Idempotency-Key is still in flight)',
  413: 'Body larger than 1 MB',
  415: 'Body is not application/json',
  422: 'Well-formed but not processable (unknown product, amount over the balance, Idempotency-Key reused)',
  429: 'Rate limited; see Retry-After',
};

export const bearer = [{ bearerAuth: [] }];

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false });

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ description: 'required on every write: any unique string (e.g. a UUID), 1–255 characters' })),
});
