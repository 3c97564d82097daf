// One-time pairing codes for tills (`devices pair-code`): 8 characters typed on the till, valid
// 15 minutes, stored as a sha256 of the normalised code. sync/devices.ts consumes them. A test-mode
// code pairs a test till, whose sales are test-mode data (docs/api.md "Test mode").
import { normalizePairingCode } from '../sync/devices';
import { randomString, sha256Hex } from './tokens';
import type { Queryable } from '../storage/database';

export const PAIRING_CODE_TTL_MS = 15 * 60_000;
// No 0/O, 1/I/L: codes are read off a screen and typed.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export async function createPairingCode(
  q: Queryable,
  input: { businessId: string; locationId: string; ttlMs?: number; livemode?: boolean },
): Promise<{ code: string; location_id: string; expires_at: string; livemode: boolean }> {
  const livemode = input.livemode ?? true;
  const raw = randomString(8, ALPHABET);
  const code = `${raw.slice(0, 4)}-${raw.slice(4)}`;
  const { rows } = await q.query<{ expires_at: Date }>(
    `INSERT INTO pairing_codes (code_hash, business_id, location_id, expires_at, livemode) VALUES ($1, $2, $3, now() + $4 * interval '1 millisecond', $5) RETURNING expires_at`,
    [sha256Hex(normalizePairingCode(code)), input.businessId, input.locationId, input.ttlMs ?? PAIRING_CODE_TTL_MS, livemode],
  );
  return { code, location_id: input.locationId, expires_at: new Date(rows[0]!.expires_at).toISOString(), livemode };
}
