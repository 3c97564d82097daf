// Sync API pairing and device auth: one-time pairing codes, their rate limit, CORS for a browser till,
// and the device token checks (missing, malformed, revoked) that guard push and pull.
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { TEST_ENGINES } from '../storage/test-database';
import { loadTillLocation } from './devices';
import { createPairingCode, pairTestDevice, pullChanges, eventTypesWhere } from './test-sync-fixtures';
import { withTestApp } from '../testing/test-app';

describe.each(TEST_ENGINES)('sync API pairing and device auth on %s', (engine) => {
  const fx = withTestApp(engine);
  const pull = (token: string, cursor = '') => pullChanges(fx.app, token, cursor);
  const eventTypes = (where: string, params: unknown[]) => eventTypesWhere(fx.db, where, params);

  describe('pairing', () => {
    it('pairs once per code, returns the location and records device.paired', async () => {
      const code = await createPairingCode(fx.db, fx.business);
      const res = await fx.app.inject({ method: 'POST', url: '/sync/v1/pair', payload: { code: ` ${code.toLowerCase()} `, device_name: 'Counter' } });
      expect(res.statusCode).toBe(200);
      const body = res.json() as { device_id: string; device_token: string; location: { id: string; tax_mode: string } };
      expect(body.device_token).toMatch(/^pos_dev_[0-9A-Za-z]{40}$/);
      // No address yet: English formats; the locale follows the location's country.
      expect(body.location).toMatchObject({ id: fx.business.locationId, tax_mode: 'inclusive', discount_approval_basis_points: 2000, locale: 'en-US' });
      await fx.db.query(`UPDATE locations SET address = '{"country":"DE"}' WHERE id = $1`, [fx.business.locationId]);
      expect(await loadTillLocation(fx.db, fx.business.locationId)).toMatchObject({ timezone: 'Europe/Berlin', locale: 'de-DE' });
      await fx.db.query(`UPDATE locations SET address = '{}' WHERE id = $1`, [fx.business.locationId]);
      expect(await eventTypes('device_id = $1', [body.device_id])).toEqual(['device.paired']);
      const stored = await fx.db.query<{ token_hash: string }>('SELECT token_hash FROM devices WHERE id = $1', [body.device_id]);
      expect(stored.rows[0]!.token_hash).not.toContain(body.device_token);

      const again = await fx.app.inject({ method: 'POST', url: '/sync/v1/pair', payload: { code, device_name: 'Thief' } });
      expect(again.statusCode).toBe(401);
      expect(again.json()).toMatchObject({ error: { type: 'authentication', code: 'pairing_code_invalid' } });
    });

    it('refuses expired and unknown codes and malformed bodies without a 500', async () => {
      const expired = await createPairingCode(fx.db, fx.business, { expired: true });
      expect((await fx.app.inject({ method: 'POST', url: '/sync/v1/pair', payload: { code: expired, device_name: 'x' } })).statusCode).toBe(401);
      expect((await fx.app.inject({ method: 'POST', url: '/sync/v1/pair', payload: { code: 'NOPE1234', device_name: 'x' } })).statusCode).toBe(401);
      const extra = await fx.app.inject({ method: 'POST', url: '/sync/v1/pair', payload: { code: 'ABCD1234', device_name: 'x', admin: true } });
      expect(extra.statusCode).toBe(400);
      expect(extra.json()).toMatchObject({ error: { type: 'invalid_request', param: 'admin' } });
      const text = await fx.app.inject({ method: 'POST', url: '/sync/v1/pair', headers: { 'content-type': 'text/plain' }, payload: 'code' });
      expect([400, 415]).toContain(text.statusCode);
    });

    it('limits pairing attempts per address', async () => {
      const limited = await buildApp({ db: fx.db, config: loadConfig({}), workers: false });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 32; i++) {
          statuses.push((await limited.inject({ method: 'POST', url: '/sync/v1/pair', payload: { code: `GUESS${i}XX`, device_name: 'x' } })).statusCode);
        }
        expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
        expect(statuses.slice(30)).toEqual([429, 429]);
        const res = await limited.inject({ method: 'POST', url: '/sync/v1/pair', payload: { code: 'GUESSXX', device_name: 'x' } });
        expect(res.headers['retry-after']).toBeDefined();
      } finally {
        await limited.close();
      }
    });

    it('answers CORS preflights for a browser till on another origin', async () => {
      const res = await fx.app.inject({
        method: 'OPTIONS',
        url: '/sync/v1/push',
        headers: {
          origin: 'http://192.168.1.20:5173',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
      expect(res.statusCode).toBe(204);
      expect(res.headers['access-control-allow-origin']).toBe('http://192.168.1.20:5173');
      expect(String(res.headers['access-control-allow-headers'])).toContain('Authorization');
    });
  });

  describe('device auth', () => {
    it('rejects missing, malformed, unknown and revoked tokens with 401, and records last_seen', async () => {
      expect((await fx.app.inject({ method: 'GET', url: '/sync/v1/pull' })).statusCode).toBe(401);
      expect((await pull('pos_dev_short')).statusCode).toBe(401);
      expect((await pull(`pos_dev_${'A'.repeat(40)}`)).statusCode).toBe(401);
      const device = await pairTestDevice(fx.app, fx.business, 'Revoked till');
      await fx.db.query('UPDATE devices SET last_seen_at = NULL WHERE id = $1', [device.device_id]);
      expect((await pull(device.device_token)).statusCode).toBe(200);
      const seen = await fx.db.query<{ last_seen_at: Date | null }>('SELECT last_seen_at FROM devices WHERE id = $1', [device.device_id]);
      expect(seen.rows[0]!.last_seen_at).not.toBeNull();
      await fx.app.inject({ method: 'GET', url: '/sync/v1/pull', headers: { authorization: `Bearer ${device.device_token}`, 'x-pos-unsynced': '7' } });
      const reported = await fx.db.query<{ unsynced_count: number }>('SELECT unsynced_count FROM device_sync_state WHERE device_id = $1', [device.device_id]);
      expect(reported.rows[0]!.unsynced_count).toBe(7);
      await fx.app.inject({ method: 'GET', url: '/sync/v1/pull', headers: { authorization: `Bearer ${device.device_token}`, 'x-pos-unsynced': 'lots' } });
      const ignored = await fx.db.query<{ unsynced_count: number }>('SELECT unsynced_count FROM device_sync_state WHERE device_id = $1', [device.device_id]);
      expect(ignored.rows[0]!.unsynced_count).toBe(7);
      await fx.db.query('UPDATE devices SET revoked_at = now() WHERE id = $1', [device.device_id]);
      const revoked = await pull(device.device_token);
      expect(revoked.statusCode).toBe(401);
      expect(revoked.json()).toMatchObject({ error: { code: 'device_token_invalid' } });
    });
  });
});
