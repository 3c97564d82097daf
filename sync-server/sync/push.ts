// The push seq gate (SPEC §5.6) with group commit: a push's mutations are applied in one
// transaction (more only when its savepoints would pass GROUP_MAX). Consecutive till sales are
// written set-based in one savepoint (push-set-write.ts: two statements for the whole run); any other
// mutation gets a savepoint of its own. When the database refuses a run's set-based write, the run is
// rolled back to its savepoint and bisected: each half is written set-based in a savepoint of its own,
// a refused half is halved again, and a single mutation left is applied alone, so the bad one is
// rejected alone in O(log n) savepoints. seq ≤ last → duplicate; seq = last + 1 → apply, or roll back
// to its savepoint and record it as rejected with the reason (it never blocks the ones behind it);
// seq > last + 1 → commit what came before and stop with the expected seq (409). The device's state
// row is locked FOR UPDATE for the transaction, so racing pushes of the same batch apply each seq
// exactly once; the seq advances once per transaction.
import type { Mutation } from '../../core/sync/mutations';
import { validateMutation } from '../../core/sync/mutations';
import type { MutationResult, PushResponse } from '../../core/sync/protocol';
import type { Database, Queryable } from '../storage/database';
import { isTransientDatabaseError } from '../storage/database-errors';
import { bindLiveMode } from '../storage/live-mode';
import { recordApproval } from './approvals';
import { applyMutation } from './apply-mutation';
import type { DevicePrincipal } from './devices';
import { logMutation, type Outcome } from './mutation-log';
import { isTillSale, writeSalesSetBased } from './push-set-write';

export class SeqGapError extends Error {
  constructor(
    readonly expectedSeq: number,
    readonly results: MutationResult[],
  ) {
    super(`expected seq ${expectedSeq}`);
  }
}

/**
 * Savepoints per transaction. Every released savepoint that wrote takes a subtransaction id, and
 * PostgreSQL caches 64 of them per backend (PGPROC_MAX_CACHED_SUBXIDS); past that, every other
 * session's snapshots must look subtransactions up in pg_subtrans while this one runs. A run of till
 * sales takes one (its set-based write), any other mutation one each, so a till batch of 100 sales
 * is one commit (docs/decisions.md). A refused run's bisection takes O(log n) more per bad mutation.
 */
export const GROUP_MAX = 64;

/**
 * Splits a push into its transactions: each takes mutations while their savepoints (one per run of
 * till sales, one per other mutation) stay within GROUP_MAX.
 */
