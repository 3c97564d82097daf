// Test mode (issue 13): binds a transaction to test mode, so every row it inserts (orders, payments,
// refunds, events, customers, shifts, …) gets livemode = false from the column default
// pos_livemode() (migration 0120). Live transactions need no call: the default outside is live.
import type { Queryable } from './database';

/** Makes the rows `tx` inserts from here to its commit test-mode rows when `livemode` is false. */
export async function bindLiveMode(tx: Queryable, livemode: boolean): Promise<void> {
  if (!livemode) await tx.query(`SELECT set_config('pos.livemode', 'false', true)`);
}

/** "live" or "test", as keys and the docs name the two modes. */
export const modeName = (livemode: boolean): 'live' | 'test' => (livemode ? 'live' : 'test');
