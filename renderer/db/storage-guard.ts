// Writes report storage failures (quota exceeded, database closed or blocked) as a Result, so the
// UI shows "not saved" instead of crashing — and never says "paid" for a sale that is not stored.
import { err, toAppError, type Result } from '../../core/result';

export async function storageGuard<T>(what: string, write: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await write();
  } catch (cause) {
    const error = toAppError(cause, 'storage_failed');
    console.error(`[till-db] ${what} failed`, cause);
    return err('storage_failed', `The till's database failed (${what}): ${error.message}`, { cause: (cause as { name?: string } | null)?.name ?? 'Error' });
  }
}
