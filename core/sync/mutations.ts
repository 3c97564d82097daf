// The till's outbox mutations (SPEC §5.6): one type per fact the till records offline, each with
// its payload schema. The server checks a payload at apply time, so one bad mutation is recorded
// as `rejected` and the device's seq still advances (a poison mutation never blocks the outbox).
import { Type, type Static, type TSchema } from 'typebox';
import { Compile, type Validator } from 'typebox/compile';
import { Pointer, Value } from 'typebox/value';
import { err, ok, type Result } from '../result';
import { describeStorableError } from '../storable';
import { CardDetailsSchema, OrderSnapshotSchema, PrefixedId } from './order-snapshot';
import { ShiftReportSchema } from './shift-report';
import { Amount, Id, MONEY_MAX, Text, Timestamp } from '../schema-primitives';

const PositiveAmount = Type.Integer({ minimum: 1, maximum: MONEY_MAX });
/** Staff id of whoever approved a guarded action with their PIN (SPEC §12); absent or null: nobody had to. */
const ApprovedBy = Type.Optional(Type.Union([Id, Type.Null()]));
const Method = Type.Union([Type.Literal('cash'), Type.Literal('card'), Type.Literal('external')]);

export const MUTATION_TYPES = [
  'order.completed',
  'order.voided',
  'order.refunded',
  'shift.opened',
  'shift.closed',
  'cash.movement',
  'payment.failed',
  'settings.changed',
] as const;
export type MutationType = (typeof MUTATION_TYPES)[number];

export const OrderCompletedPayloadSchema = Type.Object({ order: OrderSnapshotSchema }, { additionalProperties: false });

export const OrderVoidedPayloadSchema = Type.Object(
  {
    order_id: PrefixedId('ord'),
    reason: Text(500),
    staff_id: Id,
    shift_id: Type.Union([Id, Type.Null()]),
    voided_at: Timestamp(),
    /** tenders given back when a paid sale is voided (empty for an unpaid API order) */
    reversals: Type.Array(Type.Object({ payment_id: Id, method: Method, amount: Amount() }, { additionalProperties: false }), { maxItems: 20 }),
    approved_by: ApprovedBy,
  },
  { additionalProperties: false },
);

export const RefundRecordSchema = Type.Object(
  {
    id: PrefixedId('ref'),
    order_id: PrefixedId('ord'),
    /** the original tender the money went back to */
    payment_id: Type.Union([Id, Type.Null()]),
    method: Method,
    amount: PositiveAmount,
    lines: Type.Array(Type.Object({ line_id: Id, quantity: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }), { maxItems: 500 }),
    reason: Text(500),
    staff_id: Id,
    shift_id: Type.Union([Id, Type.Null()]),
    created_at: Timestamp(),
    approved_by: ApprovedBy,
  },
  { additionalProperties: false },
);
export type RefundRecord = Static<typeof RefundRecordSchema>;

export const OrderRefundedPayloadSchema = Type.Object({ refund: RefundRecordSchema }, { additionalProperties: false });

export const ShiftRecordSchema = Type.Object(
  { id: PrefixedId('shf'), location_id: Id, staff_id: Id, opened_at: Timestamp(), opening_float: Amount() },
  { additionalProperties: false },
);
export const ShiftOpenedPayloadSchema = Type.Object({ shift: ShiftRecordSchema }, { additionalProperties: false });

export const ShiftClosedPayloadSchema = Type.Object(
  { shift_id: PrefixedId('shf'), staff_id: Id, closed_at: Timestamp(), counted_cash: Amount(), report: ShiftReportSchema, approved_by: ApprovedBy },
  { additionalProperties: false },
);

