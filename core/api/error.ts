// The error body of every API and sync response (SPEC §5.1), shared by the server and its clients.
import { Type, type Static } from 'typebox';

export const ERROR_TYPES = ['invalid_request', 'authentication', 'permission', 'not_found', 'conflict', 'rate_limited', 'idempotency', 'internal'] as const;
export type ErrorType = (typeof ERROR_TYPES)[number];

export const ErrorBodySchema = Type.Object(
  {
    error: Type.Object({
      type: Type.Enum(ERROR_TYPES),
      code: Type.String(),
      message: Type.String(),
      param: Type.Optional(Type.String()),
      request_id: Type.String(),
    }),
  },
  { $id: 'Error' },
);
export type ErrorBody = Static<typeof ErrorBodySchema>;
