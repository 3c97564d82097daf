// The bridge client (renderer/hardware/hardware-client.ts) against a real loopback HTTP + WebSocket server that
// speaks the bridge's wire format, so fetch, headers, status codes and socket reconnects are real.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import type { HardwareClient, PosPreloadApi } from '../core/hardware-contract';
import { createBridgeClient, createIpcClient, type WebSocketLike } from '../renderer/hardware/hardware-client';
import { ok } from '../core/result';

const TOKEN = 'tök en/+=&'; // characters that must be escaped in the ?token= query

interface Rpc {
  channel: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: unknown;
}

/** A stand-in for hardware/bridge: POST /rpc/<channel> answers by channel, /events pushes what the test sends. */
class FakeBridge {
  readonly rpcs: Rpc[] = [];
  readonly sockets: WebSocket[] = [];
  upgradeAttempts = 0;
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly server: Server;
  private readonly socketWaiters: (() => void)[] = [];
  private readonly attemptWaiters: (() => void)[] = [];
  url = '';

  constructor() {
    this.server = createServer((req, res) => {
      void this.handleRpc(req).then(({ status, body }) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(body);
      });
    });
    this.server.on('upgrade', (req, socket, head) => {
      this.upgradeAttempts++;
      socket.on('error', () => {}); // a closing client may reset the connection mid-handshake; that is expected here
      for (const w of this.attemptWaiters.splice(0)) w();
      const u = new URL(req.url ?? '/', 'http://x');
      if (u.pathname !== '/events' || u.searchParams.get('token') !== TOKEN) {
        socket.end('HTTP/1.1 401 Unauthorized\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => {
        this.sockets.push(ws);
        for (const w of this.socketWaiters.splice(0)) w();
      });
    });
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  private async handleRpc(req: IncomingMessage): Promise<{ status: number; body: string }> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const channel = decodeURIComponent((req.url ?? '').replace(/^\/rpc\//, ''));
    this.rpcs.push({
      channel,
      authorization: req.headers.authorization,
      contentType: req.headers['content-type'],
      body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
    });
    if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      return { status: 401, body: JSON.stringify({ ok: false, error: { code: 'unauthorized', message: 'missing or wrong hardware bridge token' } }) };
    }
    switch (channel) {
      case 'printer:status':
        return { status: 200, body: JSON.stringify({ ok: true, value: { online: true, paperOut: false, paperNearEnd: true, coverOpen: false, drawerOpen: null } }) };
      case 'drawer:open':
        return { status: 503, body: JSON.stringify({ ok: false, error: { code: 'printer_offline', message: 'printer at tcp://10.0.0.5:9100 is offline', details: { uri: 'tcp://10.0.0.5:9100' } } }) };
      case 'display:show':
        // ok:false without an AppError inside: not the bridge's format
        return { status: 500, body: JSON.stringify({ ok: false, error: 'boom' }) };
      default:
        return { status: 502, body: '<html>bad gateway</html>' };
    }
  }

  /** Resolves once the server holds `n` accepted event sockets. */
  async waitForSockets(n: number): Promise<void> {
    while (this.sockets.length < n) await new Promise<void>((r) => this.socketWaiters.push(r));
  }

  async waitForAttempts(n: number): Promise<void> {
    while (this.upgradeAttempts < n) await new Promise<void>((r) => this.attemptWaiters.push(r));
  }

  push(event: unknown, payload?: unknown): void {
    for (const s of this.sockets) if (s.readyState === WebSocket.OPEN) s.send(JSON.stringify({ event, payload }));
  }

  sendRaw(data: string): void {
    for (const s of this.sockets) if (s.readyState === WebSocket.OPEN) s.send(data);
  }

