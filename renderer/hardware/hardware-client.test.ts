// The till's two hardware clients (renderer/hardware/hardware-client.ts): the IPC client over window.pos
// in Electron and the bridge client's request mapping with a stubbed fetch. The bridge client against a
// real loopback bridge is in test/hardware-client-bridge.test.ts and test/hardware-client-events.test.ts.
import { describe, expect, it } from 'vitest';
import type { PosPreloadApi } from '../../core/hardware-contract';
import { ok } from '../../core/result';
import { createBridgeClient, createIpcClient } from './hardware-client';

const SCAN = { code: 'x', at: '2026-11-23T09:00:00.000Z' };

describe('hardware clients', () => {
  it('IPC client calls the window.pos function of the channel and subscribes through pos.on', async () => {
    const calls: unknown[] = [];
    const pos = {
      'printer:status': async (a: unknown) => {
        calls.push(a);
        return ok({ online: true, paperOut: false, paperNearEnd: false, coverOpen: false, drawerOpen: null });
      },
      on: (event: string, l: (p: unknown) => void) => {
        l({ event });
        return () => {};
      },
    } as unknown as PosPreloadApi;
    const client = createIpcClient(pos);
    expect(await client.send('printer:status', {})).toMatchObject({ ok: true, value: { online: true } });
    expect(calls).toEqual([{}]);
    const seen: unknown[] = [];
    client.on('scanner:scan', (p) => seen.push(p));
    expect(seen).toEqual([{ event: 'scanner:scan' }]);
  });

  it('bridge client posts to /rpc/<channel> with the bearer token and maps failures to error values', async () => {
    const requests: { url: string; init: RequestInit | undefined }[] = [];
    const reply =
      (body: string, status = 200) =>
      async (url: string | URL | Request, init?: RequestInit) => {
        requests.push({ url: String(url), init });
        return new Response(body, { status, headers: { 'content-type': 'application/json' } });
      };
    const good = createBridgeClient('http://127.0.0.1:1234/', 'tok', { fetch: reply(JSON.stringify({ ok: true, value: { opened: true } })) });
    expect(await good.send('drawer:open', {})).toEqual({ ok: true, value: { opened: true } });
    expect(requests[0]?.url).toBe('http://127.0.0.1:1234/rpc/drawer:open');
    expect((requests[0]?.init?.headers as Record<string, string>).authorization).toBe('Bearer tok');

    const denied = createBridgeClient('http://x', 't', { fetch: reply(JSON.stringify({ ok: false, error: { code: 'unauthorized', message: 'no' } }), 401) });
    expect(await denied.send('drawer:open', {})).toEqual({ ok: false, error: { code: 'unauthorized', message: 'no' } });
    const html = createBridgeClient('http://x', 't', { fetch: reply('<html>', 502) });
    expect(await html.send('drawer:open', {})).toMatchObject({ ok: false, error: { code: 'protocol_error' } });
    const odd = createBridgeClient('http://x', 't', { fetch: reply('{"hello":1}') });
    expect(await odd.send('drawer:open', {})).toMatchObject({ ok: false, error: { code: 'protocol_error' } });
    const down = createBridgeClient('http://x', 't', {
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    expect(await down.send('drawer:open', {})).toEqual({
      ok: false,
      error: { code: 'bridge_unreachable', message: 'hardware bridge unreachable: fetch failed' },
    });
  });
});

describe('IPC client', () => {
  it('forwards each channel to its window.pos function and returns its Result untouched', async () => {
    const calls: [string, unknown][] = [];
    const result = ok({ online: true, paperOut: false, paperNearEnd: false, coverOpen: false, drawerOpen: false });
    const pos = {
      'printer:status': async (a: unknown) => {
        calls.push(['printer:status', a]);
        return result;
      },
      'drawer:open': async (a: unknown) => {
        calls.push(['drawer:open', a]);
        return { ok: false, error: { code: 'printer_offline', message: 'offline' } };
      },
    } as unknown as PosPreloadApi;
    const c = createIpcClient(pos);
    expect(await c.send('printer:status', {})).toBe(result);
    expect(await c.send('drawer:open', {})).toEqual({ ok: false, error: { code: 'printer_offline', message: 'offline' } });
    expect(calls).toEqual([
      ['printer:status', {}],
      ['drawer:open', {}],
    ]);
  });

  it('subscribes through pos.on and hands back its unsubscribe; close() leaves window.pos alone', () => {
    const subscribed = new Map<string, Set<(p: unknown) => void>>();
    const pos = {
      on: (event: string, l: (p: unknown) => void) => {
        const set = subscribed.get(event) ?? new Set();
        subscribed.set(event, set);
        set.add(l);
        return () => set.delete(l);
      },
    } as unknown as PosPreloadApi;
    const c = createIpcClient(pos);
    const seen: unknown[] = [];
    const off = c.on('scanner:scan', (p) => seen.push(p));
    for (const l of subscribed.get('scanner:scan') ?? []) l(SCAN);
    off();
    expect(subscribed.get('scanner:scan')?.size).toBe(0);
    c.close();
    expect(seen).toEqual([SCAN]);
    expect(subscribed.size).toBe(1);
  });
});
