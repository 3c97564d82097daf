// The one error shape of SPEC §5.1, for every route and every failure (validation, auth, limits).
import type { ErrorBody, ErrorType } from '../../core/api/error';

export { ERROR_TYPES, ErrorBodySchema, type ErrorBody, type ErrorType } from '../../core/api/error';

const STATUS_BY_TYPE: Record<ErrorType, number> = {
  invalid_request: 400,
  authentication: 401,
  permission: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  idempotency: 422,
  internal: 500,
};

export class ApiError extends Error {
  readonly statusCode: number;
  constructor(
    readonly type: ErrorType,
    readonly code: string,
    message: string,
    options: { status?: number; param?: string; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.statusCode = options.status ?? STATUS_BY_TYPE[type];
    this.param = options.param;
    this.headers = options.headers;
  }
  readonly param: string | undefined;
  readonly headers: Record<string, string> | undefined;

  toBody(requestId: string): ErrorBody {
    return {
      error: {
        type: this.type,
        code: this.code,
        message: this.message,
        ...(this.param ? { param: this.param } : {}),
        request_id: requestId,
      },
    };
  }
}

export const notFound = (what: string, id: string, param?: string): ApiError =>
  new ApiError('not_found', 'resource_missing', `No ${what} with id "${id}".`, param ? { param } : {});