  async close(): Promise<void> {
    for (const s of this.wss.clients) s.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** A `ws` factory that also tells the test when the client's socket has closed (after the client's own onclose ran). */
function trackingFactory() {
  const opened: WebSocket[] = [];
  const closedWaiters: (() => void)[] = [];
  let closedCount = 0;
  const factory = (url: string): WebSocketLike => {
    const ws = new WebSocket(url);
    opened.push(ws);
    // Registered before the client assigns onclose; the promise continuation runs after both listeners.
    ws.on('close', () => {
      closedCount++;
      for (const w of closedWaiters.splice(0)) w();
    });
    return ws as unknown as WebSocketLike;
  };
  const waitForClosed = async (n: number) => {
    while (closedCount < n) await new Promise<void>((r) => closedWaiters.push(r));
  };
  return { factory, opened, waitForClosed };
}

/** Collects payloads and lets a test await the n-th one. */
function collector<T>() {
  const seen: T[] = [];
  const waiters: (() => void)[] = [];
  return {
    seen,
    listener: (p: T) => {
      seen.push(p);
      for (const w of waiters.splice(0)) w();
    },
    async waitFor(n: number) {
      while (seen.length < n) await new Promise<void>((r) => waiters.push(r));
    },
  };
}

const scan = (code: string) => ({ code, at: '2026-11-23T09:00:00.000Z' });

describe('bridge client over real HTTP', () => {
  let bridge: FakeBridge;
  const clients: HardwareClient[] = [];
  beforeEach(async () => {
    bridge = await new FakeBridge().listen();
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    await bridge.close();
  });
  const client = (...args: Parameters<typeof createBridgeClient>) => {
    const c = createBridgeClient(...args);
    clients.push(c);
    return c;
  };

  it('posts the args as JSON to /rpc/<channel> with the bearer token and returns the value', async () => {
    const c = client(`${bridge.url}//`, TOKEN); // trailing slashes are dropped; default global fetch
    const r = await c.send('printer:status', {});
    expect(r).toEqual({ ok: true, value: { online: true, paperOut: false, paperNearEnd: true, coverOpen: false, drawerOpen: null } });
    expect(bridge.rpcs).toEqual([{ channel: 'printer:status', authorization: `Bearer ${TOKEN}`, contentType: 'application/json', body: {} }]);
  });

  it('sends omitted args as an empty object', async () => {
    const c = client(bridge.url, TOKEN);
    // IPC callers may omit args for channels without any; the bridge must still get a JSON object.
    await c.send('printer:status', undefined as never);
    expect(bridge.rpcs[0]?.body).toEqual({});
  });

  it('returns the AppError the bridge answers with, details included', async () => {
    const c = client(bridge.url, TOKEN);
    expect(await c.send('drawer:open', {})).toEqual({
      ok: false,
      error: { code: 'printer_offline', message: 'printer at tcp://10.0.0.5:9100 is offline', details: { uri: 'tcp://10.0.0.5:9100' } },
    });
  });

  it('a wrong token comes back as the 401 unauthorized error value', async () => {
    const c = client(bridge.url, 'not-the-token');
    expect(await c.send('printer:status', {})).toEqual({ ok: false, error: { code: 'unauthorized', message: 'missing or wrong hardware bridge token' } });
    expect(bridge.rpcs[0]?.authorization).toBe('Bearer not-the-token');
  });

  it('maps non-JSON and foreign bodies to protocol_error with the status', async () => {
    const c = client(bridge.url, TOKEN);
    expect(await c.send('scanner:status', {})).toEqual({ ok: false, error: { code: 'protocol_error', message: 'hardware bridge answered 502 without JSON' } });
    expect(await c.send('display:show', { kind: 'clear' } as never)).toEqual({
      ok: false,
      error: { code: 'protocol_error', message: 'hardware bridge answered 500 with an unexpected body' },
    });
  });

  it('a bridge that is not listening is bridge_unreachable, not a throw', async () => {
    const url = bridge.url;
    await bridge.close();
    bridge = await new FakeBridge().listen(); // afterEach closes this one
    const r = await client(url, TOKEN).send('printer:status', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'bridge_unreachable' } });
    expect(!r.ok && r.error.message).toMatch(/^hardware bridge unreachable: /);
  });

  it('a fetch that rejects with a non-Error still yields bridge_unreachable with its text', async () => {
    const c = client(bridge.url, TOKEN, {
      fetch: () => Promise.reject('offline'), // some polyfills reject with strings
    });
    expect(await c.send('printer:status', {})).toEqual({ ok: false, error: { code: 'bridge_unreachable', message: 'hardware bridge unreachable: offline' } });
  });
});