export const CashMovementRecordSchema = Type.Object(
  {
    id: PrefixedId('csh'),
    shift_id: PrefixedId('shf'),
    staff_id: Id,
    /**
     * no_sale: the drawer was opened without a sale (amount 0), kept for the audit trail.
     * given_back: cash taken on a sale not yet recorded and handed back to the customer (in and out
     * of the drawer, no effect on the expected cash), kept so the cloud sees every tender taken.
     */
    kind: Type.Union([Type.Literal('paid_in'), Type.Literal('paid_out'), Type.Literal('drop'), Type.Literal('no_sale'), Type.Literal('given_back')]),
    amount: Amount(),
    reason: Text(500),
    created_at: Timestamp(),
    approved_by: ApprovedBy,
  },
  { additionalProperties: false },
);
export type CashMovementRecord = Static<typeof CashMovementRecordSchema>;
export const CashMovementPayloadSchema = Type.Object({ movement: CashMovementRecordSchema }, { additionalProperties: false });

/** Why a card payment did not go through: the terminal declined, the cashier or customer aborted, or the card never came. */
export const PAYMENT_FAILURE_CODES = ['declined', 'aborted', 'timeout'] as const;

/** A card (or other) payment attempt that took no money; the cart it was for may still be paid otherwise or abandoned. */
export const FailedPaymentRecordSchema = Type.Object(
  {
    id: PrefixedId('pay'),
    /** the order the attempt was for (the cart's id, or the API order being paid); it may never be completed */
    order_id: PrefixedId('ord'),
    method: Method,
    amount: PositiveAmount,
    /** the tip asked for on top of amount (the terminal was asked for amount + tip); absent from tills before tips */
    tip: Type.Optional(Amount()),
    failure_code: Type.Enum(PAYMENT_FAILURE_CODES),
    failure_message: Text(500),
    card: Type.Union([CardDetailsSchema, Type.Null()]),
    staff_id: Type.Union([Id, Type.Null()]),
    shift_id: Type.Union([Id, Type.Null()]),
    created_at: Timestamp(),
  },
  { additionalProperties: false },
);
export type FailedPaymentRecord = Static<typeof FailedPaymentRecordSchema>;
export const PaymentFailedPayloadSchema = Type.Object({ payment: FailedPaymentRecordSchema }, { additionalProperties: false });

/** What changed in a till's settings: its hardware (printer, terminal, scale, …) or its pairing. */
export const SETTINGS_CHANGE_KINDS = ['hardware', 'pairing'] as const;

/**
 * A settings change made at the till (guarded action `settings`): who made it, who approved it with
 * their PIN (null: the role may change settings alone) and what changed, in words. Audit only.
 */
export const SettingsChangeRecordSchema = Type.Object(
  {
    id: PrefixedId('stc'),
    kind: Type.Enum(SETTINGS_CHANGE_KINDS),
    /** e.g. "printer: tcp://192.168.1.50:9100; terminal: zvt tcp://…" or "paired as Till 2" */
    detail: Text(1000),
    staff_id: Id,
    approved_by: Type.Union([Id, Type.Null()]),
    created_at: Timestamp(),
  },
  { additionalProperties: false },
);
export type SettingsChangeRecord = Static<typeof SettingsChangeRecordSchema>;
export const SettingsChangedPayloadSchema = Type.Object({ change: SettingsChangeRecordSchema }, { additionalProperties: false });

export const MUTATION_PAYLOAD_SCHEMAS = {
  'order.completed': OrderCompletedPayloadSchema,
  'order.voided': OrderVoidedPayloadSchema,
  'order.refunded': OrderRefundedPayloadSchema,
  'shift.opened': ShiftOpenedPayloadSchema,
  'shift.closed': ShiftClosedPayloadSchema,
  'cash.movement': CashMovementPayloadSchema,
  'payment.failed': PaymentFailedPayloadSchema,
  'settings.changed': SettingsChangedPayloadSchema,
} satisfies Record<MutationType, TSchema>;

