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
const CONNECTION_MESSAGE = /connection terminated|not queryable|connection (?:error|ended)|timeout exceeded when trying to connect|server closed the connection|Connection refused|pool .*ended/i;

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
