// Pushing the outbox (SPEC sync protocol): batches in seq order, acknowledged entries deleted only
// once the server's acked_seq covers them, rejected ones kept for the UI; 409 gaps resend from the
// seq the server expects, 413s and timeouts halve the batch.
import { Value } from 'typebox/value';
import { err, ok, type Result } from '../../core/result';
import { PushResponseSchema, type PushResponse } from '../../core/sync/protocol';
import type { OutboxRow, RejectedRow, TillDb } from '../db/till-db';
import { errorBody, HttpError, setting, type SyncHttp } from './sync-http';

export interface PusherOptions {
  db: TillDb;
  http: SyncHttp;
  /** mutations per push at most */
  batchSize: number;
  log: (message: string, context?: Record<string, unknown>) => void;
}

/** Returns `pushAll()`, which pushes until the outbox is empty or something fails. */
export function createPusher(options: PusherOptions): () => Promise<Result<void>> {
  const { db, batchSize, log } = options;
  const { request, asAppError } = options.http;

  /** Drops outbox entries the server holds (seq ≤ acked) and remembers the mark. */
  async function acknowledge(ackedSeq: number, rejected: RejectedRow[]): Promise<void> {
    await db.transaction('rw', [db.outbox, db.settings, db.rejected], async () => {
      if (rejected.length > 0) await db.rejected.bulkPut(rejected);
      await db.outbox.where('seq').belowOrEqual(ackedSeq).delete();
      const previous = (await setting(db, 'acked_seq')) ?? 0;
      if (ackedSeq > previous) await db.settings.put({ key: 'acked_seq', value: ackedSeq });
    });
  }

  // Halved when the server finds a batch too large (413) or too slow (timeout), so big orders never block the outbox.
  let pushBatchSize = batchSize;

  async function pushAll(): Promise<Result<void>> {
    for (;;) {
      const batch: OutboxRow[] = await db.outbox.orderBy('seq').limit(pushBatchSize).toArray();
      if (batch.length === 0) return ok(undefined);
      const first = batch[0]!;
      const last = batch[batch.length - 1]!;
      let response: PushResponse;
      try {
        response = await request<PushResponse>('POST', '/push', {
          mutations: batch.map((row) => ({ id: row.id, seq: row.seq, type: row.type, occurred_at: row.occurred_at, payload: row.payload })),
        });
      } catch (cause) {
        if (cause instanceof HttpError && cause.status === 413 && batch.length > 1) {
          pushBatchSize = Math.max(1, Math.floor(batch.length / 2));
          log('push batch too large; halving it', { batch_size: pushBatchSize });
          continue;
        }
        const expected = cause instanceof HttpError && cause.status === 409 ? errorBody(cause.body)?.expected_seq : undefined;
        if (expected === undefined) {
          const error = asAppError(cause);
          // A batch the server cannot finish in time goes out smaller next time (it may still
          // have applied part of it: the resend gets duplicates for those).
          if (error.code === 'timeout' && batch.length > 1) pushBatchSize = Math.max(1, Math.floor(batch.length / 2));
          return err(error);
        }
        // The server holds everything before `expected`; resend from there.
        const lastAssigned = (await setting(db, 'outbox_seq')) ?? 0;
        if (expected - 1 > lastAssigned) {
          return err({ code: 'seq_ahead', message: `The server expects seq ${expected} but this till has only assigned up to ${lastAssigned}.` });
        }
        if (expected <= first.seq) {
          return err({ code: 'server_behind', message: `The server expects seq ${expected}, which this till no longer holds; call support.` });
        }
        log('push gap: resending from the seq the server expects', { expected, sent_from: first.seq });
        await acknowledge(expected - 1, []);
        continue;
      }
      if (!Value.Check(PushResponseSchema, response)) {
        return err({ code: 'bad_push_response', message: 'The server sent a push answer this till does not understand; nothing was deleted.' });
      }
      const bySeq = new Map(batch.map((row) => [row.seq, row]));
      const now = new Date().toISOString();
      const rejected: RejectedRow[] = response.results
        // An applied mutation with an error had a part refused (customer_not_found: the sale stands without the customer).
        .filter((r) => r.status === 'rejected' || (r.status === 'applied' && r.error))
        .map((r) => {
          const row = bySeq.get(r.seq);
          return {
            id: r.id,
            seq: r.seq,
            type: row?.type ?? 'unknown',
            occurred_at: row?.occurred_at ?? now,
            payload: row?.payload ?? {},
            error: r.error ?? { code: 'rejected', message: 'Rejected by the server.' },
            rejected_at: now,
          };
        });
      for (const r of rejected) log('mutation rejected by the server', { seq: r.seq, type: r.type, error: r.error });
      await acknowledge(response.acked_seq, rejected);
      if (response.acked_seq < last.seq) {
        return err({ code: 'push_incomplete', message: `The server acknowledged up to seq ${response.acked_seq} of ${last.seq}.` });
      }
      // After a 413 or a timeout made batches smaller, grow back step by step.
      if (batch.length === pushBatchSize) pushBatchSize = Math.min(batchSize, pushBatchSize * 2);
    }
  }

  return pushAll;
}
