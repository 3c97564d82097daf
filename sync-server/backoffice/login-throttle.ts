// Login lockout: too many failed sign-ins for one e-mail (or from one address) within a window
// locks further attempts until the window passes. Counted in the database, so it holds across instances.
// An attempt is reserved (counted as a failure) before its password is checked, under a lock per
// account and per address: parallel guesses cannot all be checked before the first failure counts.
import type { Database, Queryable } from '../storage/database';

export const LOCKOUT_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 50;

export interface LockState {
  locked: boolean;
  /** Seconds until an attempt is allowed again (when locked). */
  retryAfterSeconds: number;
  reason?: 'email' | 'ip';
}

/** Failures since the window start (and, per e-mail, since the last successful sign-in). */
export async function loginLockState(db: Queryable, email: string, ip: string): Promise<LockState> {
  const since = new Date(Date.now() - LOCKOUT_WINDOW_MS);
  const byEmail = await db.query<{ failures: number; oldest: Date | null }>(
    `SELECT count(*)::int AS failures, min(attempted_at) AS oldest
       FROM (SELECT attempted_at FROM backoffice_login_attempts
              WHERE email = $1 AND NOT succeeded AND attempted_at > $2
                AND attempted_at > coalesce((SELECT max(attempted_at) FROM backoffice_login_attempts WHERE email = $1 AND succeeded), '-infinity')
              ORDER BY attempted_at DESC LIMIT $3) recent`,
    [email, since, MAX_FAILURES_PER_EMAIL],
  );
  const e = byEmail.rows[0];
  if (e && e.failures >= MAX_FAILURES_PER_EMAIL && e.oldest) {
    return { locked: true, reason: 'email', retryAfterSeconds: retryAfter(e.oldest) };
  }
  const byIp = await db.query<{ failures: number; oldest: Date | null }>(
    `SELECT count(*)::int AS failures, min(attempted_at) AS oldest
       FROM (SELECT attempted_at FROM backoffice_login_attempts
              WHERE ip = $1 AND NOT succeeded AND attempted_at > $2 ORDER BY attempted_at DESC LIMIT $3) recent`,
    [ip, since, MAX_FAILURES_PER_IP],
  );
  const i = byIp.rows[0];
  if (i && i.failures >= MAX_FAILURES_PER_IP && i.oldest) {
    return { locked: true, reason: 'ip', retryAfterSeconds: retryAfter(i.oldest) };
  }
  return { locked: false, retryAfterSeconds: 0 };
}

function retryAfter(oldestCounted: Date): number {
  return Math.max(1, Math.ceil((new Date(oldestCounted).getTime() + LOCKOUT_WINDOW_MS - Date.now()) / 1000));
}

export type LoginReservation = { locked: true; state: LockState } | { locked: false; attemptId: number };

/**
 * Counts this attempt as a failure before the password is checked, unless the account or address is
 * already locked. One reservation at a time per account and per address (transaction-scoped advisory
 * locks, taken in the same order everywhere), so the count and the insert are one step on every instance.
 */
export async function reserveLoginAttempt(db: Database, email: string, ip: string): Promise<LoginReservation> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`login-email:${email}`]);
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`login-ip:${ip}`]);
    const state = await loginLockState(tx, email, ip);
    if (state.locked) return { locked: true, state };
    const { rows } = await tx.query<{ id: number }>('INSERT INTO backoffice_login_attempts (email, ip, succeeded) VALUES ($1, $2, false) RETURNING id', [
      email,
      ip,
    ]);
    // Only the last 15 minutes matter; this address's and e-mail's older rows go with each attempt.
    await tx.query(`DELETE FROM backoffice_login_attempts WHERE (email = $1 OR ip = $2) AND attempted_at < now() - interval '1 day'`, [email, ip]);
    return { locked: false, attemptId: rows[0]!.id };
  });
}

/** The password was right: the reserved attempt becomes a success (which also ends the account's failure run). */
export async function markLoginSucceeded(db: Queryable, attemptId: number): Promise<void> {
  await db.query('UPDATE backoffice_login_attempts SET succeeded = true WHERE id = $1', [attemptId]);
}
