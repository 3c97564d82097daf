// Back-office sessions in the database (shared by every instance): the cookie carries a random
// token, the table only its sha256. Sessions slide (idle timeout) up to an absolute lifetime.
import { randomBytes } from 'node:crypto';
import { newId } from '../../core/ids';
import { sha256Hex } from '../auth/tokens';
import type { Queryable } from '../storage/database';

export const SESSION_COOKIE = 'pos_bo_session';
export const SESSION_IDLE_MS = 12 * 3_600_000;
export const SESSION_MAX_MS = 7 * 86_400_000;
/** last_seen_at is written at most this often, so reading pages is not a write per request. */
const TOUCH_EVERY_MS = 5 * 60_000;

export type Role = 'owner' | 'manager';

export interface BackofficeSession {
  id: string;
  businessId: string;
  userId: string;
  email: string;
  name: string;
  role: Role;
  /** Secret the CSRF tokens of this session are derived from (never sent to the browser). */
  csrfSecret: string;
}

export async function createSession(
  db: Queryable,
  user: { id: string; business_id: string },
  csrfSecret: string,
): Promise<{ id: string; token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const id = newId('ses');
  const expiresAt = new Date(Date.now() + SESSION_IDLE_MS);
  await db.query(`INSERT INTO sessions (id, business_id, user_id, token_hash, csrf_secret, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
    id,
    user.business_id,
    user.id,
    sha256Hex(token),
    csrfSecret,
    expiresAt,
  ]);
  // Sign-ins are rare enough to carry the clean-up: the user's own expired sessions go now.
  await db.query('DELETE FROM sessions WHERE user_id = $1 AND expires_at < now()', [user.id]);
  return { id, token, expiresAt };
}

interface SessionRow {
  id: string;
  business_id: string;
  user_id: string;
  csrf_secret: string | null;
  created_at: Date;
  last_seen_at: Date;
  email: string;
  name: string;
  role: Role;
}

/** The live session for a cookie token, or null (unknown, expired, or its user disabled). */
export async function findSession(db: Queryable, token: string): Promise<BackofficeSession | null> {
  if (token.length < 20 || token.length > 100) return null;
  const { rows } = await db.query<SessionRow>(
    `SELECT s.id, s.business_id, s.user_id, s.csrf_secret, s.created_at, s.last_seen_at, u.email, u.name, u.role
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.expires_at > now() AND u.disabled_at IS NULL`,
    [sha256Hex(token)],
  );
  const row = rows[0];
  if (!row || !row.csrf_secret) return null;
  const now = Date.now();
  if (now - new Date(row.created_at).getTime() > SESSION_MAX_MS) return null;
  if (now - new Date(row.last_seen_at).getTime() > TOUCH_EVERY_MS) {
    const maxExpiry = new Date(row.created_at).getTime() + SESSION_MAX_MS;
    await db.query(`UPDATE sessions SET last_seen_at = now(), expires_at = $2 WHERE id = $1`, [row.id, new Date(Math.min(now + SESSION_IDLE_MS, maxExpiry))]);
  }
  return {
    id: row.id,
    businessId: row.business_id,
    userId: row.user_id,
    email: row.email,
    name: row.name,
    role: row.role,
    csrfSecret: row.csrf_secret,
  };
}

export async function deleteSession(db: Queryable, id: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE id = $1', [id]);
}

export async function deleteUserSessions(db: Queryable, userId: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
}
