// Errors as values across boundaries (IPC, hardware bridge, sync engine): a stable `code`
// callers can switch on, a human message, and optional details.

export interface AppError {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

export type Result<T, E extends AppError = AppError> = { ok: true; value: T } | { ok: false; error: E };

export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

export function err<E extends AppError = AppError>(error: E): Result<never, E>;
export function err(code: string, message?: string, details?: Record<string, unknown>): Result<never, AppError>;
export function err(codeOrError: string | AppError, message?: string, details?: Record<string, unknown>): Result<never, AppError> {
  if (typeof codeOrError === 'string') {
    return {
      ok: false,
      error: details ? { code: codeOrError, message: message ?? codeOrError, details } : { code: codeOrError, message: message ?? codeOrError },
    };
  }
  return { ok: false, error: codeOrError };
}

/** Turns an unknown thrown value into an AppError without losing its message. */
export function toAppError(cause: unknown, code = 'internal'): AppError {
  if (isAppError(cause)) return cause;
  if (cause instanceof Error) return { code, message: cause.message };
  return { code, message: String(cause) };
}

export function isAppError(value: unknown): value is AppError {
  return typeof value === 'object' && value !== null && typeof (value as AppError).code === 'string' && typeof (value as AppError).message === 'string';
}