export type MutationPayloads = { [K in MutationType]: Static<(typeof MUTATION_PAYLOAD_SCHEMAS)[K]> };
export type OrderCompletedPayload = MutationPayloads['order.completed'];
export type OrderVoidedPayload = MutationPayloads['order.voided'];
export type OrderRefundedPayload = MutationPayloads['order.refunded'];
export type ShiftOpenedPayload = MutationPayloads['shift.opened'];
export type ShiftClosedPayload = MutationPayloads['shift.closed'];
export type CashMovementPayload = MutationPayloads['cash.movement'];
export type PaymentFailedPayload = MutationPayloads['payment.failed'];
export type SettingsChangedPayload = MutationPayloads['settings.changed'];

/**
 * One outbox entry as it travels in a push. Only what the seq gate needs (id, seq) is refused at the
 * door; the type, the time and the payload are checked per mutation (validateMutation), so one
 * poison entry is recorded as rejected instead of refusing the whole push forever.
 */
export const MutationSchema = Type.Object(
  {
    /** UUIDv7: unique across all devices (the server's second guard against double-applying) */
    id: Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$' }),
    /** gapless per device: 1, 2, 3, … */
    seq: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
    /** one of MUTATION_TYPES (checked per mutation) */
    type: Type.String({ maxLength: 1000 }),
    /** RFC 3339 in the years 0001–9999 (checked per mutation) */
    occurred_at: Type.String({ maxLength: 1000 }),
    /** checked against the type's schema when applied; a bad payload is rejected, not refused */
    payload: Type.Object({}, { additionalProperties: true }),
  },
  { additionalProperties: false },
);
export type Mutation = Static<typeof MutationSchema>;

export type TypedMutation<K extends MutationType = MutationType> = Omit<Mutation, 'type' | 'payload'> & { type: K; payload: MutationPayloads[K] };

export function isMutationType(value: unknown): value is MutationType {
  return typeof value === 'string' && (MUTATION_TYPES as readonly string[]).includes(value);
}

const OccurredAt = Timestamp();

/**
 * Compiled checks (typebox's JIT), built on a schema's first use: the server checks every pushed
 * payload, and an interpreted Value.Check of a sale cost ~10 % of the push's CPU (bench/observations.md).
 * Only the pass/fail check is compiled; a failure's reason still comes from Value.Errors, so the
 * messages and paths are the same as before. Where code cannot be generated (a page whose CSP forbids
 * eval) typebox falls back to interpreting.
 */
const validators = new Map<TSchema, Validator>();
function check(schema: TSchema, value: unknown): boolean {
  let validator = validators.get(schema);
  if (!validator) validators.set(schema, (validator = Compile(schema)));
  return validator.Check(value);
}

function firstError(schema: TSchema, value: unknown): string {
  const first = [...Value.Errors(schema, value)][0];
  if (!first) return ': does not match the schema';
  const where = first.instancePath ? ` at ${first.instancePath}` : '';
  return `${where}: ${describeStorableError(first, Pointer.Get(value as object, first.instancePath))}`;
}

/** Checks a mutation's type, time and payload; the error codes are what a `rejected` result carries. */
export function validateMutation(mutation: Mutation): Result<TypedMutation> {
  if (!isMutationType(mutation.type)) {
    return err('unknown_mutation_type', `Unknown mutation type ${JSON.stringify(mutation.type.slice(0, 60))}; expected one of ${MUTATION_TYPES.join(', ')}.`);
  }
  if (!check(OccurredAt, mutation.occurred_at)) {
    return err('invalid_mutation', `Invalid ${mutation.type} occurred_at${firstError(OccurredAt, mutation.occurred_at).replace(/^: /, ' ')}.`);
  }
  const schema: TSchema = MUTATION_PAYLOAD_SCHEMAS[mutation.type];
  if (check(schema, mutation.payload)) return ok(mutation as TypedMutation);
  return err('invalid_payload', `Invalid ${mutation.type} payload${firstError(schema, mutation.payload)}.`);
}
