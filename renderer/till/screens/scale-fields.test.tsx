import { afterEach, expect, it } from 'vitest';
import { fireEvent } from '@testing-library/react';
import { DEFAULT_HARDWARE_CONFIG, type HardwareConfig, type ScaleProtocol } from '../../../core/hardware-contract';
import { render, typeInto, type Rendered } from '../testing/render';
import { ScaleFields } from './settings-screen';

let view: Rendered | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

it('the scale fields set the serial port and the protocol of the scale', async () => {
  let config: HardwareConfig = { ...DEFAULT_HARDWARE_CONFIG };
  const changed: { uri: string; protocol: ScaleProtocol }[] = [];
  const mount = async () => {
    view?.unmount();
    view = await render(<ScaleFields config={config} onChange={(scale) => { changed.push(scale); config = { ...config, scale }; }} />);
  };
  await mount();
  const address = () => document.querySelector<HTMLInputElement>('input[aria-label="Scale address"]')!;
  const protocol = () => document.querySelector<HTMLSelectElement>('select[aria-label="Scale protocol"]')!;
  expect([address().value, protocol().value]).toEqual(['', 'toledo']);
  await typeInto(address(), 'serial:/dev/ttyUSB1?baud=9600');
  expect(changed.at(-1)).toEqual({ uri: 'serial:/dev/ttyUSB1?baud=9600', protocol: 'toledo' });
  await mount();
  fireEvent.change(protocol(), { target: { value: 'dialog06' } });
  expect(changed.at(-1)).toEqual({ uri: 'serial:/dev/ttyUSB1?baud=9600', protocol: 'dialog06' });
});
