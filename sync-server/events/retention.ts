// Retention: events (the feed) and the webhook delivery log are kept 30 days, then pruned in small
// batches so the job never holds long locks. Deliveries still waiting for a retry are never pruned.
import type { Queryable } from '../storage/database';

export const RETENTION_MS = 30 * 86_400_000;
const BATCH = 5_000;

export interface PruneResult {
  deliveries: number;
  events: number;
}

async function deleteInBatches(db: Queryable, sql: string, params: unknown[]): Promise<number> {
  let total = 0;
  for (;;) {
    const { rowCount } = await db.query(sql, params);
    total += rowCount;
    if (rowCount < BATCH) return total;
  }
}

export async function pruneOld(db: Queryable, options: { maxAgeMs?: number; now?: Date } = {}): Promise<PruneResult> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - (options.maxAgeMs ?? RETENTION_MS));
  const deliveries = await deleteInBatches(
    db,
    `DELETE FROM webhook_deliveries WHERE id IN (
       SELECT id FROM webhook_deliveries WHERE created_at < $1 AND status <> 'pending' LIMIT ${BATCH})`,
    [cutoff],
  );
  const events = await deleteInBatches(
    db,
    `DELETE FROM events WHERE seq IN (
       SELECT e.seq FROM events e WHERE e.created_at < $1
         AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = e.id AND d.status = 'pending')
       LIMIT ${BATCH})`,
    [cutoff],
  );
  return { deliveries, events };
}
