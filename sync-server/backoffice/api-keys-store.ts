// API keys as the back office manages them: create (full key returned once), list (prefix only), revoke.
// Thin queries over the api_keys table of migration 0002 until the API's own key functions land
// (sync-server/auth); the format matches SPEC §5.1: pos_live_<40 base62>, sha256 stored, 13-char prefix.
import { createHash, randomBytes } from 'node:crypto';
import { newId } from '../../core/ids';
import type { Queryable } from '../storage/database';

export const API_SCOPES = [
  'locations:read',
  'products:read',
  'products:write',
  'orders:read',
  'orders:write',
  'webhooks:read',
  'webhooks:write',
  'events:read',
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // 248 = 4 × 62: rejecting bytes above it keeps every character equally likely
      if (byte < 248 && out.length < length) out += BASE62[byte % 62];
    }
  }
  return out;
}

export interface ApiKeyView {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  location_ids: string[] | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  location_ids: string[] | null;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

function view(row: ApiKeyRow): ApiKeyView {
  return { ...row, created_at: iso(row.created_at)!, last_used_at: iso(row.last_used_at), revoked_at: iso(row.revoked_at) };
}

export async function createApiKey(
  db: Queryable,
  input: { businessId: string; name: string; scopes: string[]; locationIds: string[] | null },
): Promise<{ key: string; apiKey: ApiKeyView }> {
  const key = `pos_live_${randomBase62(40)}`;
  const { rows } = await db.query<ApiKeyRow>(
    `INSERT INTO api_keys (id, business_id, name, prefix, key_hash, scopes, location_ids)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     RETURNING id, name, prefix, scopes, location_ids, created_at, last_used_at, revoked_at`,
    [newId('key'), input.businessId, input.name, key.slice(0, 13), createHash('sha256').update(key).digest('hex'), input.scopes, input.locationIds],
  );
  return { key, apiKey: view(rows[0]!) };
}

export async function listApiKeys(db: Queryable, businessId: string): Promise<ApiKeyView[]> {
  const { rows } = await db.query<ApiKeyRow>(
    `SELECT id, name, prefix, scopes, location_ids, created_at, last_used_at, revoked_at
       FROM api_keys WHERE business_id = $1 ORDER BY revoked_at IS NOT NULL, id DESC`,
    [businessId],
  );
  return rows.map(view);
}

/** Revokes a key of this business; null when there is no such key. Revoking twice keeps the first time. */
export async function revokeApiKey(db: Queryable, businessId: string, id: string): Promise<ApiKeyView | null> {
  const { rows } = await db.query<ApiKeyRow>(
    `UPDATE api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE business_id = $1 AND id = $2
     RETURNING id, name, prefix, scopes, location_ids, created_at, last_used_at, revoked_at`,
    [businessId, id],
  );
  return rows[0] ? view(rows[0]) : null;
}
