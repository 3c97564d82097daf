// Line or order discount, percent or amount. Above the location's threshold a manager PIN
// approves it before it is applied.
import { useState } from 'react';
import { parseMoney, toDecimalString } from '../../../core/money';
import type { Discount } from '../../../core/order-totals';
import { needsManagerApproval } from '../cart';
import { Dialog } from './dialog';
import { PinPad } from './pin-pad';

export interface DiscountDialogProps {
  title: string;
  currency: string;
  /** The amount the discount applies to (line or order before this discount). */
  base: number;
  current: Discount | null;
  thresholdBp: number;
  /** Checks a manager PIN; resolves to the manager's name or null. */
  verifyManager(pin: string): Promise<string | null>;
  onApply(discount: Discount | null, approvedBy: string | null): void;
  onClose(): void;
}

/** "10" or "12.5" percent → basis points; null when it is not a percentage 0–100. */
export function parsePercent(text: string): number | null {
  const match = /^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bp <= 10_000 ? bp : null;
}

export function DiscountDialog({ title, currency, base, current, thresholdBp, verifyManager, onApply, onClose }: DiscountDialogProps) {
  const [kind, setKind] = useState<Discount['kind']>(current?.kind ?? 'percent');
  const [text, setText] = useState(() =>
    current ? (current.kind === 'percent' ? String(current.basis_points / 100) : toDecimalString(current.amount, currency)) : '',
  );
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Discount | null>(null);

  const parse = (): Discount | null => {
    if (kind === 'percent') {
      const bp = parsePercent(text);
      if (bp === null) throw new RangeError('Enter a percentage from 0 to 100.');
      return { kind: 'percent', basis_points: bp };
    }
    const amount = parseMoney(text, currency);
    if (amount < 0) throw new RangeError('A discount cannot be negative.');
    if (amount > base) throw new RangeError(`The discount is more than the ${toDecimalString(base, currency)} it applies to.`);
    return { kind: 'amount', amount };
  };

  const apply = () => {
    let discount: Discount | null;
    try {
      discount = parse();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
      return;
    }
    if (discount && needsManagerApproval(base, discount, thresholdBp)) {
      setPending(discount);
      return;
    }
    onApply(discount, null);
  };

  if (pending) {
    return (
      <Dialog title="Manager approval" onClose={() => setPending(null)} testId="manager-approval">
        <p>
          Discounts over {thresholdBp / 100}% need a manager. Ask a manager to enter their PIN.
        </p>
        <PinPad
          label="Manager PIN"
          onCancel={() => setPending(null)}
          onSubmit={async (pin) => {
            const manager = await verifyManager(pin);
            if (!manager) return 'That is not a manager PIN.';
            onApply(pending, manager);
            return null;
          }}
        />
      </Dialog>
    );
  }

  return (
    <Dialog title={title} onClose={onClose} testId="discount-dialog">
      <div className="segmented" role="group" aria-label="Discount type">
        <button type="button" className="btn" aria-pressed={kind === 'percent'} onClick={() => setKind('percent')}>
          Percent %
        </button>
        <button type="button" className="btn" aria-pressed={kind === 'amount'} onClick={() => setKind('amount')}>
          Amount {currency}
        </button>
      </div>
      <label className="field">
        <span>{kind === 'percent' ? 'Percent off' : `Amount off (${currency})`}</span>
        <input
          className="input amount-input"
          inputMode="decimal"
          aria-label="Discount value"
          value={text}
          autoFocus
          onChange={(e) => {
            setError(null);
            setText(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              e.stopPropagation();
              apply();
            } else if (e.key === '%') {
              e.preventDefault();
              setKind('percent');
            }
          }}
        />
      </label>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        {current && (
          <button type="button" className="btn" onClick={() => onApply(null, null)}>
            Remove discount
          </button>
        )}
        <button type="button" className="btn" onClick={onClose}>
          Cancel <span className="key">Esc</span>
        </button>
        <button type="button" className="btn primary" onClick={apply}>
          Apply <span className="key">Enter</span>
        </button>
      </div>
    </Dialog>
  );
}
