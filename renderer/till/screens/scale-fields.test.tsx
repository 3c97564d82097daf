// The scale fields of the till's settings: the scale's serial address and protocol.
import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { DEFAULT_HARDWARE_CONFIG, type HardwareConfig, type ScaleProtocol } from '../../../core/hardware-contract';
import { ScaleFields } from './hardware-fields';

afterEach(cleanup);

it('the scale fields set the serial port and the protocol of the scale', async () => {
  let config: HardwareConfig = { ...DEFAULT_HARDWARE_CONFIG };
  const changed: { uri: string; protocol: ScaleProtocol }[] = [];
  const user = userEvent.setup();
  const mount = () => {
    cleanup();
    render(
      <ScaleFields
        config={config}
        onChange={(scale) => {
          changed.push(scale);
          config = { ...config, scale };
        }}
      />,
    );
  };
  mount();
  const address = () => document.querySelector<HTMLInputElement>('input[aria-label="Scale address"]')!;
  const protocol = () => document.querySelector<HTMLSelectElement>('select[aria-label="Scale protocol"]')!;
  expect([address().value, protocol().value]).toEqual(['', 'toledo']);
  // The fields are controlled by the settings screen (not re-rendered here): the address arrives whole.
  await user.click(address());
  await user.paste('serial:/dev/ttyUSB1?baud=9600');
  expect(changed.at(-1)).toEqual({ uri: 'serial:/dev/ttyUSB1?baud=9600', protocol: 'toledo' });
  mount();
  await user.selectOptions(protocol(), 'dialog06');
  expect(changed.at(-1)).toEqual({ uri: 'serial:/dev/ttyUSB1?baud=9600', protocol: 'dialog06' });
});
