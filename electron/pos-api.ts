// Builds `window.pos` from two functions the preload passes in (invoke and subscribe): one function per
// HardwareApi channel plus `on` for events. Kept apart from preload.ts so it is tested under Node.
import { HARDWARE_CHANNELS, type HardwareEventName } from '../core/hardware-contract';
import type { PosPreloadApi } from '../core/hardware-contract';

export type Invoke = (channel: string, args: unknown) => Promise<unknown>;
export type Subscribe = (listener: (message: unknown) => void) => () => void;

export function buildPosApi(invoke: Invoke, subscribe: Subscribe): PosPreloadApi {
  const api: Record<string, unknown> = {};
  for (const channel of HARDWARE_CHANNELS) api[channel] = (args: unknown) => invoke(channel, args ?? {});
  api.on = (event: HardwareEventName, listener: (payload: unknown) => void) =>
    subscribe((message) => {
      const m = message as { event?: unknown; payload?: unknown } | null;
      if (m && m.event === event) listener(m.payload);
    });
  // Frozen so page scripts cannot swap a channel for their own function.
  return Object.freeze(api) as PosPreloadApi;
}
