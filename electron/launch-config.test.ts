import { describe, expect, it } from 'vitest';
import { DEFAULT_HARDWARE_CONFIG } from '../core/hardware-contract';
import { DEFAULT_APP_SETTINGS } from './app-settings';
import { applyDeviceOverrides, resolveLaunch } from './launch-config';

describe('launch config', () => {
  it('packaged app: loads the renderer file, trusts only files under it, strict CSP', () => {
    const l = resolveLaunch({}, DEFAULT_APP_SETTINGS, '/app/out/renderer');
    expect(l.url).toBeNull();
    expect(l.file).toBe('/app/out/renderer/index.html');
    expect(l.location).toEqual({ origins: [], fileRoot: '/app/out/renderer' });
    expect(l.csp).toContain("script-src 'self';");
    expect(l.csp).toContain("connect-src 'self' http://127.0.0.1:8080;");
  });

  it('npm start: loads POS_TILL_URL, trusts its origin, lets the till reach the server named in the URL', () => {
    const env = {
      POS_TILL_URL: 'http://127.0.0.1:5173/?pair=ABC&server=http%3A%2F%2F127.0.0.1%3A8099',
      POS_PRINTER_URI: 'tcp://127.0.0.1:4000',
      POS_TERMINAL_URI: 'tcp://127.0.0.1:4001',
    };
    const l = resolveLaunch(env, DEFAULT_APP_SETTINGS, '/app/out/renderer');
    expect(l.url).toBe(env.POS_TILL_URL);
    expect(l.location).toEqual({ origins: ['http://127.0.0.1:5173'] });
    expect(l.csp).toContain("connect-src 'self' http://127.0.0.1:8080 http://127.0.0.1:8099 ws://127.0.0.1:*");
    const cfg = applyDeviceOverrides(DEFAULT_HARDWARE_CONFIG, l.deviceOverrides);
    expect(cfg.printer).toEqual({ ...DEFAULT_HARDWARE_CONFIG.printer, uri: 'tcp://127.0.0.1:4000' });
    expect(cfg.terminal.uri).toBe('tcp://127.0.0.1:4001');
    expect(cfg.display.uri).toBe('');
  });

  it('ignores a till URL that is not a URL', () => {
    const l = resolveLaunch({ POS_TILL_URL: 'javascript:alert(1)' }, DEFAULT_APP_SETTINGS, '/r');
    expect(l.url).toBeNull();
    expect(l.file).toBe('/r/index.html');
  });
});
