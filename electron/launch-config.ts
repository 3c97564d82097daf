// Where the window loads the till from and what it may talk to, decided from the environment:
// POS_TILL_URL (set by `npm start`), ELECTRON_RENDERER_URL (electron-vite dev) or the packaged files.
import type { HardwareConfig } from '../core/hardware-contract';
import type { AppSettings } from './app-settings';
import { contentSecurityPolicy, type AppLocation } from './security';

export interface LaunchConfig {
  /** Load this URL (dev / npm start) … */
  url: string | null;
  /** … or this file (packaged app). */
  file: string | null;
  location: AppLocation;
  csp: string;
  /** Device URIs from the environment (npm start's simulators); applied for this run, not saved. */
  deviceOverrides: Partial<Record<keyof HardwareConfig, string>>;
}

function originOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const o = new URL(url).origin;
    return o === 'null' ? null : o;
  } catch {
    return null;
  }
}

export function resolveLaunch(env: Record<string, string | undefined>, settings: AppSettings, rendererDir: string): LaunchConfig {
  const url = env.POS_TILL_URL || env.ELECTRON_RENDERER_URL || null;
  const tillOrigin = originOf(url);
  let serverFromUrl: string | null = null;
  if (url) {
    try {
      serverFromUrl = originOf(new URL(url).searchParams.get('server'));
    } catch {
      serverFromUrl = null;
    }
  }
  const connect = [...new Set([originOf(settings.serverUrl), serverFromUrl, originOf(env.POS_SERVER_URL)].filter((o): o is string => o !== null))];
  const deviceOverrides: LaunchConfig['deviceOverrides'] = {};
  if (env.POS_PRINTER_URI) deviceOverrides.printer = env.POS_PRINTER_URI;
  if (env.POS_TERMINAL_URI) deviceOverrides.terminal = env.POS_TERMINAL_URI;
  if (env.POS_DISPLAY_URI) deviceOverrides.display = env.POS_DISPLAY_URI;
  if (env.POS_SCANNER_URI) deviceOverrides.scanner = env.POS_SCANNER_URI;
  return {
    url: tillOrigin ? url : null,
    file: tillOrigin ? null : `${rendererDir}/index.html`,
    location: tillOrigin ? { origins: [tillOrigin] } : { origins: [], fileRoot: rendererDir },
    csp: contentSecurityPolicy({ connect, dev: tillOrigin !== null }),
    deviceOverrides,
  };
}

/** Settings with the environment's device URIs swapped in. */
export function applyDeviceOverrides(config: HardwareConfig, overrides: LaunchConfig['deviceOverrides']): HardwareConfig {
  return {
    ...config,
    printer: { ...config.printer, uri: overrides.printer ?? config.printer.uri },
    terminal: { ...config.terminal, uri: overrides.terminal ?? config.terminal.uri },
    display: { ...config.display, uri: overrides.display ?? config.display.uri },
    scanner: { ...config.scanner, uri: overrides.scanner ?? config.scanner.uri },
  };
}
