import { describe, expect, it, vi } from 'vitest';
import {
  contentSecurityPolicy,
  installGuards,
  isAllowedNavigation,
  isTrustedSender,
  secureWebPreferences,
  type GuardableContents,
  type GuardableSession,
} from './security';

const prod = { origins: [], fileRoot: '/opt/Anywhere POS/resources/app.asar/out/renderer' };
const dev = { origins: ['http://127.0.0.1:5173'] };

describe('electron security', () => {
  it('web preferences isolate and sandbox the renderer', () => {
    expect(secureWebPreferences('/p.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      webSecurity: true,
      preload: '/p.cjs',
    });
  });

  it('CSP allows only our scripts and the cloud service', () => {
    const csp = contentSecurityPolicy({ connect: ['https://pos.example'] });
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self' https://pos.example;");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy({ connect: [], dev: true })).toContain('ws://127.0.0.1:*');
  });

  it('navigation stays inside the app', () => {
    expect(isAllowedNavigation('http://127.0.0.1:5173/backoffice', dev)).toBe(true);
    expect(isAllowedNavigation('http://127.0.0.1:5174/', dev)).toBe(false);
    expect(isAllowedNavigation('https://evil.example/', dev)).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)', dev)).toBe(false);
    expect(isAllowedNavigation('not a url', dev)).toBe(false);
    expect(isAllowedNavigation('file:///opt/Anywhere%20POS/resources/app.asar/out/renderer/index.html', prod)).toBe(true);
    expect(isAllowedNavigation('file:///opt/Anywhere%20POS/resources/app.asar/out/renderer/../../../../../etc/passwd', prod)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', prod)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', dev)).toBe(false);
  });

  it('IPC sender must be our main frame', () => {
    expect(isTrustedSender({ url: 'http://127.0.0.1:5173/', isMainFrame: true }, dev)).toBe(true);
    expect(isTrustedSender({ url: 'http://127.0.0.1:5173/', isMainFrame: false }, dev)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', isMainFrame: true }, dev)).toBe(false);
    expect(isTrustedSender(null, dev)).toBe(false);
    expect(isTrustedSender(undefined, dev)).toBe(false);
  });

  it('installs navigation, window.open, webview, permission and CSP guards', () => {
    const handlers: Record<string, (...a: unknown[]) => void> = {};
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    const contents: GuardableContents = {
      on: ((event: string, l: (...a: unknown[]) => void) => (handlers[event] = l)) as GuardableContents['on'],
      setWindowOpenHandler: (h) => (openHandler = h),
    };
    let permission: ((c: unknown, p: string, cb: (g: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    let headers: Parameters<GuardableSession['webRequest']['onHeadersReceived']>[0] | undefined;
    const session: GuardableSession = {
      setPermissionRequestHandler: (h) => (permission = h),
      setPermissionCheckHandler: (h) => (check = h),
      webRequest: { onHeadersReceived: (l) => (headers = l) },
    };
    const log = vi.fn();
    installGuards(contents, session, dev, 'CSP!', log);

    const blocked = { preventDefault: vi.fn() };
    handlers['will-navigate']!(blocked, 'https://evil.example/');
    expect(blocked.preventDefault).toHaveBeenCalled();
    const allowed = { preventDefault: vi.fn() };
    handlers['will-navigate']!(allowed, 'http://127.0.0.1:5173/x');
    expect(allowed.preventDefault).not.toHaveBeenCalled();
    const redirect = { preventDefault: vi.fn() };
    handlers['will-redirect']!(redirect, 'https://evil.example/');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    handlers['will-attach-webview']!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    expect(openHandler!({ url: 'https://x.example' })).toEqual({ action: 'deny' });
    const granted = vi.fn();
    permission!(null, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(check!()).toBe(false);
    const cb = vi.fn();
    headers!({ responseHeaders: { 'X-A': ['1'] } }, cb);
    expect(cb).toHaveBeenCalledWith({ responseHeaders: { 'X-A': ['1'], 'Content-Security-Policy': ['CSP!'] } });
    expect(log).toHaveBeenCalledWith('blocked navigation to https://evil.example/');
  });
});
