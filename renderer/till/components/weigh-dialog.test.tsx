// The weigh dialog: the live scale reading, refused readings, tare, and adding only a stable weight.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HardwareClient, ScaleWeight } from '../../../core/hardware-contract';
import { err, ok, type Result } from '../../../core/result';
import { WeighDialog } from './weigh-dialog';

afterEach(cleanup);

/** A hardware client whose scale answers what the test sets, and records what it was asked. */
function fakeScale() {
  const scale = { answer: err('scale_empty', 'nothing on the scale') as Result<ScaleWeight>, asked: [] as unknown[] };
  const client = {
    send: vi.fn(async (_channel: string, args: unknown) => {
      scale.asked.push(args);
      return scale.answer;
    }),
    on: () => () => {},
    close: () => {},
  } as unknown as HardwareClient;
  return { scale, client };
}

const reading = () => screen.getByTestId('weigh-reading').textContent;
const addButton = () => screen.getByTestId<HTMLButtonElement>('weigh-add');
const tareInput = () => document.querySelector<HTMLInputElement>('[data-testid="weigh-dialog"] input')!;
/** Resolves once the dialog has polled the scale `times` more times (it polls every `pollMs`). */
const polled = async (asked: unknown[], times = 2) => {
  const before = asked.length;
  await waitFor(() => expect(asked.length).toBeGreaterThanOrEqual(before + times));
};

describe('weigh dialog', () => {
  it('shows the live reading, refuses bad ones, and adds only a stable weight', async () => {
    const { scale, client } = fakeScale();
    const onAdd = vi.fn();
    const user = userEvent.setup();
    render(<WeighDialog productName="Olives" pricePerKg={1290} tareGrams={15} currency="EUR" client={client} pollMs={5} onAdd={onAdd} onClose={() => {}} />);
    await waitFor(() => expect(reading()).toBe('Nothing on the scale (or only the container).'));
    expect(addButton().disabled).toBe(true);
    await user.type(tareInput(), '{Enter}');
    expect(onAdd).not.toHaveBeenCalled();
    for (const [code, text] of [
      ['scale_unstable', 'The weight is not steady: keep the item still.'],
      ['scale_out_of_range', 'The scale is over capacity or under zero: empty it and zero it.'],
      ['device_timeout', 'The scale does not answer: is it on and connected?'],
      // any other failure: the catalog's error text, the device's own words kept as the detail
      ['protocol_error', 'The device sent something the till does not understand. (the scale sent unreadable bytes fe)'],
    ] as const) {
      scale.answer = err(code, code === 'protocol_error' ? 'the scale sent unreadable bytes fe' : 'x');
      await waitFor(() => expect(reading()).toBe(text));
      expect(addButton().disabled).toBe(true);
    }
    scale.answer = ok({ grossGrams: 365, tareGrams: 15, netGrams: 350 });
    await waitFor(() => expect(reading()).toBe('0.350 kg × €12.90/kg = €4.52'));
    expect(scale.asked.at(-1)).toEqual({ tareGrams: 15, pricePerKg: 1290 });
    await user.click(addButton());
    expect(onAdd).toHaveBeenCalledWith({ grossGrams: 365, tareGrams: 15, netGrams: 350 });
  });

  it('a changed tare goes with the next reading; a tare that is not whole grams is not sent', async () => {
    const { scale, client } = fakeScale();
    const user = userEvent.setup();
    render(<WeighDialog productName="Olives" pricePerKg={1290} tareGrams={0} currency="EUR" client={client} pollMs={5} onAdd={() => {}} onClose={() => {}} />);
    // Each value arrives whole (pasted), so no partial value of it is ever a valid tare.
    await user.clear(tareInput());
    await user.paste('1.5');
    await polled(scale.asked);
    expect(scale.asked.at(-1)).toEqual({ tareGrams: 0, pricePerKg: 1290 });
    await user.clear(tareInput());
    await user.paste('40');
    await waitFor(() => expect(scale.asked.at(-1)).toEqual({ tareGrams: 40, pricePerKg: 1290 }));
  });
});
