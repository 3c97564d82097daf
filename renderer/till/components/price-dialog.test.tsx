// The price override dialog: a cashier needs a manager's PIN to change a price (and the approver comes
// back with it), a manager does not, going back to the list price needs nobody, bad input is refused.
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { enterPin, staffDbPerTest } from '../testing/staff-db';
import { I18nProvider } from '../i18n/use-i18n';
import { PriceDialog } from './price-dialog';

const env = staffDbPerTest();

const priceInput = () => document.querySelector<HTMLInputElement>('[data-testid="price-dialog"] input')!;
const alertText = () => document.querySelector('[role="alert"]')?.textContent ?? '';

/** Replaces what the price field holds, then presses Enter. */
async function typePrice(text: string): Promise<void> {
  await env.user.clear(priceInput());
  await env.user.type(priceInput(), `${text}{Enter}`);
}

function mount(props: { role: string; currentPrice?: number; weighed?: boolean; locale?: string }) {
  const onApply = vi.fn();
  const onClose = vi.fn();
  return {
    onApply,
    onClose,
    view: render(
      <I18nProvider location={{ locale: props.locale ?? 'en-IE', timezone: 'Europe/Dublin' }}>
        <PriceDialog
          name="Flat white"
          currency="EUR"
          listPrice={350}
          currentPrice={props.currentPrice ?? 350}
          weighed={props.weighed ?? false}
          db={env.db}
          role={props.role}
          permissions={undefined}
          onApply={onApply}
          onClose={onClose}
        />
      </I18nProvider>,
    ),
  };
}

describe('price dialog', () => {
  it('a cashier changing a price is asked for a manager PIN; a cashier PIN is refused; the manager is returned as approver', async () => {
    const m = mount({ role: 'cashier' });
    expect(screen.getByTestId('price-list').textContent).toBe('Price list: €3.50');
    await typePrice('2.80');
    expect((await screen.findByTestId('manager-approval')).textContent).toContain('Changing a price');
    await enterPin(env.user, '1111');
    await waitFor(() => expect(alertText()).toBe('That PIN may not approve this.'));
    expect(m.onApply).not.toHaveBeenCalled();
    await enterPin(env.user, '1234');
    await waitFor(() => expect(m.onApply).toHaveBeenCalledWith(280, 'stf_anna', 'Anna'));
  });

  it('a manager changes a price without a PIN (no approver); a cashier restores the list price without one', async () => {
    const manager = mount({ role: 'manager' });
    await env.user.clear(priceInput());
    await env.user.type(priceInput(), '4,20');
    await env.user.click(screen.getByTestId('price-apply'));
    expect(document.querySelector('[data-testid="manager-approval"]')).toBeNull();
    expect(manager.onApply).toHaveBeenCalledWith(420, null, null);
    manager.view.unmount();

    const cashier = mount({ role: 'cashier', currentPrice: 280 });
    await env.user.click(screen.getByTestId('price-restore'));
    expect(document.querySelector('[data-testid="manager-approval"]')).toBeNull();
    expect(cashier.onApply).toHaveBeenCalledWith(350, null, null);
  });

  it('refuses a negative price, text, and the price already on the line', async () => {
    const m = mount({ role: 'manager' });
    for (const [typed, message] of [
      ['-1', 'Enter a price of 0 or more, like 2.50.'],
      ['abc', 'Enter a price of 0 or more, like 2.50.'],
      ['3.50', 'That is the price already on the line.'],
    ] as const) {
      await typePrice(typed);
      expect(alertText()).toBe(message);
    }
    expect(m.onApply).not.toHaveBeenCalled();
  });

  it('a weighed line has no price field: the scale sets its price', async () => {
    mount({ role: 'owner', weighed: true, locale: 'de-DE' });
    expect(document.querySelector('[data-testid="price-dialog"] input')).toBeNull();
    expect(document.querySelector('[data-testid="price-apply"]')).toBeNull();
    expect(alertText()).toBe('Eine gewogene Position hat den Preis der Waage: er kann nicht geändert werden.');
  });
});
