// The hardware bridge on an address chosen in the till's settings (HardwareConfig.bridge): token required,
// restarted on every settings change, configured browser origins allowed. Loopback addresses stand in for
// the LAN (127.0.0.2 is an address of this machine other than the default 127.0.0.1).
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_HARDWARE_CONFIG, type BridgeConfig, type HardwareApi, type HardwareConfig } from '../../core/hardware-contract';
import { checkBridgeConfig, createLanBridge, type LanBridge } from './lan-bridge';
import { createHardwareService, dispatchHardware } from '../hardware-service';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

const TOKEN = 'a'.repeat(12) + 'B'.repeat(12) + '-lan';
const HOST = '127.0.0.2';

async function freePort(host: string): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, host, () => r()));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((r) => server.close(r));
  return port;
}

async function service() {
  const dir = await mkdtemp(join(tmpdir(), 'pos-lan-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  let lan: LanBridge | null = null;
  const svc = await createHardwareService({
    configFile: join(dir, 'hw.json'),
    journalFile: join(dir, 'j.json'),
    onConfigChange: async (c) => (lan ? lan.apply(c.bridge) : { ok: true, value: null }),
  });
  lan = createLanBridge(svc);
  cleanups.push(() => svc.close());
  cleanups.push(() => (lan as LanBridge).close());
  const api = svc.api as HardwareApi;
  const setBridge = (bridge: BridgeConfig) => dispatchHardware(api, 'hardware:set-config', { ...DEFAULT_HARDWARE_CONFIG, bridge } satisfies HardwareConfig);
  return { api, lan, setBridge };
}

const rpc = (base: string, channel: string, token: string | null, origin?: string) =>
  fetch(`${base}/rpc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...(origin ? { origin } : {}) },
    body: '{}',
  });

describe('LAN hardware bridge chosen in the till settings', () => {
  it('listens on the chosen address once saved, requires the token, allows the configured origin, stops when switched off', async () => {
    const { api, lan, setBridge } = await service();
    const port = await freePort(HOST);
    const tablet = 'http://192.168.1.30:5173';
    expect(await setBridge({ host: HOST, port, token: TOKEN, allowedOrigins: [tablet] })).toMatchObject({ ok: true });
    const base = `http://${HOST}:${port}`;
    expect(lan.url).toBe(base);

    expect((await rpc(base, 'hardware:get-config', null)).status).toBe(401);
    expect((await rpc(base, 'hardware:get-config', 'wrong-token-wrong-token-wrong')).status).toBe(401);
    const good = await rpc(base, 'hardware:get-config', TOKEN, tablet);
    expect(good.status).toBe(200);
    expect(good.headers.get('access-control-allow-origin')).toBe(tablet);
    expect(await good.json()).toMatchObject({ ok: true, value: { bridge: { host: HOST, port } } });

    const preflight = (origin: string) =>
      fetch(`${base}/rpc/printer:status`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    expect((await preflight(tablet)).status).toBe(204);
    expect((await preflight('http://evil.example')).status).toBe(403);

    // Switched off: nothing listens there any more.
    expect(await setBridge({ host: '', port, token: '', allowedOrigins: [] })).toMatchObject({ ok: true });
    expect(lan.url).toBeNull();
    await expect(rpc(base, 'hardware:get-config', TOKEN)).rejects.toThrow();
    expect(await dispatchHardware(api, 'hardware:get-config', {})).toMatchObject({ ok: true, value: { bridge: { host: '' } } });
  });

  it('refuses a LAN bridge without a real token or with a malformed origin, and keeps the old settings', async () => {
    const { api, lan, setBridge } = await service();
    expect(await setBridge({ host: HOST, port: 17_011, token: 'short', allowedOrigins: [] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_args', message: expect.stringContaining('at least 24 characters') },
    });
    expect(await setBridge({ host: HOST, port: 17_011, token: TOKEN, allowedOrigins: ['http://x.example/path'] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_args' },
    });
    expect(lan.url).toBeNull();
    const saved = await dispatchHardware(api, 'hardware:get-config', {});
    expect(saved).toMatchObject({ ok: true, value: { printer: DEFAULT_HARDWARE_CONFIG.printer } });
    expect(saved.ok && saved.value).not.toHaveProperty('bridge');
    // The schema itself refuses control characters in the token.
    expect(await setBridge({ host: HOST, port: 17_011, token: `${TOKEN}\n`, allowedOrigins: [] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_args' },
    });
  });

  it('an address that is not on this machine is a clear error value, not a crash', async () => {
    const { lan } = await service();
    // 192.0.2.1 is TEST-NET-1: never assigned to a host, so binding fails locally (no packet leaves).
    expect(await lan.apply({ host: '192.0.2.1', port: 17_012, token: TOKEN, allowedOrigins: [] })).toMatchObject({
      ok: false,
      error: { code: 'device_unreachable', message: 'hardware bridge cannot listen on 192.0.2.1:17012: 192.0.2.1 is not an address of this machine' },
    });
    expect(lan.url).toBeNull();
  });

  it("lists this machine's addresses for the settings screen, loopback first", async () => {
    const { api } = await service();
    const r = await dispatchHardware(api, 'hardware:list-addresses', {});
    expect(r).toMatchObject({ ok: true, value: { addresses: expect.arrayContaining([{ address: '127.0.0.1', interface: expect.any(String) }]) } });
    expect(checkBridgeConfig(undefined)).toEqual({ ok: true, value: undefined });
  });
});
