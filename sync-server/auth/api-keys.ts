// Integrator API keys (SPEC §5.1): `pos_live_` (or, in test mode, `pos_test_`) + 40 base62
// characters, shown once, stored as a sha256 hash (a key carries ~238 random bits, so a slow hash
// would add nothing), with scopes, the locations the key may access and its mode (livemode).
import { randomString, sha256Hex } from './tokens';
import { newId } from '../../core/ids';
import type { Queryable } from '../storage/database';

export const API_SCOPES = [
  'locations:read',
  'locations:write',
  'products:read',
  'products:write',
  'orders:read',
  'orders:write',
  'webhooks:read',
  'webhooks:write',
  'events:read',
  'customers:read',
  'customers:write',
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const API_KEY_PREFIX = 'pos_live_';
/** Test-mode keys (issue 13): they see and create only test-mode data. */
export const TEST_API_KEY_PREFIX = 'pos_test_';
const KEY_BODY_LENGTH = 40;
/** `pos_live_` or `pos_test_` + at least 32 base62 characters; anything else is not a key we issued. */
export const API_KEY_PATTERN = /^pos_(live|test)_[0-9A-Za-z]{32,128}$/;

/**
 * Scopes whose writes change the catalog and locations, which live and test mode share (test tills
 * and test orders sell the real products): a test key holding one is refused (403 livemode_required).
 */
export const LIVE_ONLY_SCOPES: readonly ApiScope[] = ['products:write', 'locations:write'];

/** The authenticated caller of an API v1 request. */
export interface ApiKeyPrincipal {
  id: string;
  businessId: string;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  /** the locations the key may access, or 'all' */
  locationIds: string[] | 'all';
  /** false for a pos_test_ key: it sees and creates test-mode data only */
  livemode: boolean;
}

export interface ApiKeySummary {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  locations: string[] | 'all';
  livemode: boolean;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

interface ApiKeyRow {
  id: string;
  business_id: string;
  name: string;
  prefix: string;
  scopes: string[];
  location_ids: string[] | null;
  livemode: boolean;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export function isApiScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value);
}

export async function createApiKey(
  q: Queryable,
  input: { businessId: string; name: string; scopes: ApiScope[]; locationIds: string[] | 'all'; livemode?: boolean },
): Promise<{ id: string; key: string; prefix: string; livemode: boolean }> {
  const livemode = input.livemode ?? true;
  const keyPrefix = livemode ? API_KEY_PREFIX : TEST_API_KEY_PREFIX;
  const key = `${keyPrefix}${randomString(KEY_BODY_LENGTH)}`;
  const prefix = key.slice(0, keyPrefix.length + 4);
  const id = newId('key');
  await q.query(
    'INSERT INTO api_keys (id, business_id, name, prefix, key_hash, scopes, location_ids, livemode) VALUES ($1, $2, $3, $4, $5, $6::text[], $7::text[], $8)',
    [
      id,
      input.businessId,
      input.name,
      prefix,
      sha256Hex(key),
      [...new Set(input.scopes)],
      input.locationIds === 'all' ? null : [...new Set(input.locationIds)],
      livemode,
    ],
  );
  return { id, key, prefix, livemode };
}

/** The columns of an api_keys row that authentication reads (revoked_at as a statement's JSON may carry it). */
export type ApiKeyAuthRow = Pick<ApiKeyRow, 'id' | 'business_id' | 'name' | 'prefix' | 'scopes' | 'location_ids' | 'livemode'> & {
  revoked_at: Date | string | null;
};

export type KeyLookup = { ok: true; principal: ApiKeyPrincipal } | { ok: false; reason: 'malformed' | 'unknown' | 'revoked' };

/** Resolves a presented key. Unknown and revoked keys are told apart only in the error code, never in timing-relevant ways. */
export async function findApiKey(q: Queryable, presented: string): Promise<KeyLookup> {
  if (!API_KEY_PATTERN.test(presented)) return { ok: false, reason: 'malformed' };
  const { rows } = await q.query<ApiKeyRow>('SELECT * FROM api_keys WHERE key_hash = $1', [sha256Hex(presented)], { name: 'api_key_by_hash' });
  return keyLookup(rows[0]);
}

/**
 * What the api_keys row found by a key's hash (undefined: none) means, for findApiKey and for a
 * statement that reads the row itself (POST /api/v1/orders, api/api-auth.ts "in-handler").
 */
export function keyLookup(row: ApiKeyAuthRow | undefined): KeyLookup {
  if (!row) return { ok: false, reason: 'unknown' };
  if (row.revoked_at) return { ok: false, reason: 'revoked' };
  return {
    ok: true,
    principal: {
      id: row.id,
      businessId: row.business_id,
      name: row.name,
      prefix: row.prefix,
      scopes: row.scopes.filter(isApiScope),
      locationIds: row.location_ids ?? 'all',
      livemode: row.livemode,
    },
  };
}

function summary(row: ApiKeyRow): ApiKeySummary {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes.filter(isApiScope),
    locations: row.location_ids ?? 'all',
    livemode: row.livemode,
    created_at: new Date(row.created_at).toISOString(),
    last_used_at: row.last_used_at ? new Date(row.last_used_at).toISOString() : null,
    revoked_at: row.revoked_at ? new Date(row.revoked_at).toISOString() : null,
  };
}

export async function listApiKeys(q: Queryable, businessId?: string): Promise<ApiKeySummary[]> {
  const { rows } = businessId
    ? await q.query<ApiKeyRow>('SELECT * FROM api_keys WHERE business_id = $1 ORDER BY id', [businessId])
    : await q.query<ApiKeyRow>('SELECT * FROM api_keys ORDER BY id');
  return rows.map(summary);
}

/** Revokes a key; returns its summary, or null when no such key exists. Revoking twice keeps the first time. */
export async function revokeApiKey(q: Queryable, id: string, businessId?: string): Promise<ApiKeySummary | null> {
  const { rows } = await q.query<ApiKeyRow>(
    `UPDATE api_keys SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1 ${businessId ? 'AND business_id = $2' : ''} RETURNING *`,
    businessId ? [id, businessId] : [id],
  );
  return rows[0] ? summary(rows[0]) : null;
}

export async function touchApiKey(q: Queryable, id: string): Promise<void> {
  await q.query('UPDATE api_keys SET last_used_at = now() WHERE id = $1', [id], { name: 'api_key_touch' });
}