export function planGroups(mutations: Mutation[]): Mutation[][] {
  const groups: Mutation[][] = [];
  let group: Mutation[] = [];
  let savepoints = 0;
  let inRun = false;
  for (const mutation of mutations) {
    const sale = isTillSale(mutation);
    if (!(sale && inRun)) {
      if (savepoints === GROUP_MAX) {
        groups.push(group);
        group = [];
        savepoints = 0;
      }
      savepoints++;
    }
    inRun = sale;
    group.push(mutation);
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/** Savepoint name of the mutation or run being applied (one at a time: released before the next). */
const SAVEPOINT = 'push_mutation';

/** The group's one savepoint name: `open` releases the previous one (if any) in the same round trip as taking the next. */
class Savepoint {
  private opened = false;
  constructor(private readonly tx: Queryable) {}
  async open(): Promise<void> {
    await this.tx.exec(this.opened ? `RELEASE SAVEPOINT ${SAVEPOINT}; SAVEPOINT ${SAVEPOINT}` : `SAVEPOINT ${SAVEPOINT}`);
    this.opened = true;
  }
  async rollback(): Promise<void> {
    await this.tx.exec(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
  }
}

function result(mutation: Mutation, outcome: Outcome | null): MutationResult {
  return outcome ? { id: mutation.id, seq: mutation.seq, status: 'rejected', error: outcome } : { id: mutation.id, seq: mutation.seq, status: 'applied' };
}

/**
 * Locks the device's seq row for the transaction (creates it for a device paired before sync state
 * existed); also answers the transaction's now(), the created_at of the rows the group writes.
 */
async function lockSeq(tx: Queryable, device: DevicePrincipal): Promise<{ last: number; now: Date }> {
  const sql = 'SELECT last_seq, now() AS now FROM device_sync_state WHERE device_id = $1 FOR UPDATE';
  let { rows } = await tx.query<{ last_seq: number; now: Date }>(sql, [device.id], { name: 'push_lock_seq' });
  if (!rows[0]) {
    await tx.query('INSERT INTO device_sync_state (device_id, business_id) VALUES ($1, $2) ON CONFLICT (device_id) DO NOTHING', [device.id, device.businessId]);
    ({ rows } = await tx.query<{ last_seq: number; now: Date }>(sql, [device.id]));
  }
  return { last: rows[0]!.last_seq, now: rows[0]!.now };
}

/** Till sale lines' product ids in a raw (not yet validated) mutation; anything malformed names none. */
function soldProducts(mutation: Mutation): string[] {
  if (mutation.type !== 'order.completed') return [];
  const order = (mutation.payload as { order?: { source?: unknown; lines?: unknown } } | null)?.order;
  if (!order || order.source === 'api' || !Array.isArray(order.lines)) return [];
  return order.lines.map((line: { product_id?: unknown } | null) => line?.product_id).filter((id): id is string => typeof id === 'string');
}

/**
 * Before the group's first sale: the ids already in the mutation log (the id guard), and the stock
 * rows of every product the group's sales name, locked in id order. One sale locks its own rows in
 * id order (stock.ts); a group of sales would otherwise lock them sale by sale, and two tills' groups
 * (or a group and an API order) could then wait on each other.
 */
async function prepareGroup(tx: Queryable, device: DevicePrincipal, pending: Mutation[]): Promise<Set<string>> {
  const products = [...new Set(pending.flatMap(soldProducts))].sort();
  const sales = pending.filter((m) => soldProducts(m).length > 0).length;
  // One round trip: the id guard, and (for more than one sale) the locks.
  const { rows } = await tx.query<{ logged: string[] }>(
    `SELECT ARRAY(SELECT id FROM sync_mutations WHERE id = ANY ($1::text[])) AS logged,
       (SELECT count(*) FROM (SELECT 1 FROM products WHERE $5::boolean AND id = ANY ($2::text[]) AND business_id = $3 AND location_id = $4 AND track_stock
                              ORDER BY id FOR NO KEY UPDATE) locked) AS locked`,
    [pending.map((m) => m.id), products, device.businessId, device.locationId, sales > 1],
    { name: 'push_prepare_group' },
  );
  return new Set(rows[0]!.logged);
}

/**
 * One mutation inside the group's transaction, in its own savepoint. A business rule that fails or
 * a statement the database refuses rolls back to the savepoint (no partial writes, no events) and is
 * logged as rejected; a transient database failure is thrown and rolls back the whole group (the till
 * resends it).
 */
async function applyOne(tx: Queryable, device: DevicePrincipal, mutation: Mutation, savepoint: Savepoint): Promise<MutationResult> {
  await savepoint.open();
  const checked = validateMutation(mutation);
  let rejection: Outcome;
  if (!checked.ok) {
    rejection = checked.error;
  } else {
    try {
      const applied = await applyMutation(tx, device, checked.value);
      if (applied.ok) {
        await recordApproval(tx, device.businessId, checked.value);
        await logMutation(tx, device, mutation, null, { note: applied.value });
        return applied.value ? { ...result(mutation, null), error: applied.value } : result(mutation, null);
      }
      rejection = applied.error;
    } catch (error) {
      // The database being away is worth a retry of the whole push; any other failure is this
      // mutation's and would fail the same way forever: reject it alone.
      if (isTransientDatabaseError(error)) throw error;
      rejection = { code: 'apply_failed', message: `The server could not store this ${mutation.type}: ${(error as Error).message}` };
    }
    await savepoint.rollback();
  }
  try {
    await logMutation(tx, device, mutation, rejection);
  } catch (error) {
    // Last resort, so the outbox always moves on: keep the reason without the payload.
    if (isTransientDatabaseError(error)) throw error;
    await savepoint.rollback();
    await logMutation(tx, device, mutation, rejection, { withoutPayload: `the payload could not be stored: ${(error as Error).message}` });
  }
  return result(mutation, rejection);
}

interface GroupOutcome {
  results: MutationResult[];
  last: number;
  /** the seq expected instead of a mutation past it */
  gap: number | null;
}

/**
 * A run of consecutive till sales: written set-based in one savepoint. When the database refuses that
 * write (a taken id, a payload it cannot store), it is rolled back to the savepoint and bisected: each
 * half is applied the same way, so the good halves are written set-based and the bad mutation is left
 * alone, applied by itself (applyOne: rejected alone with the reason), in O(log n) savepoints.
 * `whole`: the run as the group found it (a single sale is written set-based too); a piece of a
 * refused run that is down to one mutation goes straight to applyOne.
 */
async function applyRun(tx: Queryable, device: DevicePrincipal, run: Mutation[], savepoint: Savepoint, now: Date, whole = true): Promise<MutationResult[]> {
  if (run.length === 1 && !whole) return [await applyOne(tx, device, run[0]!, savepoint)];
  await savepoint.open();
  try {
    return await writeSalesSetBased(tx, device, run, now);
  } catch (error) {
    if (isTransientDatabaseError(error)) throw error;
    await savepoint.rollback();
  }
  if (run.length === 1) return [await applyOne(tx, device, run[0]!, savepoint)];
  const half = Math.ceil(run.length / 2);
  const first = await applyRun(tx, device, run.slice(0, half), savepoint, now, false);
  return first.concat(await applyRun(tx, device, run.slice(half), savepoint, now, false));
}

/** Applies `group` in the caller's transaction: the seq gate for each, one seq advance at the end. */
async function applyGroup(tx: Queryable, device: DevicePrincipal, group: Mutation[]): Promise<GroupOutcome> {
  const { last: start, now } = await lockSeq(tx, device);
  let last = start;
  // In the group's order; a run's slots are filled when the run is written.
  const results: (MutationResult | null)[] = [];
  const pending = group.filter((m) => m.seq > start);
  const logged = pending.length > 0 ? await prepareGroup(tx, device, pending) : new Set<string>();
  let gap: number | null = null;
  const savepoint = new Savepoint(tx);
  let run: { mutations: Mutation[]; slots: number[] } = { mutations: [], slots: [] };
  const flush = async (): Promise<void> => {
    if (run.mutations.length === 0) return;
    const written = await applyRun(tx, device, run.mutations, savepoint, now);
    run.slots.forEach((slot, i) => (results[slot] = written[i]!));
    run = { mutations: [], slots: [] };
  };
  for (const mutation of group) {
    if (mutation.seq <= last) {
      results.push({ id: mutation.id, seq: mutation.seq, status: 'duplicate' });
      continue;
    }
    if (mutation.seq > last + 1) {
      gap = last + 1;
      break;
    }
    last = mutation.seq;
    if (logged.has(mutation.id)) {
      // The id guard: this mutation id was decided before under another seq. Never apply it twice;
      // move the seq on so the till is not stuck behind it.
      results.push({ id: mutation.id, seq: mutation.seq, status: 'duplicate' });
      continue;
    }
    logged.add(mutation.id);
    if (isTillSale(mutation)) {
      run.mutations.push(mutation);
      run.slots.push(results.push(null) - 1);
      continue;
    }
    await flush();
    results.push(await applyOne(tx, device, mutation, savepoint));
  }
  await flush();
  if (last !== start)
    await tx.query('UPDATE device_sync_state SET last_seq = $2, updated_at = now() WHERE device_id = $1', [device.id, last], { name: 'push_advance_seq' });
  return { results: results as MutationResult[], last, gap };
}

/**
 * Applies a batch in order, one transaction per planned group (planGroups). Throws SeqGapError when a
 * mutation's seq is past the next expected one (the mutations before it are committed and stay
 * applied; the till resends from the gap).
 */
export async function applyPush(db: Database, device: DevicePrincipal, mutations: Mutation[]): Promise<PushResponse> {
  const results: MutationResult[] = [];
  let last = 0;
  for (const planned of planGroups(mutations)) {
    const group = await db.transaction(async (tx) => {
      // A till paired in test mode writes test-mode rows and events (storage/live-mode.ts).
      await bindLiveMode(tx, device.livemode);
      return applyGroup(tx, device, planned);
    });
    results.push(...group.results);
    last = group.last;
    if (group.gap !== null) throw new SeqGapError(group.gap, results);
  }
  return { results, acked_seq: last };
}
