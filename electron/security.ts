// Electron security defaults (SPEC §7) as plain functions: web preferences, CSP, navigation and
// sender checks, and the guards that wire them onto a window — all testable without Electron.

export interface AppLocation {
  /** Origins the till is served from (dev server, or none in production). */
  origins: string[];
  /** Directory of the packaged renderer (file:// loads), when used. */
  fileRoot?: string;
}

export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  } as const;
}

/** CSP for the till: only our own code; network to the cloud service (and, in dev, the dev server's HMR socket). */
export function contentSecurityPolicy(options: { connect: string[]; dev?: boolean }): string {
  const connect = ["'self'", ...options.connect];
  if (options.dev) connect.push('ws://127.0.0.1:*', 'ws://localhost:*');
  return [
    "default-src 'self'",
    `script-src 'self'${options.dev ? " 'unsafe-inline'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for URLs that belong to the till itself (same origin, or a file inside the packaged renderer). */
export function isAppUrl(url: string, location: AppLocation): boolean {
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === 'file:') {
    if (!location.fileRoot) return false;
    const root = location.fileRoot.endsWith('/') ? location.fileRoot : `${location.fileRoot}/`;
    // URL parsing has already resolved "..", so a prefix check on the pathname is sound.
    return decodeURIComponent(u.pathname).startsWith(root);
  }
  return location.origins.some((o) => parse(o)?.origin === u.origin);
}

/** Navigation guard: stay inside the app; everything else is blocked. */
export function isAllowedNavigation(url: string, location: AppLocation): boolean {
  return isAppUrl(url, location);
}

/** IPC sender check: only our own top-level page may call hardware (no iframes, no foreign pages). */
export function isTrustedSender(frame: { url: string; isMainFrame?: boolean } | null | undefined, location: AppLocation): boolean {
  if (!frame) return false;
  if (frame.isMainFrame === false) return false;
  return isAppUrl(frame.url, location);
}

/** The slice of webContents/session the guards need (Electron's objects satisfy it). */
export interface GuardableContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}
export interface GuardableSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Record<string, string[] | string> },
        callback: (response: { responseHeaders: Record<string, string[] | string> }) => void,
      ) => void,
    ): void;
  };
}

export function installGuards(
  contents: GuardableContents,
  session: GuardableSession,
  location: AppLocation,
  csp: string,
  log: (line: string) => void = () => {},
): void {
  const block = (event: { preventDefault(): void }, url: string) => {
    if (!isAllowedNavigation(url, location)) {
      event.preventDefault();
      log(`blocked navigation to ${url}`);
    }
  };
  contents.on('will-navigate', block);
  contents.on('will-redirect', block);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    log(`blocked window.open(${url})`);
    return { action: 'deny' };
  });
  session.setPermissionRequestHandler((_c, permission, callback) => {
    log(`denied permission ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...(details.responseHeaders ?? {}), 'Content-Security-Policy': [csp] } });
  });
}
