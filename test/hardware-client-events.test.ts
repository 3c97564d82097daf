// The bridge client's push events (renderer/hardware/hardware-client.ts) over a real WebSocket to a
// loopback stand-in for the bridge: listeners, unsubscribing, and reconnects after drops and refusals.
import { describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { collector, scan, TOKEN, trackingFactory, useFakeBridge } from './fake-hardware-bridge';

describe('bridge client push events over a real WebSocket', () => {
  const t = useFakeBridge();
  const client = t.client;

  it('delivers events to their listeners, ignores what is not an event, and stops after unsubscribe', async () => {
    const { factory, opened } = trackingFactory();
    const c = client(t.bridge.url, TOKEN, { webSocket: factory });
    const scans = collector<{ code: string; at: string }>();
    const statuses = collector<{ paymentId: string | null; message: string }>();
    const unsubscribeScan = c.on('scanner:scan', scans.listener);
    c.on('terminal:status', statuses.listener);
    expect(opened).toHaveLength(1); // one socket for all listeners
    expect(opened[0]?.url).toBe(`${t.bridge.url.replace('http', 'ws')}/events?token=${encodeURIComponent(TOKEN)}`);
    await t.bridge.waitForSockets(1);

    t.bridge.sendRaw('not json');
    t.bridge.sendRaw(JSON.stringify({ payload: 'no event name' }));
    t.bridge.push('printer:status', { online: false }); // nobody listens
    t.bridge.push('scanner:scan', scan('4006381333931'));
    await scans.waitFor(1);
    expect(scans.seen).toEqual([scan('4006381333931')]);

    unsubscribeScan();
    t.bridge.push('scanner:scan', scan('should-not-arrive'));
    t.bridge.push('terminal:status', { paymentId: 'pay_1', message: 'Insert card' });
    // Same socket, in order: once the later status arrived, the earlier scan would have too.
    await statuses.waitFor(1);
    expect(statuses.seen).toEqual([{ paymentId: 'pay_1', message: 'Insert card' }]);
    expect(scans.seen).toHaveLength(1);
    expect(t.bridge.upgradeAttempts).toBe(1);
  });

  it('two listeners of one event both hear it; unsubscribing one keeps the other', async () => {
    const c = client(t.bridge.url, TOKEN, { webSocket: trackingFactory().factory });
    const a = collector<{ code: string }>();
    const b = collector<{ code: string }>();
    const offA = c.on('scanner:scan', a.listener);
    c.on('scanner:scan', b.listener);
    await t.bridge.waitForSockets(1);
    t.bridge.push('scanner:scan', scan('1'));
    await Promise.all([a.waitFor(1), b.waitFor(1)]);
    offA();
    t.bridge.push('scanner:scan', scan('2'));
    await b.waitFor(2);
    expect(a.seen.map((p) => p.code)).toEqual(['1']);
    expect(b.seen.map((p) => p.code)).toEqual(['1', '2']);
  });

  it('reconnects after the bridge drops the socket while someone listens', async () => {
    const c = client(t.bridge.url, TOKEN, { webSocket: trackingFactory().factory, reconnectMs: 5 });
    const scans = collector<{ code: string }>();
    c.on('scanner:scan', scans.listener);
    await t.bridge.waitForSockets(1);
    t.bridge.sockets[0]?.terminate();
    await t.bridge.waitForSockets(2);
    t.bridge.push('scanner:scan', scan('after-reconnect'));
    await scans.waitFor(1);
    expect(scans.seen.map((p) => p.code)).toEqual(['after-reconnect']);
  });

  it('keeps retrying while the bridge refuses the token, and close() stops it', async () => {
    const { factory, opened } = trackingFactory();
    const c = client(t.bridge.url, 'wrong', { webSocket: factory, reconnectMs: 5 });
    const scans = collector<unknown>();
    c.on('scanner:scan', scans.listener);
    await t.bridge.waitForAttempts(2); // refused (401 → error + close), then retried
    expect(t.bridge.sockets).toHaveLength(0);
    c.close();
    const attempts = opened.length;
    // A closed client opens nothing, even when asked to listen again.
    c.on('scanner:scan', scans.listener);
    expect(opened).toHaveLength(attempts);
    expect(scans.seen).toEqual([]);
  });

  it('does not reconnect once every listener has unsubscribed', async () => {
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const { factory, waitForClosed } = trackingFactory();
    const c = client(t.bridge.url, TOKEN, { webSocket: factory, reconnectMs: 4321 });
    const off = c.on('scanner:scan', () => {});
    await t.bridge.waitForSockets(1);
    off();
    t.bridge.sockets[0]?.terminate();
    await waitForClosed(1);
    expect(setTimeoutSpy.mock.calls.filter(([, ms]) => ms === 4321)).toEqual([]);
    // Subscribing again opens a fresh socket.
    c.on('scanner:scan', () => {});
    await t.bridge.waitForSockets(2);
  });

  it('waits 2 s before reconnecting by default, and close() cancels the pending reconnect', async () => {
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const clearTimeoutSpy = vi.spyOn(globalThis, 'clearTimeout');
    const { factory, opened, waitForClosed } = trackingFactory();
    const c = client(t.bridge.url, TOKEN, { webSocket: factory });
    c.on('scanner:scan', () => {});
    await t.bridge.waitForSockets(1);
    t.bridge.sockets[0]?.terminate();
    await waitForClosed(1);
    const pending = setTimeoutSpy.mock.results[setTimeoutSpy.mock.calls.findIndex(([, ms]) => ms === 2000)];
    expect(pending).toBeDefined();
    c.close();
    expect(clearTimeoutSpy).toHaveBeenCalledWith(pending?.value);
    expect(opened).toHaveLength(1);
  });

  it('uses the global WebSocket when none is passed, and says so when there is none', async () => {
    vi.stubGlobal('WebSocket', WebSocket);
    const c = client(t.bridge.url, TOKEN);
    const scans = collector<{ code: string }>();
    c.on('scanner:scan', scans.listener);
    await t.bridge.waitForSockets(1);
    t.bridge.push('scanner:scan', scan('global'));
    await scans.waitFor(1);

    vi.stubGlobal('WebSocket', undefined);
    const bare = client(t.bridge.url, TOKEN);
    expect(() => bare.on('scanner:scan', () => {})).toThrow('no WebSocket implementation: pass options.webSocket');
  });

  it('close() on a client that never subscribed is harmless, and send still works after it', async () => {
    const c = client(t.bridge.url, TOKEN, { webSocket: trackingFactory().factory });
    c.close();
    expect(await c.send('printer:status', {})).toMatchObject({ ok: true });
    expect(t.bridge.upgradeAttempts).toBe(0);
  });
});
