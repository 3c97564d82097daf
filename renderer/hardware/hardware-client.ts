// The till's one way to reach hardware: a typed `send(channel, args)` over Electron IPC
// (`window.pos`) or over the hardware bridge (fetch + WebSocket). Same contract, same Results;
// the types live in core/hardware-contract.ts, the network I/O here (core stays free of it).
import type { HardwareClient, HardwareResults, PosPreloadApi } from '../../core/hardware-contract';
import { err, isAppError, type Result } from '../../core/result';

/** Client over Electron IPC (`createIpcClient(window.pos)`). */
export function createIpcClient(pos: PosPreloadApi): HardwareClient {
  return {
    send(channel, args) {
      // The mapped handler type cannot be narrowed per key by TypeScript; the key/args pairing is checked by `send`'s signature.
      const handler = pos[channel] as (a: unknown) => Promise<Result<HardwareResults[typeof channel]>>;
      return handler(args);
    },
    on: (event, listener) => pos.on(event, listener),
    close() {},
  };
}

/** The subset of the WebSocket API the client uses (browser WebSocket and the `ws` package both fit). */
export interface WebSocketLike {
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  close(): void;
}
export type WebSocketFactory = (url: string) => WebSocketLike;

export interface BridgeClientOptions {
  /** Defaults to `fetch` of the global scope. */
  fetch?: typeof fetch;
  /** Defaults to the global `WebSocket` (browsers); pass one from the `ws` package under Node 20. */
  webSocket?: WebSocketFactory;
  /** Reconnect delay for the event socket. */
  reconnectMs?: number;
}

type Listener = (payload: unknown) => void;

/**
 * Client over the hardware bridge: `POST {url}/rpc/{channel}` with `Authorization: Bearer {token}`,
 * push events on `{url}/events?token=…` (browsers cannot set headers on a WebSocket).
 */
export function createBridgeClient(url: string, token: string, options: BridgeClientOptions = {}): HardwareClient {
  const base = url.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const listeners = new Map<string, Set<Listener>>();
  let socket: WebSocketLike | null = null;
  let closed = false;
  let reconnectTimer: ReturnType<typeof setTimeout> | null = null;

  const openSocket = (): void => {
    if (closed || socket) return;
    const factory =
      options.webSocket ??
      ((u: string) => {
        const Ctor = (globalThis as { WebSocket?: new (u: string) => WebSocketLike }).WebSocket;
        if (!Ctor) throw new Error('no WebSocket implementation: pass options.webSocket');
        return new Ctor(u);
      });
    const wsUrl = `${base.replace(/^http/, 'ws')}/events?token=${encodeURIComponent(token)}`;
    const ws = factory(wsUrl);
    socket = ws;
    ws.onmessage = (ev) => {
      let msg: { event?: unknown; payload?: unknown };
      try {
        msg = JSON.parse(String(ev.data)) as { event?: unknown; payload?: unknown };
      } catch {
        return; // the bridge only sends JSON; anything else is not ours to act on
      }
      if (typeof msg.event !== 'string') return;
      for (const l of listeners.get(msg.event) ?? []) l(msg.payload);
    };
    ws.onerror = () => {};
    ws.onclose = () => {
      socket = null;
      const anyListener = [...listeners.values()].some((s) => s.size > 0);
      if (!closed && anyListener) reconnectTimer = setTimeout(openSocket, options.reconnectMs ?? 2000);
    };
  };

  return {
    async send(channel, args) {
      let res: Response;
      try {
        res = await doFetch(`${base}/rpc/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(args ?? {}),
        });
      } catch (cause) {
        return err('bridge_unreachable', `hardware bridge unreachable: ${cause instanceof Error ? cause.message : String(cause)}`);
      }
      let body: unknown;
      try {
        body = await res.json();
      } catch {
        return err('protocol_error', `hardware bridge answered ${res.status} without JSON`);
      }
      if (typeof body === 'object' && body !== null && 'ok' in body) {
        const r = body as { ok: boolean; value?: unknown; error?: unknown };
        if (r.ok) return { ok: true, value: r.value as HardwareResults[typeof channel] };
        if (isAppError(r.error)) return { ok: false, error: r.error };
      }
      return err('protocol_error', `hardware bridge answered ${res.status} with an unexpected body`);
    },
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener as Listener);
      openSocket();
      return () => {
        set.delete(listener as Listener);
      };
    },
    close() {
      closed = true;
      if (reconnectTimer) clearTimeout(reconnectTimer);
      socket?.close();
      socket = null;
    },
  };
}
