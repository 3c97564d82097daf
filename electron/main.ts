// Electron main process: wiring only. Every rule lives in a plain module tested under Node
// (security.ts, window-state.ts, single-instance.ts, app-settings.ts, ipc-main.ts, hardware/).
// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- electron is an optional dependency; without its binary there are no types
// @ts-ignore
import * as electron from 'electron';
import { join } from 'node:path';
import { startBridge, type Bridge } from '../hardware/bridge/bridge-server';
import { createLanBridge, type LanBridge } from '../hardware/bridge/lan-bridge';
import { createHardwareService } from '../hardware/hardware-service';
import { appSettingsStore, kioskRequested } from './app-settings';
import { forwardHardwareEvents, ipcMainOf, registerHardwareIpc } from './ipc-main';
import { applyDeviceOverrides, resolveLaunch } from './launch-config';
import { installGuards, isTrustedSender, secureWebPreferences, type GuardableContents, type GuardableSession } from './security';
import { claimSingleInstance, type FocusableWindow } from './single-instance';
import { debounce, restoreBounds, windowStateStore, type Rect } from './window-state';

/** The parts of Electron's API this file uses (typed here because the optional dependency may be absent). */
interface Win extends FocusableWindow {
  webContents: GuardableContents & { send(channel: string, message: unknown): void; session: GuardableSession };
  getBounds(): Rect;
  isMaximized(): boolean;
  isFullScreen(): boolean;
  maximize(): void;
  on(event: string, listener: () => void): void;
  loadURL(url: string): Promise<void>;
  loadFile(path: string): Promise<void>;
}
interface ElectronMain {
  app: {
    whenReady(): Promise<void>;
    getPath(name: 'userData'): string;
    requestSingleInstanceLock(): boolean;
    quit(): void;
    on(event: string, listener: () => void): void;
  };
  BrowserWindow: new (options: Record<string, unknown>) => Win;
  screen: { getAllDisplays(): { workArea: Rect }[] };
}

const { app, BrowserWindow, screen } = electron as unknown as ElectronMain;
let mainWindow: Win | null = null;

if (claimSingleInstance(app, () => mainWindow)) {
  void app.whenReady().then(async () => {
    const dataDir = app.getPath('userData');
    const settings = await appSettingsStore(join(dataDir, 'settings.json')).read();
    const states = windowStateStore(join(dataDir, 'window-state.json'));
    const saved = restoreBounds(
      await states.read(),
      screen.getAllDisplays().map((d) => d.workArea),
    );
    const kiosk = kioskRequested(settings, process.argv, process.env);

    const launch = resolveLaunch(process.env, settings, join(import.meta.dirname, '../renderer'));
    const { location, csp } = launch;

    // The LAN bridge (for a browser till on a tablet) follows the device settings; it needs the service first.
    let lanBridge: LanBridge | null = null;
    const hardware = await createHardwareService({
      configFile: join(dataDir, 'hardware.json'),
      journalFile: join(dataDir, 'pending-payments.json'),
      configOverride: (c) => applyDeviceOverrides(c, launch.deviceOverrides),
      printerPollMs: 15_000,
      log: (l) => console.log(`[hardware] ${l}`),
      onConfigChange: async (c) => (lanBridge ? lanBridge.apply(c.bridge) : { ok: true, value: null }),
    });
    lanBridge = createLanBridge(hardware, (l) => console.log(`[bridge] ${l}`));
    const initialConfig = await hardware.api['hardware:get-config']({});
    if (initialConfig.ok) {
      const started = await lanBridge.apply(initialConfig.value.bridge);
      if (!started.ok) console.warn(`[bridge] ${started.error.message}`);
    }
    registerHardwareIpc(
      ipcMainOf(electron),
      hardware,
      (frame) => isTrustedSender(frame, location),
      (l) => console.warn(`[ipc] ${l}`),
    );
    let bridge: Bridge | null = null;
    if (settings.bridgeEnabled) bridge = await startBridge({ service: hardware, port: settings.bridgePort });

    const win = new BrowserWindow({
      x: saved.x,
      y: saved.y,
      width: saved.width,
      height: saved.height,
      kiosk,
      fullscreen: kiosk || saved.fullscreen,
      autoHideMenuBar: true,
      show: false,
      webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/preload.cjs')),
    });
    mainWindow = win;
    if (saved.maximized && !kiosk) win.maximize();
    installGuards(win.webContents, win.webContents.session, location, csp, (l) => console.warn(`[security] ${l}`));
    forwardHardwareEvents(hardware, (channel, message) => win.webContents.send(channel, message));

    const saveState = debounce(() => {
      void states.write({ ...win.getBounds(), maximized: win.isMaximized(), fullscreen: win.isFullScreen() });
    }, 500);
    for (const e of ['move', 'resize', 'maximize', 'unmaximize']) win.on(e, saveState);
    win.on('close', () => saveState.flush());
    win.on('ready-to-show', () => win.show());

    app.on('window-all-closed', () => {
      void Promise.all([hardware.close(), bridge?.close(), lanBridge?.close()]).finally(() => app.quit());
    });
    await (launch.url ? win.loadURL(launch.url) : win.loadFile(launch.file as string));
  });
}
