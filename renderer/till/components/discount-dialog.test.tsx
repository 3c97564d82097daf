import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hashPin } from '../../../core/pin-hash';
import { freshTillDb } from '../../db/test-till';
import type { TillDb } from '../../db/till-db';
import { byText, click, press, render, settle, typeInto, type Rendered } from '../testing/render';
import { DiscountDialog, parsePercent } from './discount-dialog';

let view: Rendered | null = null;
let db: TillDb;
beforeEach(async () => {
  db = freshTillDb();
  await db.staff.bulkPut([
    { id: 'stf_anna', name: 'Anna', role: 'manager', pin_hash: await hashPin('1234', undefined, 1000), active: true },
    { id: 'stf_ben', name: 'Ben', role: 'cashier', pin_hash: await hashPin('1111', undefined, 1000), active: true },
  ]);
});
afterEach(async () => {
  view?.unmount();
  view = null;
  await db.delete();
});

/** Waits until the PIN pad took the PIN (hashing and the Dexie read happen outside React). */
async function pinSettled(): Promise<void> {
  for (let i = 0; i < 20 && input()?.value !== ''; i++) await settle(10);
  await settle(20);
}

function input(): HTMLInputElement {
  return document.querySelector<HTMLInputElement>('input[aria-label="Discount value"], [data-testid="manager-approval"] input')!;
}

describe('discount dialog', () => {
  it('applies a discount under the threshold without asking for a manager', async () => {
    const onApply = vi.fn();
    view = await render(
      <DiscountDialog title="Discount" currency="EUR" base={1000} current={null} thresholdBp={1000} db={db} role="cashier" permissions={undefined} onApply={onApply} onClose={() => {}} />,
    );
    await typeInto(input(), '10');
    await press(input(), 'Enter');
    expect(onApply).toHaveBeenCalledWith({ kind: 'percent', basis_points: 1000 }, null, null);
    expect(document.querySelector('[data-testid="manager-approval"]')).toBeNull();
  });

  it('over the limit a cashier needs a manager: a wrong or cashier PIN is refused, the manager is recorded', async () => {
    const onApply = vi.fn();
    view = await render(
      <DiscountDialog title="Discount" currency="EUR" base={1000} current={null} thresholdBp={1000} db={db} role="cashier" permissions={undefined} onApply={onApply} onClose={() => {}} />,
    );
    await click(byText(document, 'button', 'Amount EUR'));
    await typeInto(input(), '2.50');
    await press(input(), 'Enter');
    expect(document.querySelector('[data-testid="manager-approval"]')?.textContent).toContain('A discount above the limit');
    for (const pin of ['0000', '1111']) {
      await typeInto(input(), pin);
      await press(input(), 'Enter');
      await pinSettled();
      expect(document.querySelector('[role="alert"]')?.textContent).toBe('That PIN may not approve this.');
    }
    expect(onApply).not.toHaveBeenCalled();
    await typeInto(input(), '1234');
    await press(input(), 'Enter');
    await pinSettled();
    expect(onApply).toHaveBeenCalledWith({ kind: 'amount', amount: 250 }, 'stf_anna', 'Anna');
  });

  it('over the limit a manager signed in, or a cashier the back office allows, is not asked', async () => {
    const onApply = vi.fn();
    view = await render(
      <DiscountDialog title="Discount" currency="EUR" base={1000} current={null} thresholdBp={1000} db={db} role="manager" permissions={undefined} onApply={onApply} onClose={() => {}} />,
    );
    await typeInto(input(), '50');
    await press(input(), 'Enter');
    expect(onApply).toHaveBeenLastCalledWith({ kind: 'percent', basis_points: 5000 }, null, null);
    view.unmount();
    view = await render(
      <DiscountDialog
        title="Discount"
        currency="EUR"
        base={1000}
        current={null}
        thresholdBp={1000}
        db={db}
        role="cashier"
        permissions={{ manager: [], cashier: ['discount_over_limit'] }}
        onApply={onApply}
        onClose={() => {}}
      />,
    );
    await typeInto(input(), '30');
    await press(input(), 'Enter');
    expect(onApply).toHaveBeenLastCalledWith({ kind: 'percent', basis_points: 3000 }, null, null);
    expect(document.querySelector('[data-testid="manager-approval"]')).toBeNull();
  });

  it('rejects amounts above what the discount applies to and malformed percentages', async () => {
    const onApply = vi.fn();
    view = await render(
      <DiscountDialog title="Discount" currency="EUR" base={500} current={null} thresholdBp={10_000} db={db} role="cashier" permissions={undefined} onApply={onApply} onClose={() => {}} />,
    );
    await typeInto(input(), '150');
    await press(input(), 'Enter');
    expect(document.querySelector('[role="alert"]')?.textContent).toContain('0 to 100');
    await click(byText(document, 'button', 'Amount EUR'));
    await typeInto(input(), '5.01');
    await press(input(), 'Enter');
    expect(document.querySelector('[role="alert"]')?.textContent).toContain('more than');
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
