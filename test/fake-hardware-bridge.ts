// A stand-in for the hardware bridge (hardware/bridge) for the bridge client's tests: a real loopback
// HTTP + WebSocket server speaking the bridge's wire format, a WebSocket factory that reports closes,
// and a collector to await pushed events. useFakeBridge gives each test a fresh bridge and closes the
// clients it made.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, vi } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import type { HardwareClient } from '../core/hardware-contract';
import { createBridgeClient, type WebSocketLike } from '../renderer/hardware/hardware-client';

export const TOKEN = 'tök en/+=&'; // characters that must be escaped in the ?token= query

interface Rpc {
  channel: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: unknown;
}

/** A stand-in for hardware/bridge: POST /rpc/<channel> answers by channel, /events pushes what the test sends. */
export class FakeBridge {
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
        return {
          status: 200,
          body: JSON.stringify({ ok: true, value: { online: true, paperOut: false, paperNearEnd: true, coverOpen: false, drawerOpen: null } }),
        };
      case 'drawer:open':
        return {
          status: 503,
          body: JSON.stringify({
            ok: false,
            error: { code: 'printer_offline', message: 'printer at tcp://10.0.0.5:9100 is offline', details: { uri: 'tcp://10.0.0.5:9100' } },
          }),
        };
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
export function trackingFactory() {
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
export function collector<T>() {
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

export const scan = (code: string) => ({ code, at: '2026-11-23T09:00:00.000Z' });

/** A fresh FakeBridge per test (replaceable: the last one set is closed) and a client maker whose clients are closed after it. */
export function useFakeBridge() {
  const clients: HardwareClient[] = [];
  const context = {
    bridge: undefined as unknown as FakeBridge,
    client: (...args: Parameters<typeof createBridgeClient>): HardwareClient => {
      const c = createBridgeClient(...args);
      clients.push(c);
      return c;
    },
  };
  beforeEach(async () => {
    context.bridge = await new FakeBridge().listen();
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    await context.bridge.close();
  });
  return context;
}
