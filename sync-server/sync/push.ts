// The push seq gate (SPEC §5.6), one transaction per mutation: seq ≤ last → duplicate;
// seq = last + 1 → apply (or record as rejected with the reason) and advance; seq > last + 1 →
// stop with the expected seq (409). The device's state row is locked FOR UPDATE, so racing
// pushes of the same batch apply each seq exactly once.
import { Value } from 'typebox/value';
import { StorableTimestamp } from '../../core/storable';
import { validateMutation, type Mutation } from '../../core/sync/mutations';
import type { MutationResult, PushResponse } from '../../core/sync/protocol';
import type { Database, Queryable } from '../storage/database';
import { bindLiveMode } from '../storage/live-mode';
import { isTransientDatabaseError } from '../storage/database-errors';
import { recordApproval } from './approvals';
import { applyMutation } from './apply-mutation';
import type { DevicePrincipal } from './devices';

export class SeqGapError extends Error {
  constructor(
    readonly expectedSeq: number,
    readonly results: MutationResult[],
  ) {
    super(`expected seq ${expectedSeq}`);
  }
}

interface GateState {
  last: number;
  /** this mutation id is already in the log (under another seq) */
  reused: boolean;
}

/** Locks the device's seq row and checks the id guard in one round trip. */
async function lockGate(tx: Queryable, device: DevicePrincipal, mutationId: string): Promise<GateState> {
  const sql = `SELECT s.last_seq AS last, EXISTS (SELECT 1 FROM sync_mutations WHERE id = $2) AS reused
               FROM device_sync_state s WHERE s.device_id = $1 FOR UPDATE OF s`;
  let { rows } = await tx.query<GateState>(sql, [device.id, mutationId]);
  if (!rows[0]) {
    // Paired before sync state existed (or by another path): create the row, then lock it.
    await tx.query('INSERT INTO device_sync_state (device_id, business_id) VALUES ($1, $2) ON CONFLICT (device_id) DO NOTHING', [device.id, device.businessId]);
    ({ rows } = await tx.query<GateState>(sql, [device.id, mutationId]));
  }
  return rows[0]!;
}

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

/** Logs the mutation and advances the device's seq, in one statement. */
async function logAndAdvance(
  tx: Queryable,
  device: DevicePrincipal,
  mutation: Mutation,
  outcome: { code: string; message: string } | null,
  options: { withoutPayload?: string; note?: { code: string; message: string } | null } = {},
): Promise<void> {
  // An applied mutation's note (a part left out, e.g. an unknown customer) is kept in the error columns.
  const reason = outcome ?? options.note ?? null;
  // A rejected mutation is kept whatever it holds: unstorable characters are replaced and an
  // unusable time is recorded as the time received (the reason names the bad value).
  const payload = options.withoutPayload ? { unstorable: options.withoutPayload } : outcome ? storablePayload(mutation.payload) : mutation.payload;
  const occurredAt = outcome && !Value.Check(OCCURRED_AT, mutation.occurred_at) ? null : mutation.occurred_at;
  await tx.query(
    `WITH logged AS (
       INSERT INTO sync_mutations (id, business_id, location_id, device_id, seq, type, status, error_code, error_message, payload, occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, COALESCE($11::timestamptz, now()))
     )
     UPDATE device_sync_state SET last_seq = $5, updated_at = now() WHERE device_id = $4`,
    [
      mutation.id,
      device.businessId,
      device.locationId,
      device.id,
      mutation.seq,
      outcome ? storableString(mutation.type.slice(0, 200)) : mutation.type,
      outcome ? 'rejected' : 'applied',
      reason?.code ?? null,
      reason ? storableString(reason.message) : null,
      JSON.stringify(payload),
      occurredAt,
    ],
  );
}

/** Thrown inside the apply transaction to roll back a mutation that breaks a rule. */
class Rejection extends Error {
  constructor(readonly reason: { code: string; message: string }) {
    super(reason.message);
  }
}

type GateOutcome = MutationResult | { gap: number };

function result(mutation: Mutation, outcome: { code: string; message: string } | null): MutationResult {
  return outcome
    ? { id: mutation.id, seq: mutation.seq, status: 'rejected', error: outcome }
    : { id: mutation.id, seq: mutation.seq, status: 'applied' };
}

