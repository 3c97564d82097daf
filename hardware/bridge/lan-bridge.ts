// The hardware bridge on a LAN address chosen in the till's settings (`HardwareConfig.bridge`), so a browser
// till on a tablet can use this PC's devices. Restarted whenever the setting changes; never without a token.
import { networkInterfaces } from 'node:os';
import { BRIDGE_TOKEN_MIN_LENGTH, type BridgeConfig } from '../../core/hardware-contract';
import { err, ok, type Result } from '../../core/result';
import type { HardwareService } from '../hardware-service';
import { startBridge, type Bridge } from './bridge-server';

function isBareOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === origin;
  } catch {
    return false;
  }
}

/** Refuses bridge settings that would expose the devices without a real token. */
export function checkBridgeConfig(config: BridgeConfig | undefined): Result<void> {
  if (!config || config.host === '') return ok(undefined);
  if (config.token.length < BRIDGE_TOKEN_MIN_LENGTH) {
    return err('invalid_args', `the LAN bridge needs a token of at least ${BRIDGE_TOKEN_MIN_LENGTH} characters (use Generate)`);
  }
  const bad = config.allowedOrigins.find((origin) => !isBareOrigin(origin));
  if (bad !== undefined) return err('invalid_args', `allowed origin "${bad.slice(0, 80)}" must be a bare origin like http://192.168.1.30:5173`);
  return ok(undefined);
}

/** This machine's IPv4/IPv6 addresses, loopback first (what the settings screen offers). */
export function listAddresses(): { address: string; interface: string }[] {
  const out: { address: string; interface: string; internal: boolean }[] = [];
  for (const [name, infos] of Object.entries(networkInterfaces())) {
    for (const info of infos ?? []) {
      // Link-local IPv6 needs a zone id a browser URL cannot carry.
      if (info.family === 'IPv6' && info.address.startsWith('fe80')) continue;
      out.push({ address: info.address, interface: name, internal: info.internal });
    }
  }
  return out.sort((a, b) => Number(b.internal) - Number(a.internal)).map(({ address, interface: i }) => ({ address, interface: i }));
}

export interface LanBridge {
  /** Stops the running LAN bridge (if any) and starts the one `config` describes; `null` when off. */
  apply(config: BridgeConfig | undefined): Promise<Result<{ url: string } | null>>;
  readonly url: string | null;
  close(): Promise<void>;
}

export function createLanBridge(service: HardwareService, log?: (line: string) => void): LanBridge {
  let running: Bridge | null = null;
  let chain: Promise<unknown> = Promise.resolve();

  const apply = async (config: BridgeConfig | undefined): Promise<Result<{ url: string } | null>> => {
    const valid = checkBridgeConfig(config);
    if (!valid.ok) return valid;
    await running?.close();
    running = null;
    if (!config || config.host === '') return ok(null);
    try {
      running = await startBridge({ service, host: config.host, port: config.port, token: config.token, allowedOrigins: config.allowedOrigins, log });
      log?.(`hardware bridge listening on ${running.url}`);
      return ok({ url: running.url });
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      const why =
        code === 'EADDRNOTAVAIL'
          ? `${config.host} is not an address of this machine`
          : code === 'EADDRINUSE'
            ? `port ${config.port} is already in use`
            : String(cause);
      return err('device_unreachable', `hardware bridge cannot listen on ${config.host}:${config.port}: ${why}`);
    }
  };

  return {
    apply(config) {
      // One change at a time: a quick second save must not race the first's close/listen.
      const next = chain.then(() => apply(config));
      chain = next.catch(() => {});
      return next;
    },
    get url() {
      return running?.url ?? null;
    },
    async close() {
      await chain;
      await running?.close();
      running = null;
    },
  };
}
