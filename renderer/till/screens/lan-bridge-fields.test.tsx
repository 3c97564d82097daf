// The LAN bridge fields of the till's settings: this PC's addresses, a token on choosing one, port and origin.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { DEFAULT_HARDWARE_CONFIG, type BridgeConfig, type HardwareClient, type HardwareConfig } from '../../../core/hardware-contract';
import { err, ok } from '../../../core/result';
import type { TillDb } from '../../db/till-db';
import type { SyncEngine } from '../../sync/sync-engine';
import { ServicesContext } from '../services';
import { LanBridgeFields } from './hardware-fields';

afterEach(cleanup);

const hardware: HardwareClient = {
  async send(channel) {
    if (channel === 'hardware:list-addresses')
      return ok({
        addresses: [
          { address: '127.0.0.1', interface: 'lo' },
          { address: '192.168.1.20', interface: 'eth0' },
        ],
      }) as never;
    return err('not_configured', 'no device') as never;
  },
  on: () => () => {},
  close() {},
};

it("the LAN bridge fields offer this PC's addresses, generate a token on choosing one, and edit port and origin", async () => {
  let bridge: BridgeConfig | undefined;
  const config: HardwareConfig = { ...DEFAULT_HARDWARE_CONFIG };
  const services = { db: {} as TillDb, sync: {} as SyncEngine, hardware: { kind: 'electron' as const, client: hardware, bridge: null } };
  const user = userEvent.setup();
  const mount = async () => {
    cleanup();
    render(
      <ServicesContext.Provider value={services}>
        <LanBridgeFields config={{ ...config, ...(bridge ? { bridge } : {}) }} onChange={(b) => (bridge = b)} />
      </ServicesContext.Provider>,
    );
    // The addresses come from the hardware client.
    await screen.findByRole('option', { name: /192\.168\.1\.20/ });
  };
  await mount();
  const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Bridge address' });
  expect([...select.options].map((o) => o.value)).toEqual(['', '127.0.0.1', '192.168.1.20']);
  expect(screen.queryByRole('textbox', { name: 'Bridge token' })).toBeNull();

  await user.selectOptions(select, '192.168.1.20');
  expect(bridge).toMatchObject({ host: '192.168.1.20', port: 17_020, allowedOrigins: [] });
  expect(bridge?.token).toMatch(/^[0-9a-f]{48}$/);

  await mount();
  // The fields are controlled by the settings screen (not re-rendered here): the origin arrives whole.
  await user.click(screen.getByRole('textbox', { name: 'Tablet till origin' }));
  await user.paste('https://pos.example.com');
  expect(bridge?.allowedOrigins).toEqual(['https://pos.example.com']);
  expect(document.body.textContent).toContain('http://192.168.1.20:17020');
});
