// Write combining for POST /api/v1/orders (docs/decisions.md "API orders combined per location"):
// while a location's write statement is in flight, the orders that arrive for it wait here; the next
// statement takes all of them (up to BATCH_CAP) at once (placeApiOrders), so one commit — one WAL flush,
// one hold of the counter and stock rows — serves k orders and throughput grows with the clients while
// the numbers stay gapless and the stock exact. An order arriving at an idle location is written at
// once (no waiting for company). A batch the database refuses is written again one order at a time, so
// only the bad order fails, with its own error.
import type { Order } from '../../core/api/orders';
import type { Queryable } from '../storage/database';
import { placeApiOrders, type ApiOrderWrite } from './place-api-order';

/** Orders per statement at most: bounds the statement's size and the wait of the last in a queue. */
export const BATCH_CAP = 32;

interface Pending {
  write: ApiOrderWrite;
  resolve(order: Order): void;
  reject(error: unknown): void;
}

export class ApiOrderWriter {
  /** Per location and mode: the orders waiting for the statement in flight (present while one is). */
  private readonly queues = new Map<string, Pending[]>();

  constructor(
    private readonly db: Queryable,
    private readonly cap = BATCH_CAP,
  ) {}

  /** Writes the order with whatever else waits for its location; resolves to it with its number. */
  write(write: ApiOrderWrite): Promise<Order> {
    const row = write.prepared.row;
    const key = `${row.business_id}\n${row.location_id}\n${row.livemode}`;
    return new Promise<Order>((resolve, reject) => {
      const pending = { write, resolve, reject };
      const queue = this.queues.get(key);
      if (queue) {
        queue.push(pending);
        return;
      }
      const fresh = [pending];
      this.queues.set(key, fresh);
      void this.drain(key, fresh);
    });
  }

  private async drain(key: string, queue: Pending[]): Promise<void> {
    // Nothing awaits between the empty check and the delete, so no order is left behind.
    while (queue.length > 0) await this.writeBatch(queue.splice(0, this.cap));
    this.queues.delete(key);
  }

  private async writeBatch(batch: Pending[]): Promise<void> {
    try {
      const orders = await placeApiOrders(
        this.db,
        batch.map((p) => p.write),
      );
      batch.forEach((p, i) => p.resolve(orders[i]!));
      return;
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
    }
    // The statement wrote nothing: one by one, in the same order, so only the bad one fails.
    for (const p of batch) {
      try {
        p.resolve((await placeApiOrders(this.db, [p.write]))[0]!);
      } catch (error) {
        p.reject(error);
      }
    }
  }
}
