// Retries a small piece of database work through an outage (a restart takes seconds): used where
// giving up would leave a row claimed or leased until it times out, or would send something twice.
import { isTransientDatabaseError } from './database-errors';

export interface RetryOptions {
  /** give up (rethrow the last error) once this much time has passed */
  forMs: number;
  firstDelayMs?: number;
  maxDelayMs?: number;
}

/** Runs `work`; on a transient database error waits (250 ms doubling to 2 s) and runs it again, for at most `forMs`. */
export async function retryTransient<T>(work: () => Promise<T>, options: RetryOptions): Promise<T> {
  const end = Date.now() + options.forMs;
  for (let delay = options.firstDelayMs ?? 250; ; delay = Math.min(delay * 2, options.maxDelayMs ?? 2_000)) {
    try {
      return await work();
    } catch (error) {
      if (!isTransientDatabaseError(error) || Date.now() + delay > end) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, delay).unref());
  }
}
