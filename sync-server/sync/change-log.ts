// Retention of the pull change log (sync_changes): old rows are deleted in small batches and the
// highest deleted position per business is kept, so pull can tell a cursor that is too old.
import type { Queryable } from '../storage/database';

export const CHANGE_LOG_RETENTION_MS = 30 * 86_400_000;
const BATCH = 5_000;

/**
 * Deletes change-log rows older than the retention (only of committed transactions, below the
 * snapshot horizon) and raises each business's pruned watermark. Returns the rows deleted.
 */
export async function pruneSyncChanges(db: Queryable, options: { maxAgeMs?: number; now?: Date } = {}): Promise<number> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - (options.maxAgeMs ?? CHANGE_LOG_RETENTION_MS));
  let total = 0;
  for (;;) {
    const { rows } = await db.query<{ n: number }>(
      `WITH doomed AS (
         SELECT seq FROM sync_changes
         WHERE changed_at < $1 AND xact_id < pg_snapshot_xmin(pg_current_snapshot())
         ORDER BY xact_id, seq LIMIT ${BATCH}
       ), deleted AS (
         DELETE FROM sync_changes c USING doomed d WHERE c.seq = d.seq RETURNING c.business_id, c.xact_id, c.seq
       ), tops AS (
         SELECT DISTINCT ON (business_id) business_id, xact_id, seq FROM deleted ORDER BY business_id, xact_id DESC, seq DESC
       ), marked AS (
         INSERT INTO sync_changes_pruned (business_id, xact_id, seq) SELECT business_id, xact_id, seq FROM tops
         ON CONFLICT (business_id) DO UPDATE SET xact_id = excluded.xact_id, seq = excluded.seq
           WHERE (sync_changes_pruned.xact_id, sync_changes_pruned.seq) < (excluded.xact_id, excluded.seq)
       )
       SELECT count(*)::int AS n FROM deleted`,
      [cutoff],
    );
    const n = rows[0]?.n ?? 0;
    total += n;
    if (n < BATCH) return total;
  }
}

/** True when changes after `cursor` may have been pruned: the till must start over with a snapshot. */
export async function cursorExpired(q: Queryable, businessId: string, cursor: { xactId: string; seq: number }): Promise<boolean> {
  const { rows } = await q.query<{ expired: boolean }>(
    `SELECT ($2::text::xid8, $3::bigint) < (xact_id, seq) AS expired FROM sync_changes_pruned WHERE business_id = $1`,
    [businessId, cursor.xactId, cursor.seq],
  );
  return rows[0]?.expired ?? false;
}
