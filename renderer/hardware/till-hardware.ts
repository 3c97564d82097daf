// The till's hardware: Electron's `window.pos` when present, else the hardware bridge named by
// `?bridge=<url>&token=<t>` (remembered in localStorage), else a stand-in that reports "not configured".
import type { HardwareClient, PosPreloadApi } from '../../core/hardware-contract';
import { createBridgeClient, createIpcClient } from './hardware-client';
import { err } from '../../core/result';

export type HardwareKind = 'electron' | 'bridge' | 'none';

export interface BridgeSettings {
  url: string;
  token: string;
}

export interface TillHardware {
  kind: HardwareKind;
  client: HardwareClient;
  bridge: BridgeSettings | null;
}

const STORAGE_KEY = 'pos.bridge';

/** Reads the bridge from the URL (and remembers it) or from what an earlier visit remembered. */
export function readBridgeSettings(search: string, storage: Pick<Storage, 'getItem' | 'setItem'>): BridgeSettings | null {
  const params = new URLSearchParams(search);
  const url = params.get('bridge');
  if (url) {
    const settings = { url, token: params.get('token') ?? '' };
    storage.setItem(STORAGE_KEY, JSON.stringify(settings));
    return settings;
  }
  const saved = storage.getItem(STORAGE_KEY);
  if (!saved) return null;
  try {
    const parsed = JSON.parse(saved) as Partial<BridgeSettings>;
    return typeof parsed.url === 'string' && parsed.url !== '' ? { url: parsed.url, token: typeof parsed.token === 'string' ? parsed.token : '' } : null;
  } catch {
    return null;
  }
}

export function saveBridgeSettings(settings: BridgeSettings | null, storage: Pick<Storage, 'setItem' | 'removeItem'>): void {
  if (settings && settings.url) storage.setItem(STORAGE_KEY, JSON.stringify(settings));
  else storage.removeItem(STORAGE_KEY);
}

/** A client for a till with no hardware reachable: every call fails with `not_configured`. */
export function createUnconfiguredClient(): HardwareClient {
  return {
    send: async (channel) =>
      err('not_configured', `No hardware connection for ${channel}: run the till in the Electron app or set a hardware bridge in Settings.`),
    on: () => () => {},
    close() {},
  };
}

export function createTillHardware(win: Window & { pos?: PosPreloadApi }, bridge: BridgeSettings | null): TillHardware {
  if (win.pos) return { kind: 'electron', client: createIpcClient(win.pos), bridge: null };
  if (bridge) return { kind: 'bridge', client: createBridgeClient(bridge.url, bridge.token), bridge };
  return { kind: 'none', client: createUnconfiguredClient(), bridge: null };
}
