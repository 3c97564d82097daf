import { afterEach, expect, it } from 'vitest';
import { fireEvent } from '@testing-library/react';
import { DEFAULT_HARDWARE_CONFIG, type BridgeConfig, type HardwareClient, type HardwareConfig } from '../../../core/hardware-contract';
import { err, ok } from '../../../core/result';
import type { TillDb } from '../../db/till-db';
import type { SyncEngine } from '../../sync/sync-engine';
import { ServicesContext } from '../services';
import { render, settle, typeInto, type Rendered } from '../testing/render';
import { LanBridgeFields } from './settings-screen';

let view: Rendered | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

const hardware: HardwareClient = {
  async send(channel) {
    if (channel === 'hardware:list-addresses') return ok({ addresses: [{ address: '127.0.0.1', interface: 'lo' }, { address: '192.168.1.20', interface: 'eth0' }] }) as never;
    return err('not_configured', 'no device') as never;
  },
  on: () => () => {},
  close() {},
};

it('the LAN bridge fields offer this PC\'s addresses, generate a token on choosing one, and edit port and origin', async () => {
  let bridge: BridgeConfig | undefined;
  const config: HardwareConfig = { ...DEFAULT_HARDWARE_CONFIG };
  const services = { db: {} as TillDb, sync: {} as SyncEngine, hardware: { kind: 'electron' as const, client: hardware, bridge: null } };
  const mount = async () => {
    view?.unmount();
    view = await render(
      <ServicesContext.Provider value={services}>
        <LanBridgeFields config={{ ...config, ...(bridge ? { bridge } : {}) }} onChange={(b) => (bridge = b)} />
      </ServicesContext.Provider>,
    );
    await settle(10);
  };
  await mount();
  const select = document.querySelector<HTMLSelectElement>('select[aria-label="Bridge address"]')!;
  expect([...select.options].map((o) => o.value)).toEqual(['', '127.0.0.1', '192.168.1.20']);
  expect(document.querySelector('input[aria-label="Bridge token"]')).toBeNull();

  fireEvent.change(select, { target: { value: '192.168.1.20' } });
  expect(bridge).toMatchObject({ host: '192.168.1.20', port: 17_020, allowedOrigins: [] });
  expect(bridge?.token).toMatch(/^[0-9a-f]{48}$/);

  await mount();
  await typeInto(document.querySelector<HTMLInputElement>('input[aria-label="Tablet till origin"]')!, 'https://pos.example.com');
  expect(bridge?.allowedOrigins).toEqual(['https://pos.example.com']);
  expect(document.body.textContent).toContain('http://192.168.1.20:17020');
});
