// The discount dialog: percent and amount discounts, their limits, and the manager PIN above the threshold.
import { render, screen, waitFor } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { enterPin, staffDbPerTest } from '../testing/staff-db';
import { DiscountDialog, parsePercent } from './discount-dialog';

const env = staffDbPerTest();

function input(): HTMLInputElement {
  return document.querySelector<HTMLInputElement>('input[aria-label="Discount value"]')!;
}

/** Types into the dialog's one field and presses Enter. */
async function enter(text: string): Promise<void> {
  await env.user.clear(input());
  await env.user.type(input(), `${text}{Enter}`);
}

/** The dialog for a €10.00 discount base with a 10 % manager threshold, for a cashier, unless `props` say otherwise. */
function show(onApply: ComponentProps<typeof DiscountDialog>['onApply'], props: Partial<ComponentProps<typeof DiscountDialog>> = {}) {
  return render(
    <DiscountDialog
      title="Discount"
      currency="EUR"
      base={1000}
      current={null}
      thresholdBp={1000}
      db={env.db}
      role="cashier"
      permissions={undefined}
      onApply={onApply}
      onClose={() => {}}
      {...props}
    />,
  );
}

const amountTab = () => screen.getByRole('button', { name: /Amount EUR/ });

describe('discount dialog', () => {
  it('applies a discount under the threshold without asking for a manager', async () => {
    const onApply = vi.fn();
    show(onApply);
    await enter('10');
    expect(onApply).toHaveBeenCalledWith({ kind: 'percent', basis_points: 1000 }, null, null);
    expect(document.querySelector('[data-testid="manager-approval"]')).toBeNull();
  });

  it('over the limit a cashier needs a manager: a wrong or cashier PIN is refused, the manager is recorded', async () => {
    const onApply = vi.fn();
    show(onApply);
    await env.user.click(amountTab());
    await enter('2.50');
    expect((await screen.findByTestId('manager-approval')).textContent).toContain('A discount above the limit');
    for (const pin of ['0000', '1111']) {
      await enterPin(env.user, pin);
      expect(screen.getByRole('alert').textContent).toBe('That PIN may not approve this.');
    }
    expect(onApply).not.toHaveBeenCalled();
    await enterPin(env.user, '1234');
    await waitFor(() => expect(onApply).toHaveBeenCalled());
    expect(onApply).toHaveBeenCalledWith({ kind: 'amount', amount: 250 }, 'stf_anna', 'Anna');
  });

  it('over the limit a manager signed in, or a cashier the back office allows, is not asked', async () => {
    const onApply = vi.fn();
    const view = show(onApply, { role: 'manager' });
    await enter('50');
    expect(onApply).toHaveBeenLastCalledWith({ kind: 'percent', basis_points: 5000 }, null, null);
    view.unmount();
    show(onApply, { permissions: { manager: [], cashier: ['discount_over_limit'] } });
    await enter('30');
    expect(onApply).toHaveBeenLastCalledWith({ kind: 'percent', basis_points: 3000 }, null, null);
    expect(document.querySelector('[data-testid="manager-approval"]')).toBeNull();
  });

  it('rejects amounts above what the discount applies to and malformed percentages', async () => {
    const onApply = vi.fn();
    show(onApply, { base: 500, thresholdBp: 10_000 });
    await enter('150');
    expect(screen.getByRole('alert').textContent).toContain('0 to 100');
    await env.user.click(amountTab());
    await enter('5.01');
    expect(screen.getByRole('alert').textContent).toContain('more than');
    expect(onApply).not.toHaveBeenCalled();
  });

  it('parses percentages to basis points', () => {
    expect(parsePercent('12.5')).toBe(1250);
    expect(parsePercent('12,05')).toBe(1205);
    expect(parsePercent('100')).toBe(10_000);
    expect(parsePercent('100.01')).toBeNull();
    expect(parsePercent('-5')).toBeNull();
    expect(parsePercent('abc')).toBeNull();
  });
});
