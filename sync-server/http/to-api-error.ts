// Maps anything thrown in a request to the SPEC §5.1 error shape: the app's error handler and the back
// office's own handler both use it (kept out of app.ts so plugins need not import the app).
import type { FastifyError } from 'fastify';
import { isStorageFault, isTransientDatabaseError } from '../storage/database-errors';
import { ApiError } from './api-error';
import { describeValidationError } from './validation';

export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Maps anything thrown in a request to the SPEC §5.1 error shape; never leaks internals. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const e = error as FastifyError & { validation?: unknown[]; validationContext?: string };
  if (Array.isArray(e.validation)) {
    const context =
      e.validationContext === 'body' ? 'request body' : e.validationContext === 'querystring' ? 'query string' : (e.validationContext ?? 'request');
    const { message, param } = describeValidationError(e.validation as never, context);
    return new ApiError('invalid_request', 'parameter_invalid', message, param ? { param } : {});
  }
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError('invalid_request', 'body_too_large', `Request body is larger than ${BODY_LIMIT_BYTES} bytes.`, { status: 413 });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError('invalid_request', 'unsupported_media_type', 'Send the request body as Content-Type: application/json.', { status: 415 });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError('invalid_request', 'body_missing', 'The request body is empty; send a JSON object.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ApiError('invalid_request', 'invalid_json', 'The request body is not valid JSON.');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ApiError('invalid_request', 'invalid_content_length', 'Content-Length does not match the body.');
    case 'FST_ERR_BAD_URL':
      return new ApiError('invalid_request', 'invalid_url', 'The request path is not valid percent-encoded UTF-8.');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new ApiError('invalid_request', 'uri_too_long', 'A path parameter is longer than any id this API issues.', { status: 414 });
    case 'FST_ERR_ASYNC_CONSTRAINT':
      return new ApiError('invalid_request', 'invalid_request', 'The request does not match any route constraint.');
  }
  // The database cannot read or write its files: it will not pass by itself, so say so (the cause is
  // in the service log and GET /health, not in the answer).
  if (isStorageFault(error)) {
    return new ApiError(
      'internal',
      'storage_failed',
      'The database cannot read or write its files (removed, full or read-only storage); nothing was applied. The operator must fix the storage; retry later (with the same Idempotency-Key).',
      { status: 503, headers: { 'Retry-After': '60' } },
    );
  }
  // The database is away (restarting, unreachable): nothing was applied; retry soon.
  if (isTransientDatabaseError(error)) {
    return new ApiError(
      'internal',
      'service_unavailable',
      'The database is unavailable for a moment; nothing was applied. Retry shortly (with the same Idempotency-Key).',
      {
        status: 503,
        headers: { 'Retry-After': '5' },
      },
    );
  }
  if (e instanceof SyntaxError || e.statusCode === 400) {
    return new ApiError('invalid_request', 'invalid_json', 'The request body is not valid JSON.');
  }
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return new ApiError('invalid_request', (e.code ?? 'bad_request').toLowerCase(), e.message, { status: e.statusCode });
  }
  return new ApiError('internal', 'internal_error', 'Something went wrong on our side; the request was not applied. Retry with the same Idempotency-Key.');
}
