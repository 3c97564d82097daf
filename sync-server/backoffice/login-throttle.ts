// Login lockout: too many failed sign-ins for one e-mail (or from one address) within a window
// locks further attempts until the window passes. Counted in the database, so it holds across instances.
import type { Queryable } from '../storage/database';

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

export async function recordLoginAttempt(db: Queryable, email: string, ip: string, succeeded: boolean): Promise<void> {
  await db.query('INSERT INTO backoffice_login_attempts (email, ip, succeeded) VALUES ($1, $2, $3)', [email, ip, succeeded]);
  // Only the last 15 minutes matter; this address's and e-mail's older rows go with each attempt.
  await db.query(`DELETE FROM backoffice_login_attempts WHERE (email = $1 OR ip = $2) AND attempted_at < now() - interval '1 day'`, [email, ip]);
}
