// Appends a mutation to the outbox with the next gapless seq. Call it inside the write
// transaction that records the change itself, so the change and its mutation commit together.
import Dexie from 'dexie';
import { uuidv7 } from 'uuidv7';
import type { MutationPayloads, MutationType } from '../../core/sync/mutations';
import { forgetSaleContext } from './sale-context';
import type { OutboxRow, SettingRow, TillDb } from './till-db';

export async function appendMutation<K extends MutationType>(db: TillDb, type: K, payload: MutationPayloads[K], occurredAt: string): Promise<OutboxRow> {
  if (!Dexie.currentTransaction) throw new Error('appendMutation must run inside a Dexie transaction');
  // The seq taken here is not in recordSale's memory: its next sale reads the counters again
  // (it would notice anyway, but only after a wasted attempt).
  forgetSaleContext(db);
  const last = ((await db.settings.get('outbox_seq')) as SettingRow<'outbox_seq'> | undefined)?.value ?? 0;
  const row = nextMutation(last, type, payload, occurredAt);
  await db.settings.put({ key: 'outbox_seq', value: row.seq });
  await db.outbox.add(row);
  return row;
}

/**
 * The outbox row after seq `last`, for a writer that read `outbox_seq` itself (with its other
 * reads, in the same transaction): it must put the row and `outbox_seq = row.seq` in that transaction.
 */
export function nextMutation<K extends MutationType>(last: number, type: K, payload: MutationPayloads[K], occurredAt: string): OutboxRow {
  return { seq: last + 1, id: uuidv7(), type, occurred_at: occurredAt, payload: payload as Record<string, unknown> };
}