/** The checks every attempt starts with; null means "this seq is next: go on". */
async function gate(tx: Queryable, device: DevicePrincipal, mutation: Mutation): Promise<GateOutcome | null> {
  const { last, reused } = await lockGate(tx, device, mutation.id);
  if (mutation.seq <= last) return { id: mutation.id, seq: mutation.seq, status: 'duplicate' };
  if (mutation.seq > last + 1) return { gap: last + 1 };
  if (reused) {
    // The id guard: this mutation id was applied before under another seq. Never apply it twice;
    // move the seq on so the till is not stuck behind it.
    await tx.query('UPDATE device_sync_state SET last_seq = $2, updated_at = now() WHERE device_id = $1', [device.id, mutation.seq]);
    return { id: mutation.id, seq: mutation.seq, status: 'duplicate' };
  }
  return null;
}

async function pushOne(db: Database, device: DevicePrincipal, mutation: Mutation): Promise<GateOutcome> {
  let rejection: { code: string; message: string };
  try {
    return await db.transaction(async (tx) => {
      // A till paired in test mode writes test-mode rows and events (storage/live-mode.ts).
      await bindLiveMode(tx, device.livemode);
      const early = await gate(tx, device, mutation);
      if (early) return early;
      const checked = validateMutation(mutation);
      if (!checked.ok) {
        await logAndAdvance(tx, device, mutation, checked.error);
        return result(mutation, checked.error);
      }
      const applied = await applyMutation(tx, device, checked.value);
      if (!applied.ok) throw new Rejection(applied.error);
      await recordApproval(tx, device.businessId, checked.value);
      await logAndAdvance(tx, device, mutation, null, { note: applied.value });
      return applied.value ? { ...result(mutation, null), error: applied.value } : result(mutation, null);
    });
  } catch (error) {
    if (error instanceof Rejection) {
      rejection = error.reason;
    } else {
      // The database being away is worth a retry of the whole push (nothing was applied); any
      // other failure is this mutation's and would fail the same way forever: reject it alone.
      if (isTransientDatabaseError(error)) throw error;
      rejection = { code: 'apply_failed', message: `The server could not store this ${mutation.type}: ${(error as Error).message}` };
    }
  }
  // The apply transaction rolled back (no partial writes, no events); record the rejection on its own.
  const record = (options: { withoutPayload?: string }) =>
    db.transaction(async (tx) => {
      await bindLiveMode(tx, device.livemode);
      const early = await gate(tx, device, mutation);
      if (early) return early;
      await logAndAdvance(tx, device, mutation, rejection, options);
      return result(mutation, rejection);
    });
  try {
    return await record({});
  } catch (error) {
    // Last resort, so the outbox always moves on: keep the reason without the payload.
    if (isTransientDatabaseError(error)) throw error;
    return record({ withoutPayload: `the payload could not be stored: ${(error as Error).message}` });
  }
}

/**
 * Applies a batch in order. Throws SeqGapError when a mutation's seq is past the next expected
 * one (the mutations before it are applied and stay applied; the till resends from the gap).
 */
export async function applyPush(db: Database, device: DevicePrincipal, mutations: Mutation[]): Promise<PushResponse> {
  const results: MutationResult[] = [];
  for (const mutation of mutations) {
    const result = await pushOne(db, device, mutation);
    if ('gap' in result) throw new SeqGapError(result.gap, results);
    results.push(result);
  }
  const { rows } = await db.query<{ last_seq: number }>('SELECT last_seq FROM device_sync_state WHERE device_id = $1', [device.id]);
  return { results, acked_seq: rows[0]?.last_seq ?? 0 };
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
export async function listRejectedMutations(
  q: Queryable,
  filter: { businessId: string; deviceId?: string; limit?: number },
): Promise<RejectedMutationRow[]> {
  const { rows } = await q.query<RejectedMutationRow>(
    `SELECT id, device_id, seq, type, error_code, error_message, payload, occurred_at, received_at
     FROM sync_mutations
     WHERE business_id = $1 AND status = 'rejected' AND ($2::text IS NULL OR device_id = $2)
     ORDER BY received_at DESC, seq DESC LIMIT $3`,
    [filter.businessId, filter.deviceId ?? null, filter.limit ?? 100],
  );
  return rows;
}
