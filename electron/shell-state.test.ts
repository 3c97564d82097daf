import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appSettingsStore, DEFAULT_APP_SETTINGS, kioskRequested } from './app-settings';
import { claimSingleInstance } from './single-instance';
import { debounce, DEFAULT_WINDOW_STATE, restoreBounds, windowStateStore } from './window-state';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});
async function tmp() {
  const d = await mkdtemp(join(tmpdir(), 'pos-electron-'));
  dirs.push(d);
  return d;
}

describe('settings persistence', () => {
  it('round-trips settings, fills defaults for missing keys and survives a corrupt file', async () => {
    const file = join(await tmp(), 'settings.json');
    const store = appSettingsStore(file);
    expect(await store.read()).toEqual(DEFAULT_APP_SETTINGS);
    await store.write({ ...DEFAULT_APP_SETTINGS, kiosk: true, bridgeEnabled: true });
    expect(await appSettingsStore(file).read()).toMatchObject({ kiosk: true, bridgeEnabled: true });
    await writeFile(file, JSON.stringify({ kiosk: true }));
    expect(await store.read()).toEqual({ ...DEFAULT_APP_SETTINGS, kiosk: true });
    await writeFile(file, '{"kiosk": tr');
    expect(await store.read()).toEqual(DEFAULT_APP_SETTINGS);
    expect(await readFile(`${file}.invalid`, 'utf8')).toBe('{"kiosk": tr');
    await writeFile(file, JSON.stringify({ kiosk: 'yes' }));
    expect(await store.read()).toEqual(DEFAULT_APP_SETTINGS);
  });

  it('kiosk comes from the flag, the environment or the setting', () => {
    expect(kioskRequested(DEFAULT_APP_SETTINGS, ['electron', '.'], {})).toBe(false);
    expect(kioskRequested(DEFAULT_APP_SETTINGS, ['electron', '.', '--kiosk'], {})).toBe(true);
    expect(kioskRequested(DEFAULT_APP_SETTINGS, [], { POS_KIOSK: '1' })).toBe(true);
    expect(kioskRequested({ ...DEFAULT_APP_SETTINGS, kiosk: true }, [], {})).toBe(true);
  });
});

describe('crash-safe window state', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];
  it('restores saved bounds that are on screen and recentres ones that are not', () => {
    const saved = { x: 100, y: 50, width: 1200, height: 700, maximized: false, fullscreen: false };
    expect(restoreBounds(saved, screen)).toEqual(saved);
    expect(restoreBounds({ ...saved, x: 3000 }, screen)).toEqual({ ...saved, x: undefined, y: undefined });
    expect(restoreBounds({ ...saved, x: -5000, width: 4000 }, screen)).toEqual({ ...saved, x: undefined, y: undefined, width: 1920 });
    expect(restoreBounds(DEFAULT_WINDOW_STATE, screen)).toMatchObject({ width: 1280, height: 800 });
  });

  it('writes atomically, so a crash mid-write leaves the previous state readable', async () => {
    const file = join(await tmp(), 'window-state.json');
    const store = windowStateStore(file);
    await store.write({ x: 10, y: 10, width: 1000, height: 700, maximized: true, fullscreen: false });
    // A crash between temp write and rename leaves only a stray temp file.
    await writeFile(`${file}.99999.tmp`, '{"x": 1');
    expect(await windowStateStore(file).read()).toEqual({ x: 10, y: 10, width: 1000, height: 700, maximized: true, fullscreen: false });
  });

  it('debounces bursts of move events and flushes on close', async () => {
    const fn = vi.fn();
    const d = debounce(fn, 20);
    d(1);
    d(2);
    d(3);
    expect(fn).not.toHaveBeenCalled();
    d.flush();
    expect(fn).toHaveBeenCalledOnce();
    expect(fn).toHaveBeenCalledWith(3);
  });
});

describe('single instance', () => {
  it('a second launch quits and focuses the first window', () => {
    const listeners: Record<string, () => void> = {};
    const app = { requestSingleInstanceLock: () => true, quit: vi.fn(), on: (e: string, l: () => void) => (listeners[e] = l) };
    const win = { isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    expect(claimSingleInstance(app, () => win)).toBe(true);
    listeners['second-instance']!();
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    const second = { requestSingleInstanceLock: () => false, quit: vi.fn(), on: vi.fn() };
    expect(claimSingleInstance(second, () => null)).toBe(false);
    expect(second.quit).toHaveBeenCalled();
    expect(second.on).not.toHaveBeenCalled();
  });
});
