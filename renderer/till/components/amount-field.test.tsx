// The shared amount field of the price and discount dialogs: Enter applies and stays inside the dialog,
// typing clears the error, other keys reach the dialog, and both decimal separators parse.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { person } from '../testing/keys';
import { AmountField, parseAmount, useAmountField } from './amount-field';

afterEach(cleanup);

function Harness({ onEnter, onOtherKey }: { onEnter: (text: string, fail: (error: string) => void) => void; onOtherKey?: (key: string) => void }) {
  const field = useAmountField('3.50');
  return (
    <AmountField
      field={field}
      label="New price"
      selectOnFocus
      onEnter={() => onEnter(field.text, field.setError)}
      onOtherKey={onOtherKey ? (e) => onOtherKey(e.key) : undefined}
    />
  );
}

describe('amount field', () => {
  it('parses either decimal separator into minor units and refuses what is not an amount', () => {
    expect(parseAmount('3,50', 'EUR')).toBe(350);
    expect(parseAmount('3.5', 'EUR')).toBe(350);
    expect(parseAmount(' 12 ', 'EUR')).toBe(1200);
    expect(parseAmount('-1', 'EUR')).toBe(-100);
    expect(parseAmount('500', 'JPY')).toBe(500);
    expect(parseAmount('3.505', 'EUR')).toBeNull();
    expect(parseAmount('abc', 'EUR')).toBeNull();
    expect(parseAmount('', 'EUR')).toBeNull();
  });

  it('Enter applies without reaching the window (the sell screen would pay), an error shows until the next keystroke', async () => {
    const user = person();
    const windowKeys = vi.fn();
    window.addEventListener('keydown', windowKeys);
    const onEnter = vi.fn((text: string, fail: (error: string) => void) => fail(`not ${text}`));
    try {
      render(<Harness onEnter={onEnter} />);
      const input = screen.getByLabelText('New price');
      // Focused on mount with the text selected: typing replaces the shown amount.
      expect(document.activeElement).toBe(input);
      await user.keyboard('4,2{Enter}');
      expect(onEnter).toHaveBeenCalledWith('4,2', expect.any(Function));
      expect(windowKeys.mock.calls.filter(([e]) => (e as KeyboardEvent).key === 'Enter')).toHaveLength(0);
      expect(screen.getByRole('alert').textContent).toBe('not 4,2');
      await user.keyboard('0');
      expect(screen.queryByRole('alert')).toBeNull();
      expect((input as HTMLInputElement).value).toBe('4,20');
    } finally {
      window.removeEventListener('keydown', windowKeys);
    }
  });

  it('hands other keys to the dialog', async () => {
    const user = person();
    const onOtherKey = vi.fn();
    render(<Harness onEnter={() => {}} onOtherKey={onOtherKey} />);
    await user.keyboard('%');
    expect(onOtherKey).toHaveBeenCalledWith('%');
  });
});
