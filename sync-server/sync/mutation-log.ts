// The push's mutation log (sync_mutations): one row per mutation the server decided on, applied or
// rejected with its reason. A rejected mutation is kept whatever it holds (SPEC §5.6: never
// silently dropped): unstorable characters are replaced and an unusable time becomes the time received.
import { Value } from 'typebox/value';
import { StorableTimestamp } from '../../core/storable';
import type { Mutation } from '../../core/sync/mutations';
import type { Queryable } from '../storage/database';
import type { DevicePrincipal } from './devices';

const OCCURRED_AT = StorableTimestamp();
/** Deeper than this, a rejected payload is kept as a note instead (jsonb and JSON.stringify recurse). */
const MAX_STORED_DEPTH = 64;
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE_CHARS = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function storableString(value: string): string {
  return value.replace(UNSTORABLE_CHARS, '\uFFFD');
}

/**
 * A copy of a payload PostgreSQL can store whatever the till sent: NUL and lone surrogates become
 * U+FFFD, absurd nesting is cut. Used only for rejected mutations (an applied one passed the schema).
 */
function storablePayload(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return storableString(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_STORED_DEPTH) return `[cut: nested deeper than ${MAX_STORED_DEPTH} levels]`;
  if (Array.isArray(value)) return value.map((item) => storablePayload(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [storableString(key), storablePayload(item, depth + 1)]));
}

export interface Outcome {
  code: string;
  message: string;
}

/** One sync_mutations row as `logMutation(s)` writes it. */
export interface MutationLogRow {
  id: string;
  business_id: string;
  location_id: string;
  device_id: string;
  seq: number;
  type: string;
  status: 'applied' | 'rejected';
  error_code: string | null;
  error_message: string | null;
  payload: unknown;
  /** null: the time received */
  occurred_at: string | null;
}

/**
 * The log row of one mutation (applied when `outcome` is null, else rejected with it), built in
 * memory. An applied mutation's note (a part left out, e.g. an unknown customer) is kept in the error columns.
 */
export function mutationLogRow(
  device: DevicePrincipal,
  mutation: Mutation,
  outcome: Outcome | null,
  options: { withoutPayload?: string; note?: Outcome | null } = {},
): MutationLogRow {
  const reason = outcome ?? options.note ?? null;
  const payload = options.withoutPayload ? { unstorable: options.withoutPayload } : outcome ? storablePayload(mutation.payload) : mutation.payload;
  const occurredAt = outcome && !Value.Check(OCCURRED_AT, mutation.occurred_at) ? null : mutation.occurred_at;
  return {
    id: mutation.id,
    business_id: device.businessId,
    location_id: device.locationId,
    device_id: device.id,
    seq: mutation.seq,
    type: outcome ? storableString(mutation.type.slice(0, 200)) : mutation.type,
    status: outcome ? 'rejected' : 'applied',
    error_code: reason?.code ?? null,
    error_message: reason ? storableString(reason.message) : null,
    payload,
    occurred_at: occurredAt,
  };
}

/**
 * Logs one mutation (applied when `outcome` is null, else rejected with it). The device's seq is
 * advanced once per push transaction by the caller, not here.
 */
export async function logMutation(
  tx: Queryable,
  device: DevicePrincipal,
  mutation: Mutation,
  outcome: Outcome | null,
  options: { withoutPayload?: string; note?: Outcome | null } = {},
): Promise<void> {
  const row = mutationLogRow(device, mutation, outcome, options);
  await tx.query(
    `INSERT INTO sync_mutations (id, business_id, location_id, device_id, seq, type, status, error_code, error_message, payload, occurred_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, COALESCE($11::timestamptz, now()))`,
    [
      row.id,
      row.business_id,
      row.location_id,
      row.device_id,
      row.seq,
      row.type,
      row.status,
      row.error_code,
      row.error_message,
      JSON.stringify(row.payload),
      row.occurred_at,
    ],
  );
}

/**
 * SQL (a SELECT for `INSERT INTO sync_mutations (…) <this>`) reading the log rows of a whole push
 * group from the JSON array parameter `$param` (`JSON.stringify(MutationLogRow[])`): one statement
 * instead of one per mutation (push-set-write.ts). Read as json (not jsonb): no jsonb copy of the array is built first.
 */
export const MUTATION_LOG_COLUMNS = 'id, business_id, location_id, device_id, seq, type, status, error_code, error_message, payload, occurred_at';
export function mutationLogSelect(param: string): string {
  return `SELECT m.id, m.business_id, m.location_id, m.device_id, m.seq, m.type, m.status, m.error_code, m.error_message, m.payload, COALESCE(m.occurred_at, now())
     FROM json_to_recordset(${param}::json) AS m(id text, business_id text, location_id text, device_id text, seq bigint, type text, status text,
       error_code text, error_message text, payload jsonb, occurred_at timestamptz)`;
}

export interface RejectedMutationRow {
  id: string;
  device_id: string;
  seq: number;
  type: string;
  error_code: string;
  error_message: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
  received_at: Date;
}

/** Rejected mutations, newest first, for the back office and the till (never silently dropped). */
export async function listRejectedMutations(q: Queryable, filter: { businessId: string; deviceId?: string; limit?: number }): Promise<RejectedMutationRow[]> {
  const { rows } = await q.query<RejectedMutationRow>(
    `SELECT id, device_id, seq, type, error_code, error_message, payload, occurred_at, received_at
     FROM sync_mutations
     WHERE business_id = $1 AND status = 'rejected' AND ($2::text IS NULL OR device_id = $2)
     ORDER BY received_at DESC, seq DESC LIMIT $3`,
    [filter.businessId, filter.deviceId ?? null, filter.limit ?? 100],
  );
  return rows;
}
