// The sync protocol between a till and the cloud (SPEC §5.6): request and response bodies of
// pair, push, pull and stream. The server validates with these; the till checks what it receives.
// Requests are closed objects (unknown fields are refused); responses are open, so a newer server
// can add fields without breaking older tills.
import { Type, type Static } from 'typebox';
import {
  TillCategorySchema,
  TillLocationSchema,
  TillModifierGroupSchema,
  TillOpenOrderSchema,
  TillProductSchema,
  TillStaffSchema,
  TillTaxRateSchema,
} from './catalog';
import { MutationSchema } from './mutations';
import { TillCustomerSchema } from './till-customer';

export const SYNC_PREFIX = '/sync/v1';
/** Most mutations one push may carry; the till sends smaller batches (see renderer/sync). */
export const MAX_PUSH_BATCH = 500;
/** SSE event names on GET /sync/v1/stream. */
export const STREAM_EVENTS = { ready: 'ready', poke: 'poke' } as const;

export const PairRequestSchema = Type.Object(
  {
    code: Type.String({ minLength: 4, maxLength: 64 }),
    device_name: Type.String({ minLength: 1, maxLength: 100 }),
  },
  { additionalProperties: false },
);
export type PairRequest = Static<typeof PairRequestSchema>;

export const PairResponseSchema = Type.Object({
  device_id: Type.String(),
  /** shown once; the till sends it as `Authorization: Bearer <device_token>` */
  device_token: Type.String(),
  location: TillLocationSchema,
  /** false: paired with a test-mode code; the till shows TEST MODE and its sales are test data (absent from older servers: live) */
  livemode: Type.Optional(Type.Boolean()),
});
export type PairResponse = Static<typeof PairResponseSchema>;

export const PushRequestSchema = Type.Object(
  { mutations: Type.Array(MutationSchema, { minItems: 1, maxItems: MAX_PUSH_BATCH }) },
  { additionalProperties: false },
);
export type PushRequest = Static<typeof PushRequestSchema>;

export const MutationResultSchema = Type.Object({
  id: Type.String(),
  seq: Type.Integer(),
  status: Type.Union([Type.Literal('applied'), Type.Literal('duplicate'), Type.Literal('rejected')]),
  /** why it was rejected; on an `applied` one, what the server left out (e.g. `customer_not_found`: the sale is kept without the customer) */
  error: Type.Optional(Type.Object({ code: Type.String(), message: Type.String() })),
});
export type MutationResult = Static<typeof MutationResultSchema>;

export const PushResponseSchema = Type.Object({
  results: Type.Array(MutationResultSchema),
  /** the device's last seq the server holds (applied or rejected): the till may drop every outbox entry ≤ this */
  acked_seq: Type.Integer({ minimum: 0 }),
});
export type PushResponse = Static<typeof PushResponseSchema>;

/** 409 body when a push starts past the next expected seq: the SPEC §5.1 error with `expected_seq`. */
export const SeqGapErrorSchema = Type.Object({
  error: Type.Object({
    type: Type.Literal('conflict'),
    code: Type.Literal('seq_gap'),
    message: Type.String(),
    request_id: Type.String(),
    expected_seq: Type.Integer({ minimum: 1 }),
  }),
});
export type SeqGapError = Static<typeof SeqGapErrorSchema>;

const changes = <T extends Parameters<typeof Type.Array>[0]>(item: T) => Type.Object({ upserted: Type.Array(item), deleted: Type.Array(Type.String()) });

export const PullQuerySchema = Type.Object(
  {
    cursor: Type.Optional(Type.String({ maxLength: 100 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000, default: 1000 })),
  },
  { additionalProperties: false },
);
export type PullQuery = Static<typeof PullQuerySchema>;

export const PullResponseSchema = Type.Object({
  location: TillLocationSchema,
  /** true when this page starts from scratch (no or expired cursor): the till replaces its catalog with the pages that follow */
  reset: Type.Boolean(),
  products: changes(TillProductSchema),
  categories: changes(TillCategorySchema),
  modifier_groups: changes(TillModifierGroupSchema),
  tax_rates: changes(TillTaxRateSchema),
  staff: changes(TillStaffSchema),
  /** API-created orders of this location that are open (upserted) or no longer open (deleted) */
  open_orders: changes(TillOpenOrderSchema),
  /** the business's customers, cashier's view only (core/sync/till-customer.ts); older servers omit it */
  customers: Type.Optional(changes(TillCustomerSchema)),
  next_cursor: Type.String(),
  has_more: Type.Boolean(),
});
export type PullResponse = Static<typeof PullResponseSchema>;

/** Data of a `poke` SSE event: something for this till changed; pull now. */
export const PokeSchema = Type.Object({ reason: Type.String() });
export type Poke = Static<typeof PokeSchema>;

export const RejectedMutationSchema = Type.Object({
  id: Type.String(),
  seq: Type.Integer(),
  type: Type.String(),
  occurred_at: Type.String(),
  received_at: Type.String(),
  error: Type.Object({ code: Type.String(), message: Type.String() }),
  payload: Type.Object({}, { additionalProperties: true }),
});
export type RejectedMutation = Static<typeof RejectedMutationSchema>;
