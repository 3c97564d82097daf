// Which database failures are about the database (down, restarting, overloaded, out of disk) and
// which are about the statement. The first kind is worth retrying and answers 503; the second is
// the request's (or the mutation's) fault and is never retried.
/** SQLSTATE classes that describe the server or the connection, not the statement. */
const TRANSIENT_CLASSES = new Set([
  '08', // connection exception
  '40', // serialization failure, deadlock
  '53', // insufficient resources (disk full, out of memory, too many connections)
  '57', // operator intervention: admin/crash shutdown, cannot connect now, query canceled
  '58', // system error (I/O)
]);
const TRANSIENT_STATES = new Set(['55P03', '55006']); // lock not available, object in use

/** Messages of connection failures that `pg` raises without a SQLSTATE or an errno. */
const CONNECTION_MESSAGE =
  /connection terminated|not queryable|connection (?:error|ended)|timeout exceeded when trying to connect|server closed the connection|Connection refused|pool .*ended/i;

interface ErrorLike {
  code?: unknown;
  severity?: unknown;
  errno?: unknown;
  syscall?: unknown;
  message?: unknown;
}

/** True when retrying the same work later may well succeed (the database, not the data, failed). */
export function isTransientDatabaseError(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return false;
  const e = error as ErrorLike;
  // A server-reported error (pg and PGlite both set severity): classify by SQLSTATE.
  if (typeof e.severity === 'string' && typeof e.code === 'string') {
    return TRANSIENT_CLASSES.has(e.code.slice(0, 2)) || TRANSIENT_STATES.has(e.code);
  }
  // A socket or file-system error (ECONNREFUSED, ECONNRESET, EPIPE, EIO, ENOSPC, …).
  if (typeof e.syscall === 'string' || typeof e.errno === 'number' || (typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code))) return true;
  return typeof e.message === 'string' && CONNECTION_MESSAGE.test(e.message);
}

/** The embedded database's files are gone or cannot be written (raised before the query runs). */
export class StorageFaultError extends Error {
  readonly code = 'EIO';
  readonly errno = -5;
}

/** SQLSTATEs of a server that cannot read or write its files: I/O errors (class 58) and a full disk. */
const STORAGE_STATES = /^(58|53100)/;
const STORAGE_ERRNOS = new Set(['EIO', 'ENOSPC', 'EROFS', 'EDQUOT', 'ENOENT', 'EACCES', 'EPERM']);

/**
 * True when the database cannot read or write its files (removed data dir, full or read-only disk):
 * unlike a restart this does not pass by itself, so the answer says so and an operator must act.
 */
export function isStorageFault(error: unknown): boolean {
  if (error instanceof StorageFaultError) return true;
  if (error === null || typeof error !== 'object') return false;
  const e = error as ErrorLike;
  if (typeof e.severity === 'string' && typeof e.code === 'string') return STORAGE_STATES.test(e.code);
  return typeof e.code === 'string' && typeof e.syscall === 'string' && STORAGE_ERRNOS.has(e.code);
}
