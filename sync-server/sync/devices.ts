// Till devices: pairing with a one-time code, device tokens (shown once, stored as sha256), the
// Bearer check on every sync request, and `last_seen_at`.
import { newId } from '../../core/ids';
import { localeForCountry } from '../../core/locale-format';
import type { RolePermissions } from '../../core/roles';
import type { TillLocation } from '../../core/sync/catalog';
import { randomString, sha256Hex } from '../auth/tokens';
import { recordEvent } from '../events/outbox';
import { ApiError } from '../http/api-error';
import type { Database, Queryable } from '../storage/database';
import { bindLiveMode } from '../storage/live-mode';
import type { TaxMode } from '../../core/schema-primitives';

export const DEVICE_TOKEN_PREFIX = 'pos_dev_';
const DEVICE_TOKEN_PATTERN = /^pos_dev_[0-9A-Za-z]{40}$/;
/** last_seen_at is written at most this often per device (it is shown to a minute in the back office). */
const LAST_SEEN_RESOLUTION_SECONDS = 30;

export interface DevicePrincipal {
  id: string;
  businessId: string;
  locationId: string;
  name: string;
  /** false for a till paired with a test-mode code: everything it syncs is test-mode data */
  livemode: boolean;
}

/** `pos_dev_` + 40 base62 characters (~238 random bits). */
export function newDeviceToken(): string {
  return DEVICE_TOKEN_PREFIX + randomString(40);
}

/** Pairing codes are typed by people: case, spaces and dashes do not matter. */
export function normalizePairingCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

interface LocationRow {
  id: string;
  name: string;
  currency: string;
  tax_mode: TaxMode;
  cash_rounding: number;
  timezone: string;
  receipt_header: string;
  receipt_footer: string;
  discount_approval_basis_points: number;
  role_permissions: RolePermissions | null;
  country: string | null;
}

export async function loadTillLocation(q: Queryable, locationId: string): Promise<TillLocation> {
  const { rows } = await q.query<LocationRow>(
    `SELECT l.id, l.name, l.currency, l.tax_mode, l.cash_rounding, l.timezone, l.receipt_header, l.receipt_footer, l.discount_approval_basis_points,
            b.role_permissions, l.address->>'country' AS country
     FROM locations l JOIN businesses b ON b.id = l.business_id WHERE l.id = $1`,
    [locationId],
  );
  const row = rows[0];
  if (!row) throw new Error(`location ${locationId} does not exist`);
  const { role_permissions, country, ...rest } = row;
  const location = { ...rest, locale: localeForCountry(country) };
  // The business's role settings travel with the location (absent: core/roles defaults on the till).
  return role_permissions ? { ...location, role_permissions } : location;
}

/**
 * Pairs a till: consumes the code (row-locked, so two tills racing with one code cannot both win),
 * creates the device with a fresh token and records `device.paired`, all in one transaction.
 */
export async function pairDevice(db: Database, code: string, deviceName: string): Promise<{ device: DevicePrincipal; token: string; location: TillLocation }> {
  // A test-mode code pairs a test till: the device, its device.paired event and all it syncs are test-mode data.
  const codeHash = sha256Hex(normalizePairingCode(code));
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ business_id: string; location_id: string; usable: boolean; livemode: boolean }>(
      `SELECT business_id, location_id, livemode, (used_at IS NULL AND expires_at > now()) AS usable
       FROM pairing_codes WHERE code_hash = $1 FOR UPDATE`,
      [codeHash],
    );
    const found = rows[0];
    if (!found || !found.usable) {
      throw new ApiError(
        'authentication',
        'pairing_code_invalid',
        'This pairing code is unknown, already used or expired; create a new one in the back office.',
      );
    }
    const token = newDeviceToken();
    const device: DevicePrincipal = {
      id: newId('dev'),
      businessId: found.business_id,
      locationId: found.location_id,
      name: deviceName,
      livemode: found.livemode,
    };
    await bindLiveMode(tx, device.livemode);
    const { rows: created } = await tx.query<{ created_at: Date }>(
      `INSERT INTO devices (id, business_id, location_id, name, token_hash, last_seen_at, livemode) VALUES ($1, $2, $3, $4, $5, now(), $6) RETURNING created_at`,
      [device.id, device.businessId, device.locationId, deviceName, sha256Hex(token), device.livemode],
    );
    await tx.query('INSERT INTO device_sync_state (device_id, business_id) VALUES ($1, $2)', [device.id, device.businessId]);
    await tx.query('UPDATE pairing_codes SET used_at = now(), device_id = $2 WHERE code_hash = $1', [codeHash, device.id]);
    await recordEvent(tx, {
      businessId: device.businessId,
      type: 'device.paired',
      locationId: device.locationId,
      deviceId: device.id,
      data: {
        object: {
          id: device.id,
          object: 'device',
          location_id: device.locationId,
          name: deviceName,
          paired_at: new Date(created[0]!.created_at).toISOString(),
          livemode: device.livemode,
        },
      },
    });
    return { device, token, location: await loadTillLocation(tx, device.locationId) };
  });
}

/** The header a till sends with its outbox size on every sync request. */
export const UNSYNCED_HEADER = 'x-pos-unsynced';

/**
 * Stores the till's own count of unsynced outbox entries (a write only when it changed). The
 * back office shows tills holding sales the cloud has not received.
 */
export async function recordUnsyncedCount(db: Queryable, device: DevicePrincipal, header: string | string[] | undefined): Promise<void> {
  const text = Array.isArray(header) ? header[0] : header;
  if (text === undefined || !/^\d{1,9}$/.test(text)) return;
  await db.query(
    `UPDATE device_sync_state SET unsynced_count = $2, unsynced_reported_at = now()
     WHERE device_id = $1 AND (unsynced_count IS DISTINCT FROM $2 OR unsynced_reported_at < now() - make_interval(secs => $3))`,
    [device.id, Number(text), LAST_SEEN_RESOLUTION_SECONDS],
  );
}

/** The device behind `Authorization: Bearer <device token>`; 401 when missing, unknown or revoked. */
export async function authenticateDevice(db: Database, authorization: string | undefined): Promise<DevicePrincipal> {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (!token) throw new ApiError('authentication', 'device_token_missing', 'Send the device token as "Authorization: Bearer <token>".');
  if (!DEVICE_TOKEN_PATTERN.test(token)) throw new ApiError('authentication', 'device_token_invalid', 'This device token is not valid; pair the till again.');
  const { rows } = await db.query<{ id: string; business_id: string; location_id: string; name: string; livemode: boolean; stale: boolean }>(
    `SELECT id, business_id, location_id, name, livemode,
            (last_seen_at IS NULL OR last_seen_at < now() - make_interval(secs => $2)) AS stale
     FROM devices WHERE token_hash = $1 AND revoked_at IS NULL`,
    [sha256Hex(token), LAST_SEEN_RESOLUTION_SECONDS],
  );
  const row = rows[0];
  if (!row) throw new ApiError('authentication', 'device_token_invalid', 'This device token is unknown or was revoked; pair the till again.');
  if (row.stale) await db.query('UPDATE devices SET last_seen_at = now() WHERE id = $1', [row.id]);
  return { id: row.id, businessId: row.business_id, locationId: row.location_id, name: row.name, livemode: row.livemode };
}
