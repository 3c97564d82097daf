import { afterEach, describe, expect, it, vi } from 'vitest';
import { byText, click, press, render, settle, typeInto, type Rendered } from '../testing/render';
import { DiscountDialog, parsePercent } from './discount-dialog';

let view: Rendered | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

function input(): HTMLInputElement {
  return document.querySelector<HTMLInputElement>('input[aria-label="Discount value"], input[aria-label="Manager PIN"]')!;
}

describe('discount dialog', () => {
  it('applies a discount under the threshold without asking for a manager', async () => {
    const onApply = vi.fn();
    const verifyManager = vi.fn();
    view = await render(
      <DiscountDialog title="Discount" currency="EUR" base={1000} current={null} thresholdBp={1000} verifyManager={verifyManager} onApply={onApply} onClose={() => {}} />,
    );
    await typeInto(input(), '10');
    await press(input(), 'Enter');
    expect(onApply).toHaveBeenCalledWith({ kind: 'percent', basis_points: 1000 }, null);
    expect(verifyManager).not.toHaveBeenCalled();
  });

  it('over the threshold a wrong PIN is refused and a manager PIN approves it', async () => {
    const onApply = vi.fn();
    const verifyManager = vi.fn(async (pin: string) => (pin === '1234' ? 'Anna' : null));
    view = await render(
      <DiscountDialog title="Discount" currency="EUR" base={1000} current={null} thresholdBp={1000} verifyManager={verifyManager} onApply={onApply} onClose={() => {}} />,
    );
    await click(byText(document, 'button', 'Amount EUR'));
    await typeInto(input(), '2.50');
    await press(input(), 'Enter');
    expect(document.querySelector('[data-testid="manager-approval"]')).not.toBeNull();
    await typeInto(input(), '0000');
    await press(input(), 'Enter');
    await settle();
    expect(document.querySelector('[role="alert"]')?.textContent).toContain('not a manager PIN');
    expect(onApply).not.toHaveBeenCalled();
    await typeInto(input(), '1234');
    await press(input(), 'Enter');
    await settle();
    expect(onApply).toHaveBeenCalledWith({ kind: 'amount', amount: 250 }, 'Anna');
  });

  it('rejects amounts above what the discount applies to and malformed percentages', async () => {
    const onApply = vi.fn();
    view = await render(
      <DiscountDialog title="Discount" currency="EUR" base={500} current={null} thresholdBp={10_000} verifyManager={async () => null} onApply={onApply} onClose={() => {}} />,
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
