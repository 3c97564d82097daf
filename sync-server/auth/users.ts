// Back-office users (managers and owners of a business).
import { newId } from '../../core/ids';
import type { Queryable } from '../storage/database';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords';

export type UserRole = 'owner' | 'manager';
export const USER_ROLES: readonly UserRole[] = ['owner', 'manager'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface UserSummary {
  id: string;
  business_id: string;
  email: string;
  role: UserRole;
}

/** Creates a user; errors (as Error with a one-line message) on a bad email, short password or taken email. */
export async function createUser(
  q: Queryable,
  input: { businessId: string; email: string; role: UserRole; password: string; name?: string },
): Promise<UserSummary> {
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email) || email.length > 254) throw new Error(`invalid email address: ${input.email}`);
  if (!USER_ROLES.includes(input.role)) throw new Error(`role must be owner or manager, got ${input.role}`);
  if (input.password.length < MIN_PASSWORD_LENGTH) throw new Error(`password must be at least ${MIN_PASSWORD_LENGTH} characters`);
  const taken = await q.query('SELECT 1 FROM users WHERE lower(email) = $1', [email]);
  if (taken.rowCount > 0) throw new Error(`a user with email ${email} already exists`);
  const id = newId('usr');
  await q.query('INSERT INTO users (id, business_id, email, name, role, password_hash) VALUES ($1, $2, $3, $4, $5, $6)', [
    id,
    input.businessId,
    email,
    input.name ?? '',
    input.role,
    await hashPassword(input.password),
  ]);
  return { id, business_id: input.businessId, email, role: input.role };
}
