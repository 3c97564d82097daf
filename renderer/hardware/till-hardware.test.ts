import { describe, expect, it } from 'vitest';
import type { PosPreloadApi } from '../../core/hardware-contract';
import { createTillHardware, readBridgeSettings, saveBridgeSettings } from './till-hardware';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

describe('till hardware connection', () => {
  it('takes the bridge from ?bridge=&token= and remembers it for the next visit', () => {
    const storage = memoryStorage();
    expect(readBridgeSettings('?bridge=http://127.0.0.1:7070&token=abc', storage)).toEqual({ url: 'http://127.0.0.1:7070', token: 'abc' });
    expect(readBridgeSettings('', storage)).toEqual({ url: 'http://127.0.0.1:7070', token: 'abc' });
    saveBridgeSettings(null, storage);
    expect(readBridgeSettings('', storage)).toBeNull();
  });

  it('ignores a corrupt remembered value', () => {
    const storage = memoryStorage();
    storage.setItem('pos.bridge', '{not json');
    expect(readBridgeSettings('', storage)).toBeNull();
    storage.setItem('pos.bridge', JSON.stringify({ url: 42 }));
    expect(readBridgeSettings('', storage)).toBeNull();
  });

  it('prefers Electron, then the bridge, else reports every call as not configured', async () => {
    const pos = { on: () => () => {} } as unknown as PosPreloadApi;
    expect(createTillHardware({ pos } as unknown as Window & { pos: PosPreloadApi }, { url: 'http://x', token: 't' }).kind).toBe('electron');
    expect(createTillHardware({} as Window, { url: 'http://127.0.0.1:1', token: 't' }).kind).toBe('bridge');
    const none = createTillHardware({} as Window, null);
    expect(none.kind).toBe('none');
    const result = await none.client.send('drawer:open', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('not_configured');
  });
});