describe('bridge client push events over a real WebSocket', () => {
  let bridge: FakeBridge;
  const clients: HardwareClient[] = [];
  beforeEach(async () => {
    bridge = await new FakeBridge().listen();
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    await bridge.close();
  });
  const client = (...args: Parameters<typeof createBridgeClient>) => {
    const c = createBridgeClient(...args);
    clients.push(c);
    return c;
  };

  it('delivers events to their listeners, ignores what is not an event, and stops after unsubscribe', async () => {
    const { factory, opened } = trackingFactory();
    const c = client(bridge.url, TOKEN, { webSocket: factory });
    const scans = collector<{ code: string; at: string }>();
    const statuses = collector<{ paymentId: string | null; message: string }>();
    const unsubscribeScan = c.on('scanner:scan', scans.listener);
    c.on('terminal:status', statuses.listener);
    expect(opened).toHaveLength(1); // one socket for all listeners
    expect(opened[0]?.url).toBe(`${bridge.url.replace('http', 'ws')}/events?token=${encodeURIComponent(TOKEN)}`);
    await bridge.waitForSockets(1);

    bridge.sendRaw('not json');
    bridge.sendRaw(JSON.stringify({ payload: 'no event name' }));
    bridge.push('printer:status', { online: false }); // nobody listens
    bridge.push('scanner:scan', scan('4006381333931'));
    await scans.waitFor(1);
    expect(scans.seen).toEqual([scan('4006381333931')]);

    unsubscribeScan();
    bridge.push('scanner:scan', scan('should-not-arrive'));
    bridge.push('terminal:status', { paymentId: 'pay_1', message: 'Insert card' });
    // Same socket, in order: once the later status arrived, the earlier scan would have too.
    await statuses.waitFor(1);
    expect(statuses.seen).toEqual([{ paymentId: 'pay_1', message: 'Insert card' }]);
    expect(scans.seen).toHaveLength(1);
    expect(bridge.upgradeAttempts).toBe(1);
  });

  it('two listeners of one event both hear it; unsubscribing one keeps the other', async () => {
    const c = client(bridge.url, TOKEN, { webSocket: trackingFactory().factory });
    const a = collector<{ code: string }>();
    const b = collector<{ code: string }>();
    const offA = c.on('scanner:scan', a.listener);
    c.on('scanner:scan', b.listener);
    await bridge.waitForSockets(1);
    bridge.push('scanner:scan', scan('1'));
    await Promise.all([a.waitFor(1), b.waitFor(1)]);
    offA();
    bridge.push('scanner:scan', scan('2'));
    await b.waitFor(2);
    expect(a.seen.map((p) => p.code)).toEqual(['1']);
    expect(b.seen.map((p) => p.code)).toEqual(['1', '2']);
  });

  it('reconnects after the bridge drops the socket while someone listens', async () => {
    const c = client(bridge.url, TOKEN, { webSocket: trackingFactory().factory, reconnectMs: 5 });
    const scans = collector<{ code: string }>();
    c.on('scanner:scan', scans.listener);
    await bridge.waitForSockets(1);
    bridge.sockets[0]?.terminate();
    await bridge.waitForSockets(2);
    bridge.push('scanner:scan', scan('after-reconnect'));
    await scans.waitFor(1);
    expect(scans.seen.map((p) => p.code)).toEqual(['after-reconnect']);
  });

  it('keeps retrying while the bridge refuses the token, and close() stops it', async () => {
    const { factory, opened } = trackingFactory();
    const c = client(bridge.url, 'wrong', { webSocket: factory, reconnectMs: 5 });
    const scans = collector<unknown>();
    c.on('scanner:scan', scans.listener);
    await bridge.waitForAttempts(2); // refused (401 → error + close), then retried
    expect(bridge.sockets).toHaveLength(0);
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
    const c = client(bridge.url, TOKEN, { webSocket: factory, reconnectMs: 4321 });
    const off = c.on('scanner:scan', () => {});
    await bridge.waitForSockets(1);
    off();
    bridge.sockets[0]?.terminate();
    await waitForClosed(1);
    expect(setTimeoutSpy.mock.calls.filter(([, ms]) => ms === 4321)).toEqual([]);
    // Subscribing again opens a fresh socket.
    c.on('scanner:scan', () => {});
    await bridge.waitForSockets(2);
  });

  it('waits 2 s before reconnecting by default, and close() cancels the pending reconnect', async () => {
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const clearTimeoutSpy = vi.spyOn(globalThis, 'clearTimeout');
    const { factory, opened, waitForClosed } = trackingFactory();
    const c = client(bridge.url, TOKEN, { webSocket: factory });
    c.on('scanner:scan', () => {});
    await bridge.waitForSockets(1);
    bridge.sockets[0]?.terminate();
    await waitForClosed(1);
    const pending = setTimeoutSpy.mock.results[setTimeoutSpy.mock.calls.findIndex(([, ms]) => ms === 2000)];
    expect(pending).toBeDefined();
    c.close();
    expect(clearTimeoutSpy).toHaveBeenCalledWith(pending?.value);
    expect(opened).toHaveLength(1);
  });

  it('uses the global WebSocket when none is passed, and says so when there is none', async () => {
    vi.stubGlobal('WebSocket', WebSocket);
    const c = client(bridge.url, TOKEN);
    const scans = collector<{ code: string }>();
    c.on('scanner:scan', scans.listener);
    await bridge.waitForSockets(1);
    bridge.push('scanner:scan', scan('global'));
    await scans.waitFor(1);

    vi.stubGlobal('WebSocket', undefined);
    const bare = client(bridge.url, TOKEN);
    expect(() => bare.on('scanner:scan', () => {})).toThrow('no WebSocket implementation: pass options.webSocket');
  });

  it('close() on a client that never subscribed is harmless, and send still works after it', async () => {
    const c = client(bridge.url, TOKEN, { webSocket: trackingFactory().factory });
    c.close();
    expect(await c.send('printer:status', {})).toMatchObject({ ok: true });
    expect(bridge.upgradeAttempts).toBe(0);
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
    expect(calls).toEqual([['printer:status', {}], ['drawer:open', {}]]);
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
    for (const l of subscribed.get('scanner:scan') ?? []) l(scan('x'));
    off();
    expect(subscribed.get('scanner:scan')?.size).toBe(0);
    c.close();
    expect(seen).toEqual([scan('x')]);
    expect(subscribed.size).toBe(1);
  });
});
